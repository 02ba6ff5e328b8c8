import Plot
import Vapor

struct LoginPage {
    let email: String
    let next: String?
    let error: TextKey?

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        return req.page(t[.loginTitle], status: status) {
            div([("class", "narrow")]) {
                heading(1, t[.loginTitle])
                p([("class", "lead")], t[.loginIntro])
                if let error {
                    Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "login-error"), ("id", "login-error")]) { Txt(t[error]) }
                }
                Tag("form", [("method", "post"), ("action", SiteRoute.login.path), ("class", "stack")]) {
                    CSRFField(token: req.csrfToken)
                    if let next { Tag("input", [("type", "hidden"), ("name", "next"), ("value", next)]) }
                    FormField(name: "email", label: t[.email], value: email, type: "email", autocomplete: "username", required: true,
                              describedBy: error == nil ? nil : "login-error")
                    FormField(name: "password", label: t[.password], value: "", type: "password", autocomplete: "current-password", required: true)
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "login-submit")]) { Txt(t[.loginSubmit]) }
                }
            }
        }
    }
}
