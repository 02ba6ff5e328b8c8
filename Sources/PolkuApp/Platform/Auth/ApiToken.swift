import Fluent
import Vapor

/// A bearer token for the API. Only its SHA-256 is stored; the token itself is shown once.
final class ApiToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, tokenHash: String, expiresAt: Date) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }

    /// Creates a token for a user and returns it with the plain value, which is never stored.
    static func issue(for userID: UUID, lifetime: TimeInterval, now: Date, on db: Database) async throws -> (ApiToken, String) {
        let plain = [UInt8].random(count: 32).base64.replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let token = ApiToken(userID: userID, tokenHash: Digest.sha256Hex(plain), expiresAt: now.addingTimeInterval(lifetime))
        try await token.save(on: db)
        return (token, plain)
    }
}
