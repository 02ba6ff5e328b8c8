import Fluent
import SQLKit

/// Indexes for the filters that a county's data made slow (issue 9): the periods in service on a day (front
/// page, statistics, the coach's week), a period by its decision, the referrals waiting for a decision, and the
/// client list in its order.
struct CreateCountyIndexes: AsyncMigration {
    private static let indexes: [(name: String, table: String, columns: [String])] = [
        ("periods_status_end", "periods", ["status", "ends_on"]),
        ("periods_decision", "periods", ["decision_id"]),
        ("referrals_state_received", "referrals", ["state", "received_on"]),
        // The client list's order: a page of 25 is read from the index, not sorted from the whole reach.
        ("clients_name_id", "clients", ["search_name", "id"]),
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
