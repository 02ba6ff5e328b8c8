import Plot
import PolkuDomain
import Vapor

struct MeetingsPage {
    let client: Client
    let meetings: [MeetingDTO]
    let mayAdd: Bool
    let input: MeetingInput
    let failure: ValidationFailure?

    func render(on req: Request, status: HTTPStatus = .ok) throws -> Response {
        let t = req.texts
        let clientID = try client.typedID
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(t[.meetingsTitle], status: status) {
            link("← \(client.fullName)", to: SiteRoute.client(clientID).path, [("class", "back-link")])
            heading(1, t[.meetingsTitle])
            if meetings.isEmpty {
                p([("class", "muted"), ("data-qa", "meeting-list")], t[.meetingsNone])
            } else {
                DataTable(qa: "meeting-list", caption: t[.meetingsTitle],
                          headers: [t[.meetingWhen], t[.meetingLocation], t[.meetingPurpose], t[.meetingParticipants]],
                          rows: meetings.map { m in
                              DataTable.Row(qa: "meeting-row", cells: [
                                  Txt(Self.when(m)), Txt(m.location), Txt(m.purpose), Txt(m.participants.isEmpty ? "–" : m.participants),
                              ])
                          })
            }
            if mayAdd {
                heading(2, t[.meetingAdd])
                FormAlerts(failure: failure, texts: t)
                Tag("form", [("method", "post"), ("action", SiteRoute.meetings(clientID).path), ("class", "stack"), ("novalidate", "")]) {
                    CSRFField(token: req.csrfToken)
                    div([("class", "inline-fields")]) {
                        FormField(name: "meetsOn", label: t[.meetingDay], value: input.meetsOn ?? "", autocomplete: "off", required: true,
                                  error: error("meetsOn"), hint: t[.dateHint])
                        FormField(name: "timeOfDay", label: t[.meetingTime], value: input.timeOfDay ?? "", autocomplete: "off", required: true,
                                  error: error("timeOfDay"), hint: t[.meetingTimeHint])
                    }
                    FormField(name: "location", label: t[.meetingLocation], value: input.location ?? "", autocomplete: "off", required: true, error: error("location"))
                    FormField(name: "purpose", label: t[.meetingPurpose], value: input.purpose ?? "", autocomplete: "off", required: true, error: error("purpose"))
                    FormField(name: "participants", label: t[.meetingParticipants], value: input.participants ?? "", autocomplete: "off", error: error("participants"))
                    div([("class", "actions")]) {
                        Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "meeting-submit")]) { Txt(t[.meetingAdd]) }
                    }
                }
            }
        }
    }

    static func when(_ meeting: MeetingDTO) -> String {
        (LocalDate(isoString: meeting.meetsOn).map(FinnishFormat.date) ?? meeting.meetsOn) + " " + meeting.timeOfDay
    }
}
