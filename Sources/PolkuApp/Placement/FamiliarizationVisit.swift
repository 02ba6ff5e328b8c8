import Fluent
import PolkuDomain
import Vapor

/// A familiarization visit (tutustumiskäynti) of a client at a place, before the decision.
final class FamiliarizationVisit: Model, @unchecked Sendable {
    static let schema = "familiarization_visits"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "place_id") var place: WorkActivityPlace
    /// ISO date and Finnish time ("10.00").
    @Field(key: "visit_on") var visitOn: String
    @Field(key: "time_of_day") var timeOfDay: String
    /// Who goes with the client: a team member or another named person.
    @Field(key: "accompanied_by") var accompaniedBy: String
    @OptionalEnum(key: "outcome") var outcome: VisitOutcome?
    @OptionalField(key: "outcome_reason") var outcomeReason: String?
    @OptionalField(key: "notes") var notes: String?
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
