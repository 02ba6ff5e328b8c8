import Fluent

/// Organizers after the reform (decision 120): the days an organization organizes the service. Existing
/// counties keep organizing with no first or last day; existing municipalities organize nothing until given
/// a first day.
struct AddOrganizerDays: AsyncMigration {
    func prepare(on database: Database) async throws {
        // One column a statement: SQLite adds one at a time.
        try await database.schema(Organization.schema).field("organizes_from", .string).update()
        try await database.schema(Organization.schema).field("organizes_until", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Organization.schema).deleteField("organizes_until").update()
        try await database.schema(Organization.schema).deleteField("organizes_from").update()
    }
}
