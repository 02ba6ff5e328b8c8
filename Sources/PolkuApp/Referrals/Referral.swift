import Fluent
import PolkuDomain
import Vapor

/// A referral (lähete) of a client to rehabilitative work activity, from a referrer organization
/// (and user) to the organizer, which accepts, returns or queues it.
final class Referral: Model, @unchecked Sendable {
    static let schema = "referrals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "referrer_organization_id") var referrerOrganization: Organization
    /// Nil when the referral came from an organization without a user of Polku behind it.
    @OptionalParent(key: "referrer_user_id") var referrerUser: User?
    /// The county that covers the client's municipality.
    @Parent(key: "organizer_id") var organizer: Organization
    @Field(key: "reason") var reason: String
    @Enum(key: "urgency") var urgency: Urgency
    /// Where the referral comes from (decision 107).
    @Enum(key: "source") var source: ReferralSource
    /// The client's consent to share information between the referrer and the organizer, recorded either way.
    @Field(key: "consent_to_share") var consentToShare: Bool
    @Enum(key: "state") var state: ReferralState
    /// Required when returned (the return reason); optional otherwise.
    @OptionalField(key: "decision_note") var decisionNote: String?
    /// ISO dates (YYYY-MM-DD) in Helsinki time: compare as text in every database.
    @Field(key: "received_on") var receivedOn: String
    /// The date of the latest decision (queued, then accepted or returned).
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalParent(key: "decided_by_id") var decidedBy: User?
    /// The client had an accepted referral or a period before: a return to the service.
    @Field(key: "is_return") var isReturn: Bool
    /// Optimistic lock: a decision must name the version it read.
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
