import Fluent
import SQLKit

struct CreatePolicy: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("policies")
            .id()
            .field("organizer_id", .uuid, .required, .references("organizations", "id"))
            .field("valid_from", .string, .required)
            .field("valid_to", .string)
            .field("min_days_per_week", .int, .required)
            .field("max_days_per_week", .int, .required)
            .field("min_minutes_per_day", .int, .required)
            .field("max_minutes_per_day", .int, .required)
            .field("max_minutes_per_week", .int, .required)
            .field("usual_period_months", .int, .required)
            .field("max_continuous_months", .int, .required)
            .field("break_months", .int, .required)
            .field("continuation_past_maximum_allowed", .bool, .required)
            .field("compensation_cents_per_day", .int, .required)
            .field("travel_rules", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("policies_organizer_from", on: "policies", columns: ["organizer_id", "valid_from"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("policies").delete()
    }
}
