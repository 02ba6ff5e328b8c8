import Fluent
import SQLKit

struct CreateUser: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("users")
            .id()
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("client_id", .uuid, .references("clients", "id"))
            .field("language", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
        try await database.createIndex("users_organization_id", on: "users", columns: ["organization_id"])
        try await database.createIndex("users_client_id", on: "users", columns: ["client_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("users").delete()
    }
}
