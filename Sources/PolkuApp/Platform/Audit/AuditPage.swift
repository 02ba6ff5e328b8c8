import Plot
import PolkuDomain
import Vapor

struct AuditPage {
    let search: AuditSearch
    let events: [AuditEvent]
    let entries: [AccessLogEntry]
    /// The clients of each event that names several (decision 132).
    let clients: [Int64: [UUID]]
    let total: Int
    let users: [User]

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.auditTitle]) {
            heading(1, t[.auditTitle])
            p([("class", "lead")], t[.auditIntro])
            Tag("form", [("method", "get"), ("action", SiteRoute.adminAudit.path), ("class", "search-form")]) {
                FormField(name: "clientId", label: t[.auditClientID], value: search.clientID?.uuidString ?? "")
                SelectField(name: "actorId", label: t[.colWho], options: users.map { ($0.id!.uuidString, $0.name) },
                            selected: search.actorID?.uuidString ?? "", includeEmpty: t[.all])
                SelectField(name: "action", label: t[.colAction], options: AuditAction.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: search.action, includeEmpty: t[.all])
                Tag("button", [("type", "submit"), ("data-qa", "audit-search")]) { Txt(t[.search]) }
            }
            Tag("p", [("class", "result-count"), ("role", "status")]) { Txt(t(.auditCount, ["total": "\(total)"])) }
            DataTable(qa: "audit-list", caption: t[.auditTitle],
                      headers: [t[.auditSequence], t[.colTime], t[.colWho], t[.colRole], t[.colOrganization], t[.colAction], t[.auditClientID]],
                      rows: zip(events, entries).map { event, entry in
                          DataTable.Row(cells: [
                              Txt("\(event.sequence)"),
                              Txt(FinnishFormat.dateTime(event.occurredAt)),
                              Txt(entry.actorName ?? "–"),
                              Txt(event.actorRole.flatMap(Role.init(rawValue:)).map { t[$0.textKey] } ?? "–"),
                              Txt(entry.organizationName ?? "–"),
                              Txt(AuditAction(rawValue: event.action).map { t[$0.textKey] } ?? event.action),
                              clientCell(event, texts: t),
                          ])
                      }, numericColumns: [0])
            Pager(page: search.page, pageCount: max(1, (total + search.perPage - 1) / search.perPage), texts: t) { page in
                var components = URLComponents()
                components.path = SiteRoute.adminAudit.path
                components.queryItems = [URLQueryItem(name: "page", value: "\(page)")]
                    + (search.clientID.map { [URLQueryItem(name: "clientId", value: $0.uuidString)] } ?? [])
                    + (search.actorID.map { [URLQueryItem(name: "actorId", value: $0.uuidString)] } ?? [])
                    + (search.action.isEmpty ? [] : [URLQueryItem(name: "action", value: search.action)])
                return components.string ?? SiteRoute.adminAudit.path
            }
        }
    }

    /// One client's id, or the count of a wide event's clients opening to their ids.
    private func clientCell(_ event: AuditEvent, texts t: Texts) -> Component {
        guard let named = clients[event.sequence], !named.isEmpty else {
            return Tag("span", [("class", "mono")]) { Txt(event.clientID?.uuidString ?? "–") }
        }
        return Tag("details") {
            Tag("summary") { Txt(t(.auditClientsNamed, ["count": "\(named.count)"])) }
            Tag("span", [("class", "mono")]) { Txt(named.map(\.uuidString).sorted().joined(separator: ", ")) }
        }
    }
}
