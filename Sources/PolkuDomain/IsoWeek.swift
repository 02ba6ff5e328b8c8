import Foundation

/// An ISO 8601 week: Monday to Sunday, numbered so that week 1 holds the year's first Thursday.
/// The last days of December may belong to week 1 of the next year, the first days of January to
/// week 52 or 53 of the previous one.
public struct IsoWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int
    public let monday: LocalDate

    public init(containing date: LocalDate) {
        let monday = date.adding(days: 1 - date.weekday.rawValue)
        // The week belongs to the year of its Thursday.
        let thursday = monday.adding(days: 3)
        let januaryFirst = LocalDate(year: thursday.year, month: 1, day: 1)!
        self.year = thursday.year
        self.week = januaryFirst.days(until: thursday) / 7 + 1
        self.monday = monday
    }

    public var sunday: LocalDate { monday.adding(days: 6) }
    public var next: IsoWeek { IsoWeek(containing: monday.adding(days: 7)) }

    /// `count` consecutive weeks starting with the one holding `date`.
    public static func weeks(from date: LocalDate, count: Int) -> [IsoWeek] {
        var weeks: [IsoWeek] = []
        var week = IsoWeek(containing: date)
        for _ in 0..<max(0, count) {
            weeks.append(week)
            week = week.next
        }
        return weeks
    }

    /// "2026-W53", as ISO writes it.
    public var description: String { "\(year)-W" + (week < 10 ? "0" : "") + "\(week)" }

    public static func < (lhs: IsoWeek, rhs: IsoWeek) -> Bool { lhs.monday < rhs.monday }
}
