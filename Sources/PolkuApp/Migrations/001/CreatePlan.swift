import Fluent
import SQLKit

struct CreatePlan: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("plans")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("kind", .string, .required)
            .field("current_number", .int, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("plans_client", on: "plans", columns: ["client_id"])
        try await database.schema("plan_versions")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("number", .int, .required)
            .field("made_on", .string, .required)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("employment_participant", .string, .required)
            .field("client_participated", .bool, .required)
            .field("goals", .string, .required)
            .field("support_and_guidance", .string, .required)
            .field("days_per_week", .int, .required)
            .field("minutes_per_day", .int, .required)
            .field("next_step_plan", .string, .required)
            .field("amendment_reason", .string)
            .field("created_at", .datetime)
            .unique(on: "plan_id", "number")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("plan_versions").delete()
        try await database.schema("plans").delete()
    }
}
