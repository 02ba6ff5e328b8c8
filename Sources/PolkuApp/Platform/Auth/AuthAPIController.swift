import Fluent
import PolkuDomain
import Vapor

/// API sign-in: trade an e-mail and password for a bearer token; revoke it; who am I.
struct AuthAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIRoute.Kind.authToken.pathComponents, use: issue)
        let signedIn = routes.grouped(User.guardMiddleware())
        signedIn.post(APIRoute.Kind.authRevoke.pathComponents, use: revoke)
        signedIn.get(APIRoute.Kind.me.pathComponents, use: me)
    }

    struct TokenRequest: Content {
        var email: String?
        var password: String?
    }

    struct TokenResponse: Content {
        var token: String
        var tokenType = "Bearer"
        var expiresAt: Date
    }

    func issue(req: Request) async throws -> TokenResponse {
        let input = try req.content.decode(TokenRequest.self)
        // Only presence and length: any other e-mail or password is simply a wrong one (401).
        var v = Validator()
        for (field, value) in [("email", input.email), ("password", input.password)] {
            guard let value, !value.isEmpty else { v.add(field, .errorRequired); continue }
            if TextRules.length(value) > 200 { v.add(field, .errorTooLong, ["max": "200"]) }
        }
        try v.finish()
        switch try await Credentials.check(email: input.email ?? "", password: input.password ?? "", on: req) {
        case .throttled:
            throw Abort(.tooManyRequests, headers: ["Retry-After": "\(Int(req.config.loginWindow))"], reason: req.texts[.loginThrottled])
        case .invalid:
            throw Abort(.unauthorized, reason: req.texts[.loginInvalid])
        case .success(let user):
            let userID = try user.requireID(), lifetime = req.config.tokenLifetime, now = req.now
            // The token and its audit event commit together: no token is usable that the trail does not name.
            let (token, plain) = try await req.auditedChange(.tokenIssued, user: user) { tx in
                (try await ApiToken.issue(for: userID, lifetime: lifetime, now: now, on: tx), [])
            }
            return TokenResponse(token: plain, expiresAt: token.expiresAt)
        }
    }

    struct RevokeRequest: Content {
        var token: String?
    }

    /// Revokes one of the caller's own tokens; an unknown token, or someone else's, is left alone.
    /// (Revoking by body rather than "the token in use" keeps a caller from cutting its own session
    /// by accident, fuzzers included.)
    func revoke(req: Request) async throws -> HTTPStatus {
        let input = try req.content.decode(RevokeRequest.self)
        var v = Validator()
        if (input.token ?? "").isEmpty { v.add("token", .errorRequired) }
        else if TextRules.length(input.token!) > 200 { v.add("token", .errorTooLong, ["max": "200"]) }
        try v.finish()
        try await ApiToken.query(on: req.db)
            .filter(\.$tokenHash == Digest.sha256Hex(input.token!))
            .filter(\.$user.$id == (try req.requireUser().requireID()))
            .delete()
        return .noContent
    }

    struct Me: Content {
        var id: UUID
        var email: String
        var name: String
        var role: Role
        var organizationId: UUID?
        var clientId: UUID?
        var language: String
    }

    func me(req: Request) async throws -> Me {
        let user = try req.requireUser()
        return Me(id: try user.requireID(), email: user.email, name: user.name, role: user.role,
                  organizationId: user.$organization.id, clientId: user.$client.id, language: user.language)
    }
}
