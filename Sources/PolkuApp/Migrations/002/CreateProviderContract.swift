import Fluent
import SQLKit

/// The county's contract with a provider: validity, the places it covers, the price per client
/// day where the service is bought, and the provider's contact person.
struct CreateProviderContract: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("provider_contracts")
            .id()
            .field("provider_id", .uuid, .required, .references("organizations", "id"))
            .field("valid_from", .string, .required)
            .field("valid_to", .string)
            .field("price_cents_per_day", .int)
            .field("contact_name", .string, .required)
            .field("contact_phone", .string)
            .field("contact_email", .string)
            .field("notes", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("provider_contracts_provider", on: "provider_contracts", columns: ["provider_id", "valid_from"])
        try await database.schema("provider_contract_places")
            .id()
            .field("contract_id", .uuid, .required, .references("provider_contracts", "id", onDelete: .cascade))
            .field("place_id", .uuid, .required, .references("work_activity_places", "id"))
            .unique(on: "contract_id", "place_id")
            .create()
        try await database.createIndex("provider_contract_places_place", on: "provider_contract_places", columns: ["place_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("provider_contract_places").delete()
        try await database.schema("provider_contracts").delete()
    }
}
