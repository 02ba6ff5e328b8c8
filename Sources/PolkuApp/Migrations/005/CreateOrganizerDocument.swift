import Fluent

/// The organizer's own dated texts (decision 123), and the provider instructions a contract printed. Contracts
/// made before have none stored; they print the built-in text.
struct CreateOrganizerDocument: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(OrganizerDocument.schema)
            .id()
            .field("organizer_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("kind", .string, .required)
            .field("valid_from", .string, .required)
            .field("text_fi", .string, .required)
            .field("text_sv", .string, .required)
            .field("text_en", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organizer_id", "kind", "valid_from")
            .create()
        try await database.schema(Contract.schema).field("provider_instructions", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Contract.schema).deleteField("provider_instructions").update()
        try await database.schema(OrganizerDocument.schema).delete()
    }
}
