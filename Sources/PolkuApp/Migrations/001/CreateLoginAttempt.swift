import Fluent
import SQLKit

struct CreateLoginAttempt: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("login_attempts")
            .id()
            .field("email", .string, .required)
            .field("ip", .string, .required)
            .field("succeeded", .bool, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        try await database.createIndex("login_attempts_email_time", on: "login_attempts", columns: ["email", "attempted_at"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("login_attempts").delete()
    }
}
