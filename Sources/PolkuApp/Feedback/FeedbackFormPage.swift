import Foundation
import Plot
import PolkuDomain
import Vapor

/// Give or change an answer on one of the feedback forms: the questions rated 1–5 and two free texts.
struct FeedbackFormPage {
    let form: FeedbackForm
    let channel: FeedbackChannel
    /// The client's name; nil on the client's own page.
    let clientName: String?
    /// Where the form posts, and where cancelling leads.
    let action: String
    let back: String
    /// For a new answer, the periods it may be about; nil when changing one (its period is fixed).
    let choices: [FeedbackPeriodChoice]?
    /// The period of the answer being changed.
    var periodText: String? = nil
    let input: FeedbackInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let title = choices == nil ? t[.feedbackEdit] + ": " + t[form.titleKey] : t[form.titleKey]
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        let ratingOptions: [(value: String, label: String)] = FeedbackQuestion.ratings.map { ("\($0)", "\($0) – " + t[FeedbackRatingText.key($0)]) }
        return req.page(title, status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, title)
            if let clientName { p([("class", "lead")], clientName) }
            p([], t[form == .client ? .feedbackClientIntro : .feedbackPlaceIntro])
            if channel == .paper { p([("class", "alert info"), ("data-qa", "paper-note")], t[form == .client ? .feedbackPaperNote : .feedbackPlacePaperNote]) }
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            if let choices, choices.isEmpty {
                p([("class", "muted"), ("data-qa", "no-open-periods")], t[.feedbackNoOpenPeriods])
            } else {
                Tag("form", [("method", "post"), ("action", action), ("class", "stack scale"), ("novalidate", ""), ("data-qa", "feedback-form")]) {
                    CSRFField(token: req.csrfToken)
                    Tag("input", [("type", "hidden"), ("name", "form"), ("value", form.rawValue)])
                    VersionField(version: input.version)
                    if let choices {
                        SelectField(name: "periodId", label: t[.feedbackPeriod], options: choices.map { ($0.id.rawValue.uuidString, $0.label) },
                                    selected: input.periodId ?? (choices.count == 1 ? choices[0].id.uuidString : ""), required: true,
                                    error: error("periodId"), includeEmpty: choices.count == 1 ? nil : t[.choose])
                    } else if let periodText {
                        p([("data-qa", "feedback-period")], t[.feedbackPeriod] + ": " + periodText)
                        if let message = error("periodId") { p([("class", "field-error"), ("data-qa", "error-periodId")], message) }
                    }
                    p([("class", "hint")], t[.feedbackScaleHint])
                    for question in form.questions {
                        RadioGroup(name: "ratings[\(question.rawValue)]", legend: t[question.textKey], options: ratingOptions,
                                   selected: input.ratings?[question.rawValue].map { "\($0)" } ?? "", required: true,
                                   error: error("ratings.\(question.rawValue)"))
                    }
                    TextAreaField(name: "whatWasGood", label: t[form.goodKey], value: input.whatWasGood ?? "", rows: 4,
                                  maxLength: FeedbackInput.maxTextLength, error: error("whatWasGood"))
                    TextAreaField(name: "whatToImprove", label: t[form.improveKey], value: input.whatToImprove ?? "", rows: 4,
                                  maxLength: FeedbackInput.maxTextLength, error: error("whatToImprove"))
                    div([("class", "actions")]) {
                        Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "feedback-submit")]) { Txt(t[.feedbackSend]) }
                        link(t[.cancel], to: back)
                    }
                }
            }
        }
    }
}
