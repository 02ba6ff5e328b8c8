import Fluent

/// Trainings and certificates gained during a period (issue 13 item 9).
struct CreateAchievement: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Achievement.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id"))
            .field("period_id", .uuid, .references(Period.schema, "id"))
            .field("kind", .string, .required)
            .field("name", .string)
            .field("description", .string)
            .field("gained_on", .string, .required)
            .field("valid_until", .string)
            .field("granted_by", .string, .required)
            .field("author_id", .uuid, .required, .references(User.schema, "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("achievements_client", on: Achievement.schema, columns: ["client_id", "gained_on"])
        try await database.createIndex("achievements_period", on: Achievement.schema, columns: ["period_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(Achievement.schema).delete()
    }
}
