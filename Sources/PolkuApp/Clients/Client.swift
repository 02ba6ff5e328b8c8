import Fluent
import Vapor

/// A client of rehabilitative work activity. The personal identity code is stored encrypted,
/// with a keyed hash for exact look-ups; names are kept for search.
final class Client: Model, @unchecked Sendable {
    static let schema = "clients"

    @ID(key: .id) var id: UUID?
    @Field(key: "first_name") var firstName: String
    @Field(key: "last_name") var lastName: String
    /// Lower-cased "last first", for case-insensitive search in any database.
    @Field(key: "search_name") var searchName: String
    @Field(key: "pic_ciphertext") var picCiphertext: String
    @Field(key: "pic_lookup") var picLookup: String
    /// ISO date, derived from the identity code.
    @Field(key: "birth_date") var birthDate: String
    @Field(key: "municipality_code") var municipalityCode: String
    @Field(key: "language") var language: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    /// Optimistic lock: a save must name the version it read.
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    static func searchName(first: String, last: String) -> String {
        "\(last) \(first)".lowercased()
    }
}
