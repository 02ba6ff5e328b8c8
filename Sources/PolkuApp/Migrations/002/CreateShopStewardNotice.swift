import Fluent
import SQLKit

struct CreateShopStewardNotice: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("shop_steward_notices")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("notified_on", .string, .required)
            .field("recipient", .string, .required)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "period_id")
            .create()
        try await database.createIndex("shop_steward_notices_client", on: "shop_steward_notices", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("shop_steward_notices").delete()
    }
}
