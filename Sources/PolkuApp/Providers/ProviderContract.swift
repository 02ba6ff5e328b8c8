import Fluent
import Vapor

/// The county's contract with a provider: validity, places covered, the price per client day
/// where the service is bought (cents), and the provider's contact person.
final class ProviderContract: Model, @unchecked Sendable {
    static let schema = "provider_contracts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: Organization
    /// ISO dates: compare as text in every database.
    @Field(key: "valid_from") var validFrom: String
    @OptionalField(key: "valid_to") var validTo: String?
    @OptionalField(key: "price_cents_per_day") var priceCentsPerDay: Int?
    @Field(key: "contact_name") var contactName: String
    @OptionalField(key: "contact_phone") var contactPhone: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// A place a provider contract covers.
final class ProviderContractPlace: Model, @unchecked Sendable {
    static let schema = "provider_contract_places"

    @ID(key: .id) var id: UUID?
    @Parent(key: "contract_id") var contract: ProviderContract
    @Parent(key: "place_id") var place: WorkActivityPlace

    init() {}

    init(contractID: UUID, placeID: UUID) {
        self.$contract.id = contractID
        self.$place.id = placeID
    }
}
