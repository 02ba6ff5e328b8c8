import Foundation
import Plot
import PolkuDomain
import Vapor

/// Book a familiarization visit, or record how it went.
struct VisitFormPage {
    let clientID: ClientID
    let clientName: String
    let places: [(id: UUID, name: String)]
    /// Names of the client's team, offered for "who accompanies".
    let teamNames: [String]
    let mode: RecordFormMode<FamiliarizationVisit>
    let input: VisitInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let (title, action) = mode.target(new: t[.visitNew], edit: t[.visitEdit], collection: SiteRoute.clientVisits(clientID).path,
                                          record: { SiteRoute.clientVisit(client: clientID, visit: $0).path })
        let back = SiteRoute.client(clientID).path
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            link("← " + clientName, to: back, [("class", "back-link")])
            heading(1, title)
            p([("class", "lead")], clientName)
            p([], t[.visitIntro])
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", ""), ("data-qa", "visit-form")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: input.version)
                SelectField(name: "placeId", label: t[.queuePlace], options: places.map { ($0.id.uuidString, $0.name) }, selected: input.placeId ?? "",
                            required: true, error: error("placeId"), includeEmpty: t[.choose])
                div([("class", "inline-fields")]) {
                    FormField(name: "visitOn", label: t[.meetingDay], value: input.visitOn ?? "", autocomplete: "off", required: true,
                              error: error("visitOn"), hint: t[.dateHint])
                    FormField(name: "timeOfDay", label: t[.meetingTime], value: input.timeOfDay ?? "", autocomplete: "off", required: true,
                              error: error("timeOfDay"), hint: t[.meetingTimeHint])
                }
                FormField(name: "accompaniedBy", label: t[.visitAccompaniedBy], value: input.accompaniedBy ?? "", autocomplete: "off", required: true,
                          error: error("accompaniedBy"),
                          hint: teamNames.isEmpty ? t[.visitAccompaniedByHint] : t[.visitAccompaniedByHint] + " " + t(.visitTeamHint, ["names": teamNames.joined(separator: ", ")]))
                Tag("fieldset", [("class", "stack")]) {
                    Tag("legend") { Txt(t[.visitOutcomeLegend]) }
                    SelectField(name: "outcome", label: t[.visitOutcome], options: VisitOutcome.allCases.map { ($0.rawValue, t[$0.textKey]) },
                                selected: input.outcome ?? "", error: error("outcome"), includeEmpty: t[.visitOutcomeNone])
                    TextAreaField(name: "outcomeReason", label: t[.visitOutcomeReason], value: input.outcomeReason ?? "", rows: 2,
                                  error: error("outcomeReason"), hint: t[.visitOutcomeReasonHint])
                    TextAreaField(name: "notes", label: t[.visitNotes], value: input.notes ?? "", rows: 3, error: error("notes"))
                }
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "visit-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}
