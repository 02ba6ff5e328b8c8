import Fluent
import SQLKit

struct CreateFamiliarizationVisit: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("familiarization_visits")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("place_id", .uuid, .required, .references("work_activity_places", "id"))
            .field("visit_on", .string, .required)
            .field("time_of_day", .string, .required)
            .field("accompanied_by", .string, .required)
            .field("outcome", .string)
            .field("outcome_reason", .string)
            .field("notes", .string)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("familiarization_visits_place_day", on: "familiarization_visits", columns: ["place_id", "visit_on"])
        try await database.createIndex("familiarization_visits_client", on: "familiarization_visits", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("familiarization_visits").delete()
    }
}
