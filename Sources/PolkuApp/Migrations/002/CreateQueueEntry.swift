import Fluent
import SQLKit

struct CreateQueueEntry: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("queue_entries")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("place_id", .uuid, .required, .references("work_activity_places", "id"))
            .field("queued_at", .datetime, .required)
            .field("queued_on", .string, .required)
            .field("is_urgent", .bool, .required)
            .field("reason", .string, .required)
            .field("state", .string, .required)
            .field("open_key", .string)
            .field("closed_on", .string)
            .field("withdrawal_reason", .string)
            .field("decision_id", .uuid, .references("decisions", "id"))
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "open_key")
            .create()
        try await database.createIndex("queue_entries_place_state", on: "queue_entries", columns: ["place_id", "state"])
        try await database.createIndex("queue_entries_client", on: "queue_entries", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("queue_entries").delete()
    }
}
