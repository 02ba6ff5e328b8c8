import Fluent
import SQLKit

struct CreateTeamMember: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("team_members")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("user_id", .uuid, .references("users", "id"))
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("organization_name", .string, .required)
            .field("contact", .string, .required)
            .field("is_responsible", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("team_members_client", on: "team_members", columns: ["client_id"])
        try await database.createIndex("team_members_user", on: "team_members", columns: ["user_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("team_members").delete()
    }
}
