import Fluent
import SQLKit

/// Indexes for the filters that a county's data made slow (issue 9): the periods in service on a day (front
/// page, statistics, the coach's week), a period by its decision, and the referrals waiting for a decision.
struct CreateCountyIndexes: AsyncMigration {
    private static let indexes: [(name: String, table: String, columns: [String])] = [
        ("periods_status_end", "periods", ["status", "ends_on"]),
        ("periods_decision", "periods", ["decision_id"]),
        ("referrals_state_received", "referrals", ["state", "received_on"]),
    ]

    func prepare(on database: Database) async throws {
        for index in Self.indexes {
            try await database.createIndex(index.name, on: index.table, columns: index.columns)
        }
    }

    func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.drop(index: index.name).run()
        }
    }
}
