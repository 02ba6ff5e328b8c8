import Fluent
import SQLKit

struct CreateEvaluation: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("evaluations")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("kind", .string, .required)
            .field("perspective", .string, .required)
            .field("evaluated_on", .string, .required)
            .field("plan_id", .uuid, .references("plans", "id"))
            .field("plan_version_number", .int)
            .field("goals", .string, .required)
            .field("topics", .string, .required)
            .field("strengths", .string)
            .field("support_needed", .string)
            .field("went_well", .string)
            .field("to_develop", .string)
            .field("next_step", .string)
            .field("next_step_note", .string)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One per period, kind and perspective; also the index for a period's evaluations.
            .unique(on: "period_id", "kind", "perspective")
            .create()
        try await database.createIndex("evaluations_client", on: "evaluations", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("evaluations").delete()
    }
}
