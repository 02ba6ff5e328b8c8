import Foundation

/// The rules of one organizer for a span of days. The law is being rewritten (HE 109/2025, the move
/// to the municipalities), so the rules are dated data that an administrator maintains, never
/// constants in code: the only place the current values appear is as the defaults below.
public struct Policy: Sendable, Codable, Equatable {
    /// First day the rules apply.
    public var validFrom: LocalDate
    /// Last day the rules apply (inclusive); nil until a successor is decided.
    public var validTo: LocalDate?
    public var minDaysPerWeek: Int
    public var maxDaysPerWeek: Int
    public var minMinutesPerDay: Int
    public var maxMinutesPerDay: Int
    public var maxMinutesPerWeek: Int
    /// Length of a usual period, proposed as the end date when a period is planned.
    public var usualPeriodMonths: Int
    /// The shortest period a decision may make, unless the continuous maximum leaves less (seeds: 3 months).
    public var minPeriodMonths: Int
    /// Longest continuous run of periods before a break is required.
    public var maxContinuousMonths: Int
    /// A gap at least this long ends a continuous run; also the break required after the maximum.
    public var breakMonths: Int
    /// Some organizers let the responsible worker continue past the maximum case by case.
    public var continuationPastMaximumAllowed: Bool
    /// Kulukorvaus / toimintaraha per attended day.
    public var compensationCentsPerDay: Int
    /// Travel compensation varies by area (ticket, card, km or bicycle allowance); shown as written.
    public var travelRules: String
    /// When evaluations, follow-ups, reminders and feedback fall due.
    public var timings: PolicyTimings

    /// The defaults are law 189/2001 with 142/2015 (1–4 days, 4–8 h a day, at most 32 h a week,
    /// 9 € a day) and Helsinki's practice (3-month periods, 24 continuous months, then a 3-month break).
    public init(validFrom: LocalDate, validTo: LocalDate? = nil,
                minDaysPerWeek: Int = 1, maxDaysPerWeek: Int = 4,
                minMinutesPerDay: Int = 240, maxMinutesPerDay: Int = 480, maxMinutesPerWeek: Int = 1920,
                usualPeriodMonths: Int = 3, maxContinuousMonths: Int = 24, breakMonths: Int = 3,
                continuationPastMaximumAllowed: Bool = false,
                compensationCentsPerDay: Int = 900, travelRules: String = "",
                minPeriodMonths: Int = 3, timings: PolicyTimings = PolicyTimings()) {
        self.validFrom = validFrom
        self.validTo = validTo
        self.minDaysPerWeek = minDaysPerWeek
        self.maxDaysPerWeek = maxDaysPerWeek
        self.minMinutesPerDay = minMinutesPerDay
        self.maxMinutesPerDay = maxMinutesPerDay
        self.maxMinutesPerWeek = maxMinutesPerWeek
        self.usualPeriodMonths = usualPeriodMonths
        self.maxContinuousMonths = maxContinuousMonths
        self.breakMonths = breakMonths
        self.continuationPastMaximumAllowed = continuationPastMaximumAllowed
        self.compensationCentsPerDay = compensationCentsPerDay
        self.travelRules = travelRules
        self.minPeriodMonths = minPeriodMonths
        self.timings = timings
    }

    /// The rules as the law and Helsinki's practice stand, open-ended from `validFrom`;
    /// what a new organizer starts from before an administrator adjusts it.
    public static func legalDefaults(validFrom: LocalDate) -> Policy {
        Policy(validFrom: validFrom)
    }

    public func isInForce(on date: LocalDate) -> Bool {
        guard validFrom <= date else { return false }
        guard let validTo else { return true }
        return date <= validTo
    }

    /// Whether the two spans of days share at least one day.
    func overlaps(_ other: Policy) -> Bool {
        // An open end reaches past every other date.
        let endsAfterOtherStarts = validTo.map { other.validFrom <= $0 } ?? true
        let otherEndsAfterThisStarts = other.validTo.map { validFrom <= $0 } ?? true
        return endsAfterOtherStarts && otherEndsAfterThisStarts
    }
}
