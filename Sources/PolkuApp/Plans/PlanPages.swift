import Plot
import PolkuDomain
import Vapor

struct PlanFormPage {
    let client: Client
    let planID: PlanID?
    let form: PlanForm
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let clientID = try client.typedID
        let title = planID == nil ? t[.planNew] : t[.planAmend]
        // The organizer's limits in force on the day typed (else today), beside the fields before anything is typed.
        let limits = try await RuleLimits.hintValues(for: client, on: form.madeOn.flatMap(FinnishFormat.parseDate) ?? req.today, db: req.db)
        var messages: [String: String] = [:]
        for problem in failure?.problems ?? [] where messages[PlanForm.formField(problem.field)] == nil {
            messages[PlanForm.formField(problem.field)] = t(problem.key, problem.values)
        }
        let back = planID.map { SiteRoute.plan(client: clientID, plan: $0).path } ?? SiteRoute.client(clientID).path
        let goals = (form.goals ?? []) + Array(repeating: PlanFormGoal(), count: max(0, PlanForm.goalSlots - (form.goals ?? []).count))
        return req.page(title, status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, title)
            p([("class", "lead")], client.fullName)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", planID.map { SiteRoute.plan(client: clientID, plan: $0).path } ?? SiteRoute.plans(clientID).path),
                         ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: form.version)
                if planID == nil {
                    SelectField(name: "kind", label: t[.planKind], options: PlanKind.allCases.map { ($0.rawValue, t[$0.textKey]) },
                                selected: form.kind ?? "", required: true, error: messages["kind"])
                }
                FormField(name: "madeOn", label: t[.planMadeOn], value: form.madeOn ?? "", autocomplete: "off", required: true,
                          error: messages["madeOn"], hint: t[.dateHint])
                FormField(name: "employmentParticipant", label: t[.planEmploymentParticipant], value: form.employmentParticipant ?? "",
                          autocomplete: "off", error: messages["employmentParticipant"])
                div([("class", "field checkbox")]) {
                    Tag("input", [("type", "checkbox"), ("id", "clientParticipated"), ("name", "clientParticipated"), ("value", "on"),
                                  ("checked", form.clientParticipated == "on" ? "" : nil)])
                    Tag("label", [("for", "clientParticipated")]) { Txt(t[.planClientParticipated]) }
                }
                Tag("fieldset", [("class", "goals")]) {
                    Tag("legend") { Txt(t[.planGoals]) }
                    p([("class", "hint")], t[.planGoalsHint])
                    if let error = messages["goals"] { Tag("p", [("class", "field-error"), ("data-qa", "error-goals")]) { Txt(error) } }
                    for (index, goal) in goals.enumerated() {
                        Tag("fieldset", [("class", "goal")]) {
                            Tag("legend") { Txt(t(.planGoalNumber, ["n": "\(index + 1)"])) }
                            TextAreaField(name: "goals[\(index)][text]", label: t[.planGoalText], value: goal.text ?? "", rows: 2,
                                          error: messages["goals[\(index)][text]"])
                            for (level, field) in PlanGoal.levelFields {
                                FormField(name: "goals[\(index)][\(field)]", label: t(.planGoalLevel, ["level": level > 0 ? "+\(level)" : "\(level)"]) + " " + t[Self.levelKey(level)],
                                          value: goal.goal.value(of: field) ?? "", autocomplete: "off", error: messages["goals[\(index)][\(field)]"])
                            }
                            FormField(name: "goals[\(index)][weight]", label: t[.planGoalWeight], value: goal.weight ?? "\(GoalAttainment.defaultWeight)",
                                      autocomplete: "off", error: messages["goals[\(index)][weight]"],
                                      hint: t(.planGoalWeightHint, ["min": "\(GoalAttainment.weights.lowerBound)", "max": "\(GoalAttainment.weights.upperBound)"]))
                        }
                    }
                }
                TextAreaField(name: "supportAndGuidance", label: t[.planSupport], value: form.supportAndGuidance ?? "", required: true,
                              error: messages["supportAndGuidance"])
                div([("class", "inline-fields")]) {
                    FormField(name: "daysPerWeek", label: t[.planDaysPerWeek], value: form.daysPerWeek ?? "", type: "number",
                              autocomplete: "off", required: true, error: messages["daysPerWeek"], hint: limits.map { t(.decisionDaysRuleHint, $0) })
                    FormField(name: "hoursPerDay", label: t[.planHoursPerDay], value: form.hoursPerDay ?? "", autocomplete: "off",
                              required: true, error: messages["hoursPerDay"], hint: limits.map { t(.decisionHoursRuleHint, $0) } ?? t[.planHoursHint])
                }
                TextAreaField(name: "nextStepPlan", label: t[.planNextStep], value: form.nextStepPlan ?? "", required: true,
                              error: messages["nextStepPlan"], hint: t[.planNextStepHint])
                if planID != nil {
                    TextAreaField(name: "amendmentReason", label: t[.planAmendmentReason], value: form.amendmentReason ?? "", rows: 2,
                                  required: true, error: messages["amendmentReason"])
                }
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "plan-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }

    static func levelKey(_ level: Int) -> TextKey {
        switch level {
        case -2: .gasMinus2
        case -1: .gasMinus1
        case 0: .gasZero
        case 1: .gasPlus1
        default: .gasPlus2
        }
    }
}

