import Fluent
import Vapor

/// One login try, kept to slow down password guessing.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "ip") var ip: String
    @Field(key: "succeeded") var succeeded: Bool
    @Field(key: "attempted_at") var attemptedAt: Date

    init() {}

    init(email: String, ip: String, succeeded: Bool, attemptedAt: Date) {
        self.email = email
        self.ip = ip
        self.succeeded = succeeded
        self.attemptedAt = attemptedAt
    }
}
