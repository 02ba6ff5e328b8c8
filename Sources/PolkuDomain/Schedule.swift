import Foundation

/// The agreed weekly rhythm of one period, as written in the plan and the contract.
public struct Schedule: Sendable, Codable, Equatable {
    public var daysPerWeek: Int
    public var minutesPerDay: Int

    /// What a form or the API may give at all; the organizer's rules narrow it (`PolicyRules`).
    public static let daysPerWeekRange = 1...7
    public static let minutesPerDayRange = 1...1440
    public static let minutesPerWeekRange = 1...10_080

    public init(daysPerWeek: Int, minutesPerDay: Int) {
        self.daysPerWeek = daysPerWeek
        self.minutesPerDay = minutesPerDay
    }

    /// Saturates instead of trapping: the values come straight from a form, and absurd input must
    /// end as a violation, never as a crash.
    public var minutesPerWeek: Int {
        let (product, overflow) = daysPerWeek.multipliedReportingOverflow(by: minutesPerDay)
        guard overflow else { return product }
        return (daysPerWeek < 0) == (minutesPerDay < 0) ? .max : .min
    }
}
