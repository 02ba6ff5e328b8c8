import Foundation
import Plot
import PolkuDomain
import Vapor

/// Record an ending and the further path, or change one.
struct EndingFormPage {
    let clientID: ClientID
    let clientName: String
    let mode: RecordFormMode<Ending>
    let input: EndingInput
    /// The client's periods to choose from, as (id, "place, start–end").
    let periods: [(value: String, label: String)]
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let (title, action, back) = mode.target(new: t[.endingNew], edit: t[.endingEdit], collection: SiteRoute.clientEndings(clientID).path,
                                                record: { SiteRoute.clientEnding(client: clientID, ending: $0).path }, client: SiteRoute.client(clientID).path)
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return RecordFormPage(title: title, clientName: clientName, intro: t[.endingIntro], action: action, back: back, qa: "ending",
                              version: input.version, failure: failure, conflict: conflict).render(on: req, status: status) {
            // Ending the service cannot be undone: a new ending is confirmed once (issue 13, item 3).
            if case .create = mode { AskToConfirm() }
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
        }
    }
}
