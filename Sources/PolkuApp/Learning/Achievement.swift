import Fluent
import PolkuDomain
import Vapor

/// A training, card or certificate the client gained (issue 13 item 9; seed 002): a hygiene passport, an
/// occupational safety card, the place's competence certificate… It belongs to the client and, where one
/// applies, to the period during which it was gained, whose certificate prints it.
final class Achievement: Model, @unchecked Sendable {
    static let schema = "achievements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    /// The period during which it was gained, if any: the certificate of that period lists it.
    @OptionalParent(key: "period_id") var period: Period?
    @Enum(key: "kind") var kind: AchievementKind
    /// What exactly: the course's or card's name ("EA1", "Trukkikortti A-luokka"); needed for other trainings.
    @OptionalField(key: "name") var name: String?
    /// What was learned: the tasks and skills (the competence certificate's content).
    @OptionalField(key: "description") var details: String?
    /// ISO dates (YYYY-MM-DD).
    @Field(key: "gained_on") var gainedOn: String
    @OptionalField(key: "valid_until") var validUntil: String?
    /// Who granted it: the place, the organizer or the training's provider.
    @Field(key: "granted_by") var grantedBy: String
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
