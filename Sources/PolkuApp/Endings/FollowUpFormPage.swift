import Foundation
import Plot
import PolkuDomain
import Vapor

/// Record a follow-up of an ending, or change one: a short structured entry on where the client is now.
struct FollowUpFormPage {
    let clientID: ClientID
    let clientName: String
    let ending: EndingDTO
    let mode: RecordFormMode<FollowUp>
    let input: FollowUpInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let (title, action) = mode.target(new: t[.followUpNew], edit: t[.followUpEdit], collection: SiteRoute.clientFollowUps(clientID).path,
                                          record: { SiteRoute.clientFollowUp(client: clientID, followUp: $0).path })
        let back = SiteRoute.clientEnding(client: clientID, ending: ending.id).path
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        let points = ending.followUps.map { ($0.point.rawValue, $0.label(t) + " (" + EndingInput.finnish($0.dueOn) + ")") }
        return RecordFormPage(title: title, clientName: clientName, intro: t(.followUpIntro, ["date": ending.endedDate]), action: action,
                              back: back, qa: "follow-up", version: input.version, failure: failure, conflict: conflict)
            .render(on: req, status: status) {
            Tag("input", [("type", "hidden"), ("name", "endingId"), ("value", input.endingId ?? ending.id.rawValue.uuidString)])
            SelectField(name: "point", label: t[.followUpPoint], options: points, selected: input.point ?? "", required: true,
                        error: error("point"), includeEmpty: t[.choose])
            FormField(name: "doneOn", label: t[.followUpDoneOn], value: input.doneOn ?? "", autocomplete: "off", required: true,
                      error: error("doneOn"), hint: t[.dateHint])
            SelectField(name: "situation", label: t[.followUpSituation], options: NextPath.allCases.map { ($0.rawValue, t[$0.textKey]) },
                        selected: input.situation ?? "", required: true, error: error("situation"), includeEmpty: t[.choose])
            CheckboxField(name: "inWorkOrEducation", label: t[.followUpInWorkOrEducation], checked: input.inWorkOrEducation ?? false)
            TextAreaField(name: "notes", label: t[.followUpNotes], value: input.notes ?? "", rows: 3,
                          error: error("notes"))
        }
    }
}
