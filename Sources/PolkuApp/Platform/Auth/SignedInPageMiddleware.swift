import Vapor

/// Pages behind sign-in send an anonymous visitor to the login form and back afterwards.
struct SignedInPageMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = req.auth.get(User.self), user.isActive else {
            guard req.method == .GET else { throw Abort(.unauthorized) }
            let next = req.url.string
            let target = SiteRoute.login.path + "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
            return req.redirect(to: target)
        }
        return try await next.respond(to: req)
    }
}
