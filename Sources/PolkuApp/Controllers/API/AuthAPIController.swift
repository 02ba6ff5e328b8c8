import Fluent
import PolkuDomain
import Vapor

/// API sign-in: trade an e-mail and password for a bearer token; revoke it; who am I.
struct AuthAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIRoute.authToken.pathComponents, use: issue)
        let signedIn = routes.grouped(User.guardMiddleware())
        signedIn.delete(APIRoute.authToken.pathComponents, use: revoke)
        signedIn.get(APIRoute.me.pathComponents, use: me)
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
        var v = Validator()
        let email = v.requiredText("email", input.email, maxLength: 200)
        let password = input.password ?? ""
        if password.isEmpty { v.add("password", .errorRequired) } else if password.count > 200 { v.add("password", .errorTooLong, ["max": "200"]) }
        try v.finish()
        switch try await Credentials.check(email: email!, password: password, on: req) {
        case .throttled:
            throw Abort(.tooManyRequests, headers: ["Retry-After": "\(Int(req.config.loginWindow))"], reason: req.texts[.loginThrottled])
        case .invalid:
            throw Abort(.unauthorized, reason: req.texts[.loginInvalid])
        case .success(let user):
            let (token, plain) = try await ApiToken.issue(for: try user.requireID(), lifetime: req.config.tokenLifetime, now: req.now, on: req.db)
            try await req.audit(.tokenIssued, user: user)
            return TokenResponse(token: plain, expiresAt: token.expiresAt)
        }
    }

    func revoke(req: Request) async throws -> HTTPStatus {
        if let bearer = req.headers.bearerAuthorization {
            try await ApiToken.query(on: req.db).filter(\.$tokenHash == Digest.sha256Hex(bearer.token)).delete()
        }
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
