import Fluent
import PolkuDomain
import Vapor

/// A member of a client's multi-professional team: a Polku user, or someone outside Polku (a Kela
/// work-ability advisor, a health nurse) by name. One member is the responsible worker (omatyöntekijä).
final class TeamMember: Model, @unchecked Sendable {
    static let schema = "team_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @OptionalParent(key: "user_id") var user: User?
    @Field(key: "name") var name: String
    @Enum(key: "role") var role: TeamRole
    @OptionalParent(key: "organization_id") var organization: Organization?
    /// For members outside Polku's organizations.
    @Field(key: "organization_name") var organizationName: String
    @Field(key: "contact") var contact: String
    @Field(key: "is_responsible") var isResponsible: Bool
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
