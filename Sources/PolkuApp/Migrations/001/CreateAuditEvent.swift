import Fluent
import SQLKit

struct CreateAuditEvent: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("audit_events")
            .id()
            .field("sequence", .int64, .required)
            .field("occurred_at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_role", .string)
            .field("organization_id", .uuid)
            .field("client_id", .uuid)
            .field("action", .string, .required)
            .field("request_id", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "sequence")
            .create()
        try await database.createIndex("audit_events_client_time", on: "audit_events", columns: ["client_id", "occurred_at"])
        try await database.createIndex("audit_events_actor_time", on: "audit_events", columns: ["actor_id", "occurred_at"])
        try await database.createIndex("audit_events_time", on: "audit_events", columns: ["occurred_at"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("audit_events").delete()
    }
}
