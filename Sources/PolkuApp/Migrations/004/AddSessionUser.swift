import Fluent
import SQLKit

/// Whose session a row is, so that a password change can end them all (issue 10, item 5). Sessions from before
/// are dropped: their ids were stored in plain text, and from now on only their hashes are.
struct AddSessionUser: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await SessionRecord.query(on: database).delete()
        try await database.schema(SessionRecord.schema).field("user_id", .uuid).update()
        try await database.createIndex("fluent_sessions_user", on: SessionRecord.schema, columns: ["user_id"])
    }

    func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "fluent_sessions_user").run()
        try await database.schema(SessionRecord.schema).deleteField("user_id").update()
    }
}
