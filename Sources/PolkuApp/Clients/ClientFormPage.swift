import Plot
import PolkuDomain
import Vapor

/// Register a client or change one. On bad input the page comes back with what was typed and a
/// message next to each invalid field.
struct ClientFormPage {
    enum Mode { case create, edit(ClientID) }

    let mode: Mode
    let input: ClientInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let municipalities = try await req.municipalitiesWithinReach(keeping: input.municipalityCode)
        let title: String
        let action: String
        let back: String
        switch mode {
        case .create: title = t[.clientsNew]; action = SiteRoute.clients.path; back = SiteRoute.clients.path
        case .edit(let id): title = t[.clientEdit]; action = SiteRoute.client(id).path; back = SiteRoute.client(id).path
        }
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, title)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: input.version)
                FormField(name: "firstName", label: t[.firstName], value: input.firstName ?? "", autocomplete: "off", required: true, error: error("firstName"))
                FormField(name: "lastName", label: t[.lastName], value: input.lastName ?? "", autocomplete: "off", required: true, error: error("lastName"))
                FormField(name: "personalIdentityCode", label: t[.personalIdentityCode], value: input.personalIdentityCode ?? "",
                          autocomplete: "off", required: true, error: error("personalIdentityCode"), hint: t[.personalIdentityCodeHint])
                SelectField(name: "municipalityCode", label: t[.municipality], options: municipalities.map { ($0.code, $0.name) },
                            selected: input.municipalityCode ?? "", required: true, error: error("municipalityCode"), includeEmpty: t[.choose])
                SelectField(name: "language", label: t[.clientLanguage], options: Language.allCases.map { ($0.rawValue, $0.nativeName) },
                            selected: input.language ?? "fi", error: error("language"))
                FormField(name: "phone", label: t[.phone], value: input.phone ?? "", type: "tel", autocomplete: "off", error: error("phone"))
                FormField(name: "email", label: t[.email], value: input.email ?? "", type: "email", autocomplete: "off", error: error("email"))
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "client-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}
