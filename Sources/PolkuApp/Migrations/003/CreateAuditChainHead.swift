import Fluent
import SQLKit

/// One row that every append to the audit trail updates first (decision 66). Updating it takes the
/// row's lock in PostgreSQL and the write lock in SQLite, so appends from every instance of Polku
/// follow one another and none reads a tail that another is about to extend.
struct CreateAuditChainHead: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(AuditChainHead.table)
            .field("id", .int, .identifier(auto: false))
            .field("appends", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.insert(into: AuditChainHead.table).columns("id", "appends").values(SQLBind(1), SQLBind(Int64(0))).run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(AuditChainHead.table).delete()
    }
}
