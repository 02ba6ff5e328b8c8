import Fluent
import SQLKit

struct CreateFollowUp: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("follow_ups")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("ending_id", .uuid, .required, .references("endings", "id"))
            .field("point", .string, .required)
            .field("done_on", .string, .required)
            .field("situation", .string, .required)
            .field("in_work_or_education", .bool, .required)
            .field("notes", .string)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "ending_id", "point")
            .create()
        try await database.createIndex("follow_ups_client", on: "follow_ups", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("follow_ups").delete()
    }
}
