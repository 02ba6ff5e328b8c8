import Fluent
import Plot
import PolkuDomain
import Vapor

struct UserListPage {
    let users: [User]

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.usersTitle]) {
            div([("class", "page-head")]) {
                heading(1, t[.usersTitle])
                link(t[.userNew], to: SiteRoute.adminUserNew.path, [("class", "button primary"), ("data-qa", "user-new")])
            }
            DataTable(qa: "user-list", caption: t[.usersTitle],
                      headers: [t[.colName], t[.email], t[.colRole], t[.colOrganization], t[.userActive]],
                      rows: users.map { user in
                          DataTable.Row(qa: "user-row", cells: [
                              link(user.name, to: SiteRoute.adminUser(UserID(user.id!)).path),
                              Txt(user.email),
                              Txt(t[user.role.textKey]),
                              Txt(user.organization?.name ?? "–"),
                              Txt(user.isActive ? t[.yes] : t[.no]),
                          ])
                      })
        }
    }
}

struct UserFormPage {
    let id: UserID?
    let input: UserInput
    let failure: ValidationFailure?
    var isClientAccount = false

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        // A municipality's own staff work for it only when it organizes the service (decision 122).
        let organizations = try await Organization.query(on: req.db).sort(\.$name).all().filter { $0.kind != .municipality || $0.isOrganizer }
        let title = id == nil ? t[.userNew] : (input.name ?? t[.usersTitle])
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            link("← " + t[.usersTitle], to: SiteRoute.adminUsers.path, [("class", "back-link")])
            heading(1, title)
            if isClientAccount {
                p([("class", "alert")], t[.userClientAccountNote])
            } else {
                FormAlerts(failure: failure, texts: t)
                Tag("form", [("method", "post"), ("action", id.map { SiteRoute.adminUser($0).path } ?? SiteRoute.adminUsers.path),
                             ("class", "stack"), ("novalidate", "")]) {
                    CSRFField(token: req.csrfToken)
                    FormField(name: "name", label: t[.colName], value: input.name ?? "", autocomplete: "off", required: true, error: error("name"))
                    FormField(name: "email", label: t[.email], value: input.email ?? "", type: "email", autocomplete: "off", required: true, error: error("email"))
                    SelectField(name: "role", label: t[.colRole], options: UserInput.assignableRoles.map { ($0.rawValue, t[$0.textKey]) },
                                selected: input.role ?? "", required: true, error: error("role"))
                    SelectField(name: "organizationId", label: t[.colOrganization], options: organizations.map { ($0.id!.uuidString, $0.name) },
                                selected: input.organizationId ?? "", required: true, error: error("organizationId"), includeEmpty: t[.choose])
                    FormField(name: "title", label: t[.userTitle], value: input.title ?? "", autocomplete: "off", error: error("title"),
                              hint: t[.userTitleHint])
                    SelectField(name: "language", label: t[.userLanguage], options: Language.allCases.map { ($0.rawValue, $0.nativeName) },
                                selected: input.language ?? "fi", error: error("language"))
                    FormField(name: "password", label: id == nil ? t[.password] : t[.newPassword], type: "password", autocomplete: "new-password",
                              required: id == nil, error: error("password"), hint: t(.passwordHint, ["min": "\(UserInput.minimumPasswordLength)"]))
                    if id != nil {
                        div([("class", "field checkbox")]) {
                            Tag("input", [("type", "checkbox"), ("id", "isActive"), ("name", "isActive"), ("value", "on"),
                                          ("checked", input.isActive == "on" ? "" : nil)])
                            Tag("label", [("for", "isActive")]) { Txt(t[.userActive]) }
                        }
                    }
                    div([("class", "actions")]) {
                        Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "user-submit")]) { Txt(t[.save]) }
                        link(t[.cancel], to: SiteRoute.adminUsers.path)
                    }
                }
            }
        }
    }
}
