import Fluent
import PolkuDomain
import Vapor

/// A person who signs in: a professional of some organization, or a client.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Enum(key: "role") var role: Role
    @OptionalParent(key: "organization_id") var organization: Organization?
    /// For the client role: the client record this user is.
    @OptionalParent(key: "client_id") var client: Client?
    @Field(key: "language") var language: String
    @Field(key: "is_active") var isActive: Bool
    /// The title a decision prints after the decision maker's name ("johtava sosiaalityöntekijä"); without one,
    /// the role's name (decision 203).
    @OptionalField(key: "title") var title: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, email: String, name: String, passwordHash: String, role: Role,
         organizationID: UUID?, clientID: UUID? = nil, language: Language = .fi) {
        self.id = id
        self.email = email.lowercased()
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
        self.$organization.id = organizationID
        self.$client.id = clientID
        self.language = language.rawValue
        self.isActive = true
    }
}

extension User: ModelSessionAuthenticatable {}

extension User {
    func requireID() throws -> UUID {
        guard let id else { throw Abort(.internalServerError, reason: "user without id") }
        return id
    }
}
