import Fluent
import SQLKit

struct CreateReferral: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("referrals")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("referrer_organization_id", .uuid, .required, .references("organizations", "id"))
            .field("referrer_user_id", .uuid, .references("users", "id"))
            .field("organizer_id", .uuid, .required, .references("organizations", "id"))
            .field("reason", .string, .required)
            .field("urgency", .string, .required)
            .field("consent_to_share", .bool, .required)
            .field("state", .string, .required)
            .field("decision_note", .string)
            .field("received_on", .string, .required)
            .field("decided_on", .string)
            .field("decided_by_id", .uuid, .references("users", "id"))
            .field("is_return", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        // The organizer's queue by state, oldest first; a client's referrals; what an organization sent.
        try await database.createIndex("referrals_organizer_state_received", on: "referrals",
                                       columns: ["organizer_id", "state", "received_on"])
        try await database.createIndex("referrals_client", on: "referrals", columns: ["client_id"])
        try await database.createIndex("referrals_referrer_received", on: "referrals",
                                       columns: ["referrer_organization_id", "received_on"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("referrals").delete()
    }
}
