import Fluent
import PolkuDomain
import Vapor

/// The decision (päätös) on rehabilitative work activity: who decided, when, for which place,
/// days and hours, with the appeal instructions. Each decision starts one period.
final class Decision: Model, @unchecked Sendable {
    static let schema = "decisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "decision_maker_id") var decisionMaker: User
    @Field(key: "decided_on") var decidedOn: String
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @Parent(key: "place_id") var place: WorkActivityPlace
    @Field(key: "days_per_week") var daysPerWeek: Int
    @Field(key: "minutes_per_day") var minutesPerDay: Int
    /// ISO weekday numbers, comma-separated; empty when the days are agreed at the place.
    @Field(key: "weekdays") var weekdays: String
    @Field(key: "appeal_instructions") var appealInstructions: String
    /// Why the decision is dated after its period's first day (decision 109); nil when it is not.
    @OptionalField(key: "late_reason") var lateReason: String?
    /// Why the service is arranged although the assessment found the client may not be entitled (decision 112).
    @OptionalField(key: "eligibility_confirmation") var eligibilityConfirmation: String?
    /// The case number given when the decision was made (`KTT-2026-000123`, decision 200); nil for decisions made
    /// before case numbers.
    @OptionalField(key: "case_number") var caseNumber: String?
    /// How the decision is notified to the client (`DecisionNotification`); nil is by post (decision 201).
    @OptionalField(key: "notification") var notification: String?
    /// The law and sections the decision cites, as in force on its day in the client's language (decision 202);
    /// nil for decisions made before: they print the built-in text.
    @OptionalField(key: "legal_basis") var legalBasis: String?
    /// The decision maker's title when the decision was made, if their account names one (decision 203).
    @OptionalField(key: "decision_maker_title") var decisionMakerTitle: String?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The client contract on the uniform form (seed 003), accepted by the client, the place and the organizer.
final class Contract: Model, @unchecked Sendable {
    static let schema = "contracts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: Period
    @Parent(key: "client_id") var client: Client
    @Field(key: "tasks") var tasks: String
    @Field(key: "goals") var goals: String
    @Field(key: "travel") var travel: String
    @Field(key: "insurance") var insurance: String
    @Field(key: "confidentiality") var confidentiality: String
    /// The organizer's instructions for the place, as in force on the decision day (decision 123).
    @OptionalField(key: "provider_instructions") var providerInstructions: String?
    @Field(key: "compensation_cents_per_day") var compensationCentsPerDay: Int
    @OptionalField(key: "client_accepted_on") var clientAcceptedOn: String?
    @OptionalField(key: "place_accepted_on") var placeAcceptedOn: String?
    @OptionalField(key: "place_accepted_by") var placeAcceptedBy: String?
    @OptionalField(key: "organizer_accepted_on") var organizerAcceptedOn: String?
    @OptionalField(key: "organizer_accepted_by") var organizerAcceptedBy: String?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var isAccepted: Bool { clientAcceptedOn != nil && placeAcceptedOn != nil && organizerAcceptedOn != nil }
}
