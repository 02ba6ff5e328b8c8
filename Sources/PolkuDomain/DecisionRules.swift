import Foundation

/// What a new decision must agree with besides the organizer's policy: the client's other periods and the
/// place's opening days (issue 11, item 3; decision 105). Each is a 409 naming the field to change.
public enum DecisionConflict: Sendable, Equatable {
    /// Another period of the client covers some of the same days: the days and hours would add up past the
    /// week's maximum, and two places would expect the client on one day.
    case overlapsPeriod(startsOn: LocalDate, endsOn: LocalDate)
    /// The decision names weekdays on which the place is closed.
    case placeClosed(on: [Weekday])
    /// More days a week than the place is open (the days agreed at the place).
    case moreDaysThanPlaceOpen(openDays: Int)
    /// The service is always entered through a plan (seed 001): none was made by the decision day.
    case noPlan
    /// Dated after the period's first day, the decision says why (the period began without one).
    case decidedAfterStartWithoutReason
    /// The assessment found the client may not be entitled ("not for everyone"); the decision confirms it with a reason.
    case eligibilityNotConfirmed

    public var field: String {
        switch self {
        case .overlapsPeriod: "startsOn"
        case .placeClosed: "weekdays"
        case .moreDaysThanPlaceOpen: "daysPerWeek"
        case .noPlan: "decidedOn"
        case .decidedAfterStartWithoutReason: "lateReason"
        case .eligibilityNotConfirmed: "eligibilityConfirmation"
        }
    }
}

public enum DecisionRules {
    /// `otherPeriods` are the client's periods as stored (an interrupted or ended one up to the day it was cut
    /// to; a cancelled one, whose last day is before its first, covers no day). `placeOpenDays` empty means the
    /// place has not said (every weekday).
    public static func check(startsOn: LocalDate, endsOn: LocalDate, daysPerWeek: Int, weekdays: [Weekday],
                             placeOpenDays: Set<Weekday>, otherPeriods: [DateRange], hasPlan: Bool = true,
                             decidedOn: LocalDate? = nil, hasLateReason: Bool = false,
                             eligibilityFlags: Set<EligibilityFlag> = [], hasEligibilityConfirmation: Bool = false) -> [DecisionConflict] {
        var conflicts: [DecisionConflict] = []
        if !eligibilityFlags.isEmpty, !hasEligibilityConfirmation { conflicts.append(.eligibilityNotConfirmed) }
        if !hasPlan { conflicts.append(.noPlan) }
        if let decidedOn, startsOn < decidedOn, !hasLateReason { conflicts.append(.decidedAfterStartWithoutReason) }
        if let overlap = otherPeriods.sorted(by: { $0.start < $1.start })
            .first(where: { $0.start <= $0.end && $0.start <= endsOn && startsOn <= $0.end }) {
            conflicts.append(.overlapsPeriod(startsOn: overlap.start, endsOn: overlap.end))
        }
        if !placeOpenDays.isEmpty {
            let closed = weekdays.filter { !placeOpenDays.contains($0) }
            if !closed.isEmpty {
                conflicts.append(.placeClosed(on: closed))
            } else if weekdays.isEmpty, daysPerWeek > placeOpenDays.count {
                conflicts.append(.moreDaysThanPlaceOpen(openDays: placeOpenDays.count))
            }
        }
        return conflicts
    }
}
