import Fluent
import Vapor

/// Signs in API callers by `Authorization: Bearer <token>`; expired tokens count as none.
struct ApiTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for req: Request) async throws {
        let hash = Digest.sha256Hex(bearer.token)
        guard let token = try await ApiToken.query(on: req.db).filter(\.$tokenHash == hash).with(\.$user).first(),
              token.expiresAt > req.now, token.user.isActive else { return }
        req.auth.login(token.user)
    }
}
