import Fluent
import SQLKit

/// Sign-in attempts by client address and time: the per-address limit counts them on every sign-in (issue 10).
struct CreateLoginAddressIndex: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.createIndex("login_attempts_ip_time", on: "login_attempts", columns: ["ip", "attempted_at"])
    }

    func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "login_attempts_ip_time").run()
    }
}
