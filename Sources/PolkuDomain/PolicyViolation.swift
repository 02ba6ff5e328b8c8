import Foundation

/// Why a schedule or a period breaks the organizer's rules. The app turns `code` into a localized
/// message filled with `values` and shows it next to `field`, so the enum carries the limit that
/// was broken rather than a sentence.
public enum PolicyViolation: Sendable, Equatable {
    case daysPerWeekBelowMinimum(min: Int)
    case daysPerWeekAboveMaximum(max: Int)
    case minutesPerDayBelowMinimum(min: Int)
    case minutesPerDayAboveMaximum(max: Int)
    case minutesPerWeekAboveMaximum(max: Int)
    case noPolicyInForce(on: LocalDate)
    /// The run that the period would join started on `runStartedOn` and may last until `lastAllowedDay`.
    case continuousDurationExceeded(maxMonths: Int, runStartedOn: LocalDate, lastAllowedDay: LocalDate)
    /// The maximum has been reached; `until` is the first day a new period may start.
    case breakRequired(until: LocalDate)
    case periodEndsBeforeStart
    /// Shorter than the policy's minimum; `earliestEnd` is the first day it may end (the minimum's last day, or
    /// the continuous run's last allowed day when that comes first).
    case periodShorterThanMinimum(minMonths: Int, earliestEnd: LocalDate)

    /// Stable key for translations and the API; never rename one.
    public var code: String {
        switch self {
        case .daysPerWeekBelowMinimum: "daysPerWeekBelowMinimum"
        case .daysPerWeekAboveMaximum: "daysPerWeekAboveMaximum"
        case .minutesPerDayBelowMinimum: "minutesPerDayBelowMinimum"
        case .minutesPerDayAboveMaximum: "minutesPerDayAboveMaximum"
        case .minutesPerWeekAboveMaximum: "minutesPerWeekAboveMaximum"
        case .noPolicyInForce: "noPolicyInForce"
        case .continuousDurationExceeded: "continuousDurationExceeded"
        case .breakRequired: "breakRequired"
        case .periodEndsBeforeStart: "periodEndsBeforeStart"
        case .periodShorterThanMinimum: "periodShorterThanMinimum"
        }
    }

    /// The input the message belongs to.
    public var field: String {
        switch self {
        case .daysPerWeekBelowMinimum, .daysPerWeekAboveMaximum: "daysPerWeek"
        // The weekly total is days × hours; the hours are what is usually adjusted to fit it.
        case .minutesPerDayBelowMinimum, .minutesPerDayAboveMaximum, .minutesPerWeekAboveMaximum: "minutesPerDay"
        // Rules are looked up by the start day, and a later start is how a break is kept.
        case .noPolicyInForce, .breakRequired: "startsOn"
        // Shortening the period is how the maximum is kept and an inverted range is put right.
        case .continuousDurationExceeded, .periodEndsBeforeStart, .periodShorterThanMinimum: "endsOn"
        }
    }

    /// Message parameters: numbers in plain digits, dates as ISO strings for the app to format per language.
    public var values: [String: String] {
        switch self {
        case .daysPerWeekBelowMinimum(let min), .minutesPerDayBelowMinimum(let min):
            ["min": String(min)]
        case .daysPerWeekAboveMaximum(let max), .minutesPerDayAboveMaximum(let max),
             .minutesPerWeekAboveMaximum(let max):
            ["max": String(max)]
        case .noPolicyInForce(let date):
            ["date": date.isoString]
        case .continuousDurationExceeded(let maxMonths, let runStartedOn, let lastAllowedDay):
            ["maxMonths": String(maxMonths), "runStartedOn": runStartedOn.isoString,
             "lastAllowedDay": lastAllowedDay.isoString]
        case .breakRequired(let until):
            ["until": until.isoString]
        case .periodEndsBeforeStart:
            [:]
        case .periodShorterThanMinimum(let minMonths, let earliestEnd):
            ["minMonths": String(minMonths), "earliestEnd": earliestEnd.isoString]
        }
    }
}
