import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// An organizer's rules for a span of days, as an administrator saved them. The domain's `Policy`
/// is the value the rules are checked with; this is how it is stored.
final class PolicyRecord: Model, @unchecked Sendable {
    static let schema = "policies"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organizer_id") var organizer: Organization
    /// ISO dates (YYYY-MM-DD), compared as text in every database.
    @Field(key: "valid_from") var validFrom: String
    @OptionalField(key: "valid_to") var validTo: String?
    @Field(key: "min_days_per_week") var minDaysPerWeek: Int
    @Field(key: "max_days_per_week") var maxDaysPerWeek: Int
    @Field(key: "min_minutes_per_day") var minMinutesPerDay: Int
    @Field(key: "max_minutes_per_day") var maxMinutesPerDay: Int
    @Field(key: "max_minutes_per_week") var maxMinutesPerWeek: Int
    @Field(key: "usual_period_months") var usualPeriodMonths: Int
    @Field(key: "max_continuous_months") var maxContinuousMonths: Int
    @Field(key: "break_months") var breakMonths: Int
    @Field(key: "continuation_past_maximum_allowed") var continuationPastMaximumAllowed: Bool
    @Field(key: "compensation_cents_per_day") var compensationCentsPerDay: Int
    @Field(key: "travel_rules") var travelRules: String
    @Field(key: "min_period_months") var minPeriodMonths: Int
    // The timings (decision 114).
    @Field(key: "interim_from_percent") var interimFromPercent: Int
    @Field(key: "final_window_days") var finalWindowDays: Int
    @Field(key: "final_reminded_days_after_end") var finalRemindedDaysAfterEnd: Int
    @Field(key: "first_follow_up_months") var firstFollowUpMonths: Int
    @Field(key: "second_follow_up_months") var secondFollowUpMonths: Int
    @Field(key: "next_step_reminder_days") var nextStepReminderDays: Int
    @Field(key: "continuous_limit_reminder_days") var continuousLimitReminderDays: Int
    @Field(key: "shop_steward_notice_reminder_days") var shopStewardNoticeReminderDays: Int
    @Field(key: "feedback_days_after_end") var feedbackDaysAfterEnd: Int
    @Field(key: "referral_decision_days") var referralDecisionDays: Int
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organizerID: UUID, policy: Policy) {
        self.$organizer.id = organizerID
        self.version = 1
        apply(policy)
    }

    func apply(_ policy: Policy) {
        validFrom = policy.validFrom.isoString
        validTo = policy.validTo?.isoString
        minDaysPerWeek = policy.minDaysPerWeek
        maxDaysPerWeek = policy.maxDaysPerWeek
        minMinutesPerDay = policy.minMinutesPerDay
        maxMinutesPerDay = policy.maxMinutesPerDay
        maxMinutesPerWeek = policy.maxMinutesPerWeek
        usualPeriodMonths = policy.usualPeriodMonths
        maxContinuousMonths = policy.maxContinuousMonths
        breakMonths = policy.breakMonths
        continuationPastMaximumAllowed = policy.continuationPastMaximumAllowed
        compensationCentsPerDay = policy.compensationCentsPerDay
        travelRules = policy.travelRules
        for field in PolicyTimingField.all { self[keyPath: field.record].wrappedValue = policy[keyPath: field.policy] }
    }

    /// Every column a change writes (all but id, version and timestamps).
    var columns: [(String, any Encodable & Sendable)] {
        [("organizer_id", $organizer.id), ("valid_from", validFrom), ("valid_to", validTo),
         ("min_days_per_week", minDaysPerWeek), ("max_days_per_week", maxDaysPerWeek),
         ("min_minutes_per_day", minMinutesPerDay), ("max_minutes_per_day", maxMinutesPerDay),
         ("max_minutes_per_week", maxMinutesPerWeek), ("usual_period_months", usualPeriodMonths),
         ("max_continuous_months", maxContinuousMonths), ("break_months", breakMonths),
         ("continuation_past_maximum_allowed", continuationPastMaximumAllowed),
         ("compensation_cents_per_day", compensationCentsPerDay), ("travel_rules", travelRules)]
            + PolicyTimingField.all.map { self[keyPath: $0.record] }.map { ($0.key.description, $0.wrappedValue) }
    }

    var policy: Policy {
        var policy = Policy(validFrom: LocalDate(isoString: validFrom) ?? LocalDate(year: 2000, month: 1, day: 1)!,
                            validTo: validTo.flatMap(LocalDate.init(isoString:)),
                            minDaysPerWeek: minDaysPerWeek, maxDaysPerWeek: maxDaysPerWeek,
                            minMinutesPerDay: minMinutesPerDay, maxMinutesPerDay: maxMinutesPerDay, maxMinutesPerWeek: maxMinutesPerWeek,
                            usualPeriodMonths: usualPeriodMonths, maxContinuousMonths: maxContinuousMonths, breakMonths: breakMonths,
                            continuationPastMaximumAllowed: continuationPastMaximumAllowed,
                            compensationCentsPerDay: compensationCentsPerDay, travelRules: travelRules)
        for field in PolicyTimingField.all { policy[keyPath: field.policy] = self[keyPath: field.record].wrappedValue }
        return policy
    }

    var timings: PolicyTimings { policy.timings }

    /// Every policy of an organizer, as the book the rules are checked against.
    static func book(for organizerID: UUID, on db: any Database) async throws -> PolicyBook {
        PolicyBook(try await PolicyRecord.query(on: db).filter(\.$organizer.$id == organizerID).all().map(\.policy))
    }
}
