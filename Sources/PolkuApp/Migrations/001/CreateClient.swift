import Fluent
import SQLKit

struct CreateClient: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("clients")
            .id()
            .field("first_name", .string, .required)
            .field("last_name", .string, .required)
            .field("search_name", .string, .required)
            .field("pic_ciphertext", .string, .required)
            .field("pic_lookup", .string, .required)
            .field("birth_date", .string, .required)
            .field("municipality_code", .string, .required)
            .field("language", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "pic_lookup")
            .create()
        try await database.createIndex("clients_municipality_name", on: "clients", columns: ["municipality_code", "search_name"])
        try await database.createIndex("clients_search_name", on: "clients", columns: ["search_name"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("clients").delete()
    }
}
