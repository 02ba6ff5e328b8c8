import Fluent
import SQLKit

/// A period's `status` column keeps only what was recorded: `open`, `interrupted` or `ended` (decision 101).
/// Planned and active were stored when the decision was made and never changed, so a period decided in advance
/// stayed planned after its first day.
struct RecordOnlyPeriodEvents: AsyncMigration {
    func prepare(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE periods SET status = 'open' WHERE status IN ('planned', 'active')").run()
    }

    /// Back to what the decision would have stored: active once begun, planned before.
    func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE periods SET status = 'active' WHERE status = 'open'").run()
    }
}
