import Fluent
import SQLKit

struct CreateOrganization: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("organizations")
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references("organizations", "id"))
            .field("municipality_code", .string)
            .field("provider_kind", .string)
            .field("organization_form", .string)
            .field("covered_municipality_codes", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("organizations_parent_id", on: "organizations", columns: ["parent_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("organizations").delete()
    }
}
