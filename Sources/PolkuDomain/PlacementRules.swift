import Foundation

/// The notice to the workplace's shop steward (pääluottamusmies) before a client starts in the county's
/// own production, so that the activity is seen not to replace paid work.
public enum ShopStewardNotice {
    /// A notice dated after the first day is recorded but flagged late.
    public static func isLate(notifiedOn: LocalDate, periodStartsOn: LocalDate) -> Bool {
        notifiedOn > periodStartsOn
    }
}

/// Whether a client is expected at the place on a day: on the weekdays the decision names, or, when it
/// leaves them to be agreed at the place, every working day for five days a week and "on some days" for fewer.
public enum Attendance {
    public enum Expectation: String, Sendable, Equatable {
        case expected, someDays, notExpected
    }

    public static func expectation(on day: LocalDate, period: DateRange, status: PeriodStatus, daysPerWeek: Int,
                                   weekdays: [Weekday] = []) -> Expectation {
        guard status == .active || status == .planned, period.contains(day), FinnishCalendar.isWorkingDay(day) else { return .notExpected }
        if !weekdays.isEmpty { return weekdays.contains(day.weekday) ? .expected : .notExpected }
        return daysPerWeek >= 5 ? .expected : .someDays
    }
}

/// How a familiarization visit went (seed 003: the visit comes before the decision).
public enum VisitOutcome: String, Sendable, Codable, CaseIterable {
    /// The client and the place want to continue to a decision.
    case wentWell
    /// Not suitable; the reason is required.
    case notSuitable
    case didNotCome
}
