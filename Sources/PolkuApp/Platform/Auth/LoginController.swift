import Fluent
import PolkuDomain
import Vapor

/// Sign-in and sign-out through the HTML form, and the language switch.
struct LoginController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.login.pathComponents, use: form)
        routes.post(SiteRoute.Kind.login.pathComponents, use: login)
        routes.post(SiteRoute.Kind.logout.pathComponents, use: logout)
        routes.get(SiteRoute.Kind.language.pathComponents, use: language)
    }

    struct LoginForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    func form(req: Request) async throws -> Response {
        if req.auth.has(User.self) { return req.redirect(to: SiteRoute.front.path) }
        let next = try? req.query.get(String.self, at: "next")
        return LoginPage(email: "", next: LocalRedirect.path(next), error: nil).render(on: req)
    }

    func login(req: Request) async throws -> Response {
        let input = try req.content.decode(LoginForm.self)
        let email = input.email ?? ""
        let next = LocalRedirect.path(input.next)
        switch try await Credentials.check(email: email, password: input.password ?? "", on: req) {
        case .throttled:
            return LoginPage(email: email, next: next, error: .loginThrottled).render(on: req, status: .tooManyRequests)
        case .invalid:
            return LoginPage(email: email, next: next, error: .loginInvalid).render(on: req, status: .unauthorized)
        case .success(let user):
            await req.renewSession()
            req.auth.login(user)
            req.session.authenticate(user)
            try await req.audit(.loginSucceeded, user: user)
            return req.redirect(to: next ?? SiteRoute.front.path)
        }
    }

    func logout(req: Request) async throws -> Response {
        if let user = req.auth.get(User.self) {
            try await req.audit(.logout, user: user)
        }
        req.auth.logout(User.self)
        req.session.destroy()
        return req.redirect(to: SiteRoute.login.path)
    }

    /// Remembers the choice for the user and in a cookie (for the login page), then goes back.
    func language(req: Request) async throws -> Response {
        guard let language = req.parameters.get("language").flatMap(Language.init(rawValue:)) else { throw Abort(.notFound) }
        let returnTo = try? req.query.get(String.self, at: "returnTo")
        if let user = req.auth.get(User.self) {
            user.language = language.rawValue
            try await user.save(on: req.db)
        }
        let response = req.redirect(to: LocalRedirect.path(returnTo) ?? SiteRoute.front.path)
        response.cookies["lang"] = HTTPCookies.Value(string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                                                     isSecure: req.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
