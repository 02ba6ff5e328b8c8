import Fluent
import SQLKit

struct CreatePeriod: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("periods")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("place_id", .uuid, .required, .references("work_activity_places", "id"))
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("periods_place_end", on: "periods", columns: ["place_id", "ends_on"])
        try await database.createIndex("periods_client", on: "periods", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("periods").delete()
    }
}
