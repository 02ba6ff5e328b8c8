import Fluent
import SQLKit

/// One counter that every successful change request moves (decision 68), so that every instance can tell
/// with one small read whether what it computed from the data is still current.
struct CreateDataGeneration: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(DataGeneration.table)
            .field("id", .int, .identifier(auto: false))
            .field("generation", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.insert(into: DataGeneration.table).columns("id", "generation").values(SQLBind(1), SQLBind(Int64(0))).run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DataGeneration.table).delete()
    }
}
