import Plot
import PolkuDomain
import Vapor

struct TeamPage {
    let client: Client
    let members: [TeamMemberDTO]
    /// The changes of responsible worker, newest first (decision 111).
    var handovers: [HandoverDTO] = []
    let mayChange: Bool
    let input: TeamInput
    let failure: ValidationFailure?
    /// Polku's workers who can join a team, to choose by typing a name (issue 13, item 5): e-mail and "name – role, organization".
    var colleagues: [(value: String, label: String)] = []

    func render(on req: Request, status: HTTPStatus = .ok) throws -> Response {
        let t = req.texts
        let clientID = try client.typedID
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(t[.teamTitle], status: status) {
            link("← \(client.fullName)", to: SiteRoute.client(clientID).path, [("class", "back-link")])
            heading(1, t[.teamTitle])
            p([("class", "lead")], t[.teamIntro])
            if members.isEmpty {
                p([("class", "muted"), ("data-qa", "team-list")], t[.teamEmpty])
            } else {
                DataTable(qa: "team-list", caption: t[.teamTitle],
                          headers: [t[.colName], t[.colRole], t[.colOrganization], t[.teamContact], t[.teamActions]],
                          rows: members.map { member in
                              DataTable.Row(qa: "team-row", cells: [
                                  ComponentGroup(members: [Txt(member.name)] + (member.isResponsible
                                      ? [Tag("strong", [("class", "badge"), ("data-qa", "responsible")]) { Txt(t[.teamResponsible]) }] : [])),
                                  Txt(t[member.role.textKey]),
                                  Txt(member.organizationName.isEmpty ? "–" : member.organizationName),
                                  ContactLinks.free(member.contact),
                                  actions(member, req: req, clientID: clientID),
                              ])
                          })
            }
            if !handovers.isEmpty {
                DataTable(qa: "handovers", caption: t[.teamHandovers], captionVisible: true,
                          headers: [t[.teamHandoverDay], t[.teamHandoverFrom], t[.teamHandoverTo]],
                          rows: handovers.map { handover in
                              DataTable.Row(qa: "handover", cells: [
                                  Txt(LocalDate(isoString: handover.handedOverOn).map(FinnishFormat.date) ?? handover.handedOverOn),
                                  Txt(handover.fromName ?? "–"), Txt(handover.toName),
                              ])
                          })
            }
            if mayChange {
                Tag("h2") { Txt(t[.teamAdd]) }
                FormAlerts(failure: failure, texts: t)
                Tag("form", [("method", "post"), ("action", SiteRoute.team(clientID).path), ("class", "stack"), ("novalidate", "")]) {
                    CSRFField(token: req.csrfToken)
                    SelectField(name: "role", label: t[.colRole], options: TeamRole.allCases.map { ($0.rawValue, t[$0.textKey]) },
                                selected: input.role ?? "", required: true, error: error("role"), includeEmpty: t[.choose])
                    FormField(name: "userEmail", label: t[.teamUserEmail], value: input.userEmail ?? "", type: "email", autocomplete: "off",
                              error: error("userEmail"), hint: t[.teamUserEmailHint], suggestions: colleagues)
                    FormField(name: "name", label: t[.teamExternalName], value: input.name ?? "", autocomplete: "off", error: error("name"))
                    FormField(name: "organizationName", label: t[.colOrganization], value: input.organizationName ?? "", autocomplete: "off",
                              error: error("organizationName"))
                    FormField(name: "contact", label: t[.teamContact], value: input.contact ?? "", autocomplete: "off", error: error("contact"))
                    div([("class", "field checkbox")]) {
                        Tag("input", [("type", "checkbox"), ("id", "isResponsible"), ("name", "isResponsible"), ("value", "on"),
                                      ("checked", input.isResponsible == true ? "" : nil)])
                        Tag("label", [("for", "isResponsible")]) { Txt(t[.teamMakeResponsible]) }
                    }
                    div([("class", "actions")]) {
                        Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "team-submit")]) { Txt(t[.teamAdd]) }
                    }
                }
            }
        }
    }

    private func actions(_ member: TeamMemberDTO, req: Request, clientID: ClientID) -> Component {
        guard mayChange else { return Txt("") }
        let t = req.texts
        return div([("class", "row-actions")]) {
            if !member.isResponsible {
                Tag("form", [("method", "post"), ("action", SiteRoute.teamMemberResponsible(client: clientID, member: member.id).path)]) {
                    CSRFField(token: req.csrfToken)
                    Tag("button", [("type", "submit"), ("class", "small"), ("aria-label", t(.teamMakeResponsibleOf, ["name": member.name]))]) {
                        Txt(t[.teamMakeResponsibleShort])
                    }
                }
            }
            Tag("form", [("method", "post"), ("action", SiteRoute.teamMemberRemove(client: clientID, member: member.id).path)]) {
                CSRFField(token: req.csrfToken)
                Tag("button", [("type", "submit"), ("class", "small"), ("aria-label", t(.teamRemoveOf, ["name": member.name]))]) { Txt(t[.teamRemove]) }
            }
        }
    }
}

extension TeamRole {
    var textKey: TextKey {
        switch self {
        case .socialWorker: .roleSocialWorker
        case .socialCounsellor: .roleSocialCounsellor
        case .employmentSpecialist: .roleEmploymentSpecialist
        case .workCoach: .roleWorkCoach
        case .kelaWorkAbilityAdvisor: .teamRoleKela
        case .healthNurse: .teamRoleNurse
        case .other: .teamRoleOther
        }
    }
}
