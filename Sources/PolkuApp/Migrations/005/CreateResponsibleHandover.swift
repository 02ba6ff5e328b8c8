import Fluent

struct CreateResponsibleHandover: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ResponsibleHandover.schema)
            .id()
            .field("client_id", .uuid, .required, .references(Client.schema, "id"))
            .field("from_name", .string)
            .field("to_name", .string, .required)
            .field("handed_over_on", .string, .required)
            .field("recorded_by_id", .uuid, .required, .references(User.schema, "id"))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("responsible_handovers_client", on: ResponsibleHandover.schema, columns: ["client_id", "created_at"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(ResponsibleHandover.schema).delete()
    }
}
