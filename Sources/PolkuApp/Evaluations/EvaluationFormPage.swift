import Foundation
import Plot
import PolkuDomain
import Vapor

/// The uniform evaluation form of one perspective: the plan's goals on their scales, the topics on 1–4,
/// and the evaluation in words with the recommended next step.
struct EvaluationFormPage {
    enum Mode { case create, edit(EvaluationID) }

    let clientName: String
    let period: PeriodEvaluations
    let kind: EvaluationKind
    let perspective: EvaluationPerspective
    let mode: Mode
    let form: EvaluationForm
    /// The goals rated: the plan's for a new evaluation, the stored ones when changing.
    let goals: [EvaluationStore.RatedGoal]
    let failure: ValidationFailure?
    let back: String
    var conflict = false
    /// The client writing their own: the goals in words and pictures, the topics in words, no numbers (issue 13, item 7).
    var plain = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let title = t[kind.textKey] + " – " + t[perspective.textKey]
        let action: String
        switch mode {
        case .create: action = SiteRoute.clientEvaluations(period.clientID).path
        case .edit(let id): action = SiteRoute.clientEvaluation(client: period.clientID, evaluation: id).path
        }
        var messages: [String: String] = [:]
        for problem in failure?.problems ?? [] where messages[EvaluationText.formField(problem.field)] == nil {
            messages[EvaluationText.formField(problem.field)] = t(problem.key, problem.values)
        }
        // Problems with the record as a whole have no field of their own on the form.
        let general = ["periodId", "kind", "goals"].compactMap { field in messages[field].map { (field, $0) } }
        return req.page(title, status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, title)
            p([("class", "lead")], clientName + " · " + period.label)
            p([], plain ? t[.selfFormIntro] : t[.evaluationFormIntro])
            if perspective == .client && period.writablePerspective != .client {
                Tag("p", [("class", "alert"), ("data-qa", "evaluation-on-behalf")]) { Txt(t[.evaluationOnBehalfHint]) }
            }
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            for (field, message) in general {
                Tag("p", [("class", "field-error"), ("data-qa", "error-\(field)")]) { Txt(message) }
            }
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", ""), ("data-qa", "evaluation-form")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: form.version)
                Tag("input", [("type", "hidden"), ("name", "periodId"), ("value", period.periodID.rawValue.uuidString)])
                Tag("input", [("type", "hidden"), ("name", "kind"), ("value", kind.rawValue)])
                Tag("input", [("type", "hidden"), ("name", "perspective"), ("value", perspective.rawValue)])
                FormField(name: "evaluatedOn", label: t[.evaluationEvaluatedOn], value: form.evaluatedOn ?? "", autocomplete: "off",
                          required: true, error: messages["evaluatedOn"], hint: t[.dateHint])
                heading(2, t[.evaluationGoals])
                if goals.isEmpty { p([("class", "muted")], t[.evaluationGoalsNone]) }
                for (index, goal) in goals.enumerated() {
                    div([("class", "goal-rating"), ("data-qa", "evaluation-goal-\(index)")]) {
                        heading(3, goal.text)
                        if plain {
                            FaceScale(name: "goals[\(index)][level]", legend: t[.selfGoalLegend], scale: goal.scale,
                                      selected: form.level(ofGoal: index), error: messages["goals[\(index)][level]"], texts: t)
                        } else {
                            p([("class", "hint"), ("data-qa", "goal-weight-in-score")], t(.planGoalWeightInScore, ["weight": "\(goal.weight)"]))
                            RadioGroup(name: "goals[\(index)][level]", legend: t[.evaluationGoalLevel],
                                       options: GoalAttainment.levels.map { level in
                                           ("\(level)", EvaluationText.level(level) + ": " + (level + 2 < goal.scale.count ? goal.scale[level + 2] : ""))
                                       },
                                       selected: form.level(ofGoal: index), required: true, error: messages["goals[\(index)][level]"])
                        }
                        TextAreaField(name: "goals[\(index)][note]", label: t[.evaluationGoalNote], value: form.note(ofGoal: index), rows: 2,
                                      error: messages["goals[\(index)][note]"])
                    }
                }
                heading(2, t[.evaluationTopics])
                p([("class", "hint")], plain ? t[.selfTopicsHint] : t[.evaluationTopicsHint])
                for topic in EvaluationTopic.allCases {
                    div([("class", "topic-rating"), ("data-qa", "evaluation-topic-\(topic.rawValue)")]) {
                        RadioGroup(name: "topics[\(topic.rawValue)][rating]", legend: t[topic.textKey],
                                   options: plain ? [("", t[.selfCannotSay])] + TopicRating.levels.map { ("\($0)", GoalFaces.rating($0, t)) }
                                       : [("", t[.evaluationNotAssessed])] + TopicRating.levels.map { ("\($0)", EvaluationText.rating($0, t)) },
                                   selected: form.topic(topic)?.rating ?? "", error: messages["topics[\(topic.rawValue)][rating]"])
                        TextAreaField(name: "topics[\(topic.rawValue)][note]", label: t[.evaluationTopicNote] + ": " + t[topic.textKey],
                                      value: form.topic(topic)?.note ?? "", rows: 2, error: messages["topics[\(topic.rawValue)][note]"])
                    }
                }
                heading(2, t[.evaluationTexts])
                TextAreaField(name: "strengths", label: t[.evaluationStrengths], value: form.strengths ?? "", rows: 3, error: messages["strengths"])
                TextAreaField(name: "supportNeeded", label: t[.evaluationSupportNeeded], value: form.supportNeeded ?? "", rows: 3,
                              error: messages["supportNeeded"])
                TextAreaField(name: "wentWell", label: t[.evaluationWentWell], value: form.wentWell ?? "", rows: 3, error: messages["wentWell"])
                TextAreaField(name: "toDevelop", label: t[.evaluationToDevelop], value: form.toDevelop ?? "", rows: 3, error: messages["toDevelop"])
                SelectField(name: "nextStep", label: t[.evaluationNextStep], options: NextPath.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: form.nextStep ?? "", error: messages["nextStep"], includeEmpty: t[.evaluationNextStepNone])
                TextAreaField(name: "nextStepNote", label: t[.evaluationNextStepNote], value: form.nextStepNote ?? "", rows: 3,
                              error: messages["nextStepNote"])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "evaluation-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}
