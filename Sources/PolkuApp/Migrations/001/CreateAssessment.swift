import Fluent
import SQLKit

struct CreateAssessment: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("assessments")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("assessed_on", .string, .required)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("needs", .string, .required)
            .field("support_and_guidance", .string)
            .field("other_services", .string, .required)
            .field("other_services_note", .string)
            .field("conclusion", .string, .required)
            .field("conclusion_note", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("assessments_client_date", on: "assessments", columns: ["client_id", "assessed_on"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("assessments").delete()
    }
}
