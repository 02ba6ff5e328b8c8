import Fluent
import PolkuDomain
import Vapor

/// An administrator's policy, from the form (hours, Finnish dates) or the API (minutes, ISO dates).
struct PolicyInput: Content {
    var organizerId: UUID?
    var validFrom: String?
    var validTo: String?
    var minDaysPerWeek: Int?
    var maxDaysPerWeek: Int?
    var minMinutesPerDay: Int?
    var maxMinutesPerDay: Int?
    var maxMinutesPerWeek: Int?
    var usualPeriodMonths: Int?
    var maxContinuousMonths: Int?
    var breakMonths: Int?
    var continuationPastMaximumAllowed: Bool?
    var compensationCentsPerDay: Int?
    var travelRules: String?
    var minPeriodMonths: Int?
    var interimFromPercent: Int?
    var finalWindowDays: Int?
    var finalRemindedDaysAfterEnd: Int?
    var firstFollowUpMonths: Int?
    var secondFollowUpMonths: Int?
    var nextStepReminderDays: Int?
    var continuousLimitReminderDays: Int?
    var shopStewardNoticeReminderDays: Int?
    var feedbackDaysAfterEnd: Int?
    /// A referral waiting longer is late on the front page (decision 181); left out, 14.
    var referralDecisionDays: Int?
    /// The version read; required when changing a policy.
    var version: Int?

    /// Bounds of what can be written at all; the law and the organizer's practice are far inside them.
    static let periodMonthsRange = 1...120
    static let continuousMonthsRange = 1...600
    static let compensationRange = 0...100_000
    static let maxTravelRulesLength = 4000

    init(_ policy: Policy, organizerID: UUID?, version: Int?) {
        organizerId = organizerID
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
        self.version = version
        for field in PolicyTimingField.all { self[keyPath: field.input] = policy[keyPath: field.policy] }
    }

    /// Checks every field; the organizer must be an organizer of the service (decision 120).
    func validated(organizers: [Organization], noted: [FieldProblem] = []) throws -> (organizerID: UUID, policy: Policy) {
        var v = Validator(noted: noted)
        if organizerId == nil { v.add("organizerId", .errorRequired) }
        else if !organizers.contains(where: { $0.id == organizerId && $0.isOrganizer }) { v.add("organizerId", .errorInvalidChoice) }
        let from = v.date("validFrom", validFrom, required: true)
        let to = v.date("validTo", validTo, required: false)
        if let from, let to, to < from { v.add("validTo", .errorEndBeforeStart) }
        func number(_ field: String, _ value: Int?, _ range: ClosedRange<Int>) -> Int {
            guard let value else {
                if !v.hasProblem(field) { v.add(field, .errorRequired) }
                return range.lowerBound
            }
            if !range.contains(value) { v.add(field, .errorNumberRange, ["min": "\(range.lowerBound)", "max": "\(range.upperBound)"]) }
            return value
        }
        let minDays = number("minDaysPerWeek", minDaysPerWeek, Schedule.daysPerWeekRange)
        let maxDays = number("maxDaysPerWeek", maxDaysPerWeek, Schedule.daysPerWeekRange)
        if minDays > maxDays { v.add("maxDaysPerWeek", .errorMaxBelowMin) }
        let minMinutes = number("minMinutesPerDay", minMinutesPerDay, Schedule.minutesPerDayRange)
        let maxMinutes = number("maxMinutesPerDay", maxMinutesPerDay, Schedule.minutesPerDayRange)
        if minMinutes > maxMinutes { v.add("maxMinutesPerDay", .errorMaxBelowMin) }
        let weekly = number("maxMinutesPerWeek", maxMinutesPerWeek, Schedule.minutesPerWeekRange)
        // A week holds 7 days and a day 24 hours (the ranges above); the fewest days at the fewest hours must also fit
        // the week's maximum, or no schedule could keep the rules (issue 13, item 2).
        if minDays * minMinutes > weekly, !["minDaysPerWeek", "minMinutesPerDay", "maxMinutesPerWeek"].contains(where: v.hasProblem) {
            v.add("maxMinutesPerWeek", .errorWeekBelowMinimumWeek,
                  ["days": "\(minDays)", "hours": PolicyForm.hours(minMinutes), "week": PolicyForm.hours(minDays * minMinutes)])
        }
        let usual = number("usualPeriodMonths", usualPeriodMonths, Self.periodMonthsRange)
        let maxContinuous = number("maxContinuousMonths", maxContinuousMonths, Self.continuousMonthsRange)
        let breakLength = number("breakMonths", breakMonths, Self.periodMonthsRange)
        let compensation = number("compensationCentsPerDay", compensationCentsPerDay, Self.compensationRange)
        let travel = travelRules ?? ""
        if TextRules.length(travel) > Self.maxTravelRulesLength { v.add("travelRules", .errorTooLong, ["max": "\(Self.maxTravelRulesLength)"]) }
        // Built before the checks end so that the timings are checked against the durations; returned only if all pass.
        var policy = Policy(validFrom: from ?? LocalDate(year: 2000, month: 1, day: 1)!, validTo: to, minDaysPerWeek: minDays,
                            maxDaysPerWeek: maxDays, minMinutesPerDay: minMinutes, maxMinutesPerDay: maxMinutes, maxMinutesPerWeek: weekly,
                            usualPeriodMonths: usual, maxContinuousMonths: maxContinuous, breakMonths: breakLength,
                            continuationPastMaximumAllowed: continuationPastMaximumAllowed ?? false,
                            compensationCentsPerDay: compensation, travelRules: travel)
        validateTimings(&v, into: &policy)
        try v.finish()
        return (organizerId!, policy)
    }
}

extension Validator {
    /// A date as ISO (2026-03-01) or Finnish (1.3.2026).
    mutating func date(_ field: String, _ value: String?, required: Bool) -> LocalDate? {
        let text = value?.trimmingCharacters(in: .whitespaces) ?? ""
        if text.isEmpty {
            if required { add(field, .errorRequired) }
            return nil
        }
        switch FinnishFormat.readDate(text) {
        case .date(let date): return date
        // 31.2.2026 is written as a date, of a day no calendar has (issue 13, item 2).
        case .noSuchDate: add(field, .errorNoSuchDate, ["date": text]); return nil
        case .malformed: add(field, .errorDate); return nil
        }
    }
}
