import Fluent

/// The other administrative decisions of the path (issue 13, item 4; decision 207): refusing the service, changing a
/// period's days or place, ending it. Each has its case number from the same counter as the decisions that start
/// periods.
struct CreatePathDecision: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("path_decisions")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("kind", .string, .required)
            .field("case_number", .string, .required)
            .field("decided_on", .string, .required)
            .field("decision_maker_id", .uuid, .required, .references("users", "id"))
            .field("decision_maker_title", .string)
            .field("notification", .string, .required)
            .field("reasons", .string, .required)
            .field("legal_basis", .string, .required)
            .field("appeal_instructions", .string, .required)
            .field("decision_id", .uuid, .references("decisions", "id"))
            .field("effective_on", .string)
            .field("days_per_week", .int)
            .field("minutes_per_day", .int)
            .field("place_id", .uuid, .references("work_activity_places", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("path_decisions").delete()
    }
}