/// A plan as agreed, with its goals' scales and every earlier version below.
struct PlanPage {
    let client: Client
    let plan: PlanDTO
    let mayAmend: Bool
    /// With no period yet, the places ranked for the client come next (issue 13, item 5).
    var matchingNext = false

    func render(on req: Request) -> Response {
        let t = req.texts
        let clientID = plan.clientId
        return req.page(t[plan.kind.textKey]) {
            link("← " + client.fullName, to: SiteRoute.client(clientID).path, [("class", "back-link")])
            div([("class", "page-head"), ("data-qa", "plan-page")]) {
                heading(1, t[plan.kind.textKey])
                if mayAmend { link(t[.planAmend], to: SiteRoute.planAmend(client: clientID, plan: plan.id).path, [("class", "button"), ("data-qa", "plan-amend")]) }
            }
            if matchingNext {
                NextStepBox(text: t[.nextStepPlace], linkText: t[.matchingOpen], href: SiteRoute.clientMatching(clientID).path,
                            qa: "plan-next-step", texts: t)
            }
            for (index, version) in plan.versions.enumerated() {
                Tag("section", [("class", index == 0 ? "plan-version current" : "plan-version"), ("data-qa", "plan-version"),
                                ("aria-labelledby", "plan-version-\(version.number)")]) {
                    heading(2, t(index == 0 ? .planCurrentVersion : .planEarlierVersion,
                                 ["n": "\(version.number)", "date": LocalDate(isoString: version.madeOn).map(FinnishFormat.date) ?? version.madeOn]),
                            [("id", "plan-version-\(version.number)")])
                    Tag("dl", [("class", "facts")]) {
                        fact(t[.planAuthor], version.authorName ?? "–")
                        fact(t[.planEmploymentParticipant], version.employmentParticipant.isEmpty ? "–" : version.employmentParticipant)
                        fact(t[.planClientParticipated], version.clientParticipated ? t[.yes] : t[.no])
                        fact(t[.planSchedule], t(.planScheduleValue, ["days": "\(version.daysPerWeek)", "hours": PolicyForm.hours(version.minutesPerDay)]))
                        fact(t[.planSupport], version.supportAndGuidance)
                        fact(t[.planNextStep], version.nextStepPlan)
                        if let reason = version.amendmentReason { fact(t[.planAmendmentReason], reason) }
                    }
                    for (goalIndex, goal) in version.goals.enumerated() {
                        DataTable(qa: "plan-goal", caption: t(.planGoalNumber, ["n": "\(goalIndex + 1)"]) + ": " + (goal.text ?? "") + " ("
                                      + t(.planGoalWeightValue, ["weight": "\(goal.effectiveWeight)"]) + ")", captionVisible: true,
                                  headers: [t[.planGoalScale], t[.planGoalDescription]],
                                  rows: PlanGoal.levelFields.reversed().map { level, field in
                                      DataTable.Row(cells: [Txt((level > 0 ? "+\(level)" : "\(level)") + " " + t[PlanFormPage.levelKey(level)]),
                                                            Txt(goal.value(of: field) ?? "")])
                                  })
                    }
                }
            }
        }
    }

    private func fact(_ label: String, _ value: String) -> Component {
        ComponentGroup(members: [Tag("dt") { Txt(label) }, Tag("dd", [("class", "pre-line")]) { Txt(value) }])
    }
}

extension PlanKind {
    var textKey: TextKey {
        switch self {
        case .activationPlan: .planKindActivation
        case .multisectoralEmploymentPlan: .planKindMultisectoral
        }
    }
}
