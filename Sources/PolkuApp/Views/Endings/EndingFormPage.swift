import Foundation
import Plot
import PolkuDomain
import Vapor

/// Record an ending and the further path, or change one.
struct EndingFormPage {
    enum Mode { case create, edit(UUID) }

    let clientID: UUID
    let clientName: String
    let mode: Mode
    let input: EndingInput
    /// The client's periods to choose from, as (id, "place, start–end").
    let periods: [(value: String, label: String)]
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let title: String
        let action: String
        let back: String
        switch mode {
        case .create:
            title = t[.endingNew]; action = SiteRoute.clientEndings.path(clientID); back = SiteRoute.client.path(clientID)
        case .edit(let id):
            title = t[.endingEdit]; action = SiteRoute.clientEnding.path(clientID, id); back = action
        }
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, title)
            p([("class", "lead")], clientName)
            p([], t[.endingIntro])
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", ""), ("data-qa", "ending-form")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: input.version)
                SelectField(name: "periodId", label: t[.endingPeriod], options: periods, selected: input.periodId ?? "",
                            error: error("periodId"), includeEmpty: t[.endingPeriodNone], hint: t[.endingPeriodHint])
                FormField(name: "endedOn", label: t[.endingEndedOn], value: input.endedOn ?? "", autocomplete: "off", required: true,
                          error: error("endedOn"), hint: t[.dateHint])
                SelectField(name: "reason", label: t[.endingReason], options: EndingReason.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: input.reason ?? "", required: true, error: error("reason"), includeEmpty: t[.choose])
                SelectField(name: "nextPath", label: t[.endingNextPath], options: NextPath.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: input.nextPath ?? "", required: true, error: error("nextPath"), includeEmpty: t[.choose])
                FormField(name: "handedOverTo", label: t[.endingHandedOverTo], value: input.handedOverTo ?? "", autocomplete: "off",
                          error: error("handedOverTo"), hint: t[.endingHandedOverToHint])
                FormField(name: "handedOverOn", label: t[.endingHandedOverOn], value: input.handedOverOn ?? "", autocomplete: "off",
                          error: error("handedOverOn"), hint: t[.endingHandedOverOnHint])
                TextAreaField(name: "notes", label: t[.endingNotes], value: input.notes ?? "", rows: 4,
                              error: error("notes"))
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "ending-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}
