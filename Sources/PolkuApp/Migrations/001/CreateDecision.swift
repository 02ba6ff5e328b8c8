import Fluent
import SQLKit

struct CreateDecision: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("decisions")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("decision_maker_id", .uuid, .required, .references("users", "id"))
            .field("decided_on", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("place_id", .uuid, .required, .references("work_activity_places", "id"))
            .field("days_per_week", .int, .required)
            .field("minutes_per_day", .int, .required)
            .field("appeal_instructions", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("decisions_client", on: "decisions", columns: ["client_id", "starts_on"])
        try await database.schema("contracts")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("tasks", .string, .required)
            .field("goals", .string, .required)
            .field("travel", .string, .required)
            .field("insurance", .string, .required)
            .field("confidentiality", .string, .required)
            .field("compensation_cents_per_day", .int, .required)
            .field("client_accepted_on", .string)
            .field("place_accepted_on", .string)
            .field("place_accepted_by", .string)
            .field("organizer_accepted_on", .string)
            .field("organizer_accepted_by", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("contracts_period", on: "contracts", columns: ["period_id"])
        try await database.createIndex("contracts_client", on: "contracts", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("contracts").delete()
        try await database.schema("decisions").delete()
    }
}

/// A period belongs to the decision that started it, and an interruption gives its reason.
struct UpdatePeriodAddDecision: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("periods").field("decision_id", .uuid, .references("decisions", "id")).update()
        try await database.schema("periods").field("interruption_reason", .string).update()
        try await database.schema("periods").field("version", .int, .required, .sql(.default(1))).update()
        try await database.schema("periods").field("updated_at", .datetime).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("periods").deleteField("updated_at").update()
        try await database.schema("periods").deleteField("version").update()
        try await database.schema("periods").deleteField("interruption_reason").update()
        try await database.schema("periods").deleteField("decision_id").update()
    }
}
