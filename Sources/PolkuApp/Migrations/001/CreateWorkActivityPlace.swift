import Fluent
import SQLKit

struct CreateWorkActivityPlace: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("work_activity_places")
            .id()
            .field("provider_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .field("area_id", .uuid, .references("organizations", "id"))
            .field("municipality_code", .string, .required)
            .field("capacity", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("work_activity_places_provider", on: "work_activity_places", columns: ["provider_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("work_activity_places").delete()
    }
}
