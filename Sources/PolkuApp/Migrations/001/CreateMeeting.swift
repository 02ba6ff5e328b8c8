import Fluent
import SQLKit

struct CreateMeeting: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("meets_on", .string, .required)
            .field("time_of_day", .string, .required)
            .field("location", .string, .required)
            .field("participants", .string, .required)
            .field("purpose", .string, .required)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("meetings_client_day", on: "meetings", columns: ["client_id", "meets_on"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("meetings").delete()
    }
}
