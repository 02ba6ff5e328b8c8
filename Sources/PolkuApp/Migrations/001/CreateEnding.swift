import Fluent
import SQLKit

struct CreateEnding: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("endings")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("period_id", .uuid, .references("periods", "id"))
            .field("ended_on", .string, .required)
            .field("reason", .string, .required)
            .field("next_path", .string, .required)
            .field("handed_over_to", .string)
            .field("handed_over_on", .string)
            .field("notes", .string)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // A period ends once; NULLs (endings without a period) do not collide in SQLite or PostgreSQL.
            .unique(on: "period_id")
            .create()
        try await database.createIndex("endings_client_date", on: "endings", columns: ["client_id", "ended_on"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("endings").delete()
    }
}
