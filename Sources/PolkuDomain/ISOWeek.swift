import Foundation

/// An ISO 8601 week, Monday to Sunday, as Finnish calendars number them ("viikko 22"): week 1 holds the
/// year's first Thursday. The last days of December may belong to week 1 of the next year, the first
/// days of January to week 52 or 53 of the previous one.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int
    public let monday: LocalDate

    /// The week `date` belongs to: the year of its Thursday.
    public init(containing date: LocalDate) {
        let monday = date.adding(days: 1 - date.weekday.rawValue)
        let thursday = monday.adding(days: 3)
        let januaryFirst = LocalDate(year: thursday.year, month: 1, day: 1)!
        self.year = thursday.year
        self.week = januaryFirst.days(until: thursday) / 7 + 1
        self.monday = monday
    }

    /// Nil for a week the year does not have (week 53 of most years, week 0).
    public init?(year: Int, week: Int) {
        guard (1...9998).contains(year), (1...53).contains(week) else { return nil }
        let january4 = LocalDate(year: year, month: 1, day: 4)!
        let monday = january4.adding(days: 1 - january4.weekday.rawValue + (week - 1) * 7)
        let found = ISOWeek(containing: monday)
        guard found.year == year, found.week == week else { return nil }
        self = found
    }

    /// "2026-W22", the form of HTML week inputs; also accepts "2026-W5".
    public init?(isoString: String) {
        let parts = isoString.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].first == "W", (2...3).contains(parts[1].count),
              let year = Int(parts[0]), let week = Int(parts[1].dropFirst()), parts[1].dropFirst().allSatisfy(\.isASCIIDigit)
        else { return nil }
        self.init(year: year, week: week)
    }

    /// `count` consecutive weeks starting with the one holding `date`.
    public static func weeks(from date: LocalDate, count: Int) -> [ISOWeek] {
        var weeks: [ISOWeek] = []
        var week = ISOWeek(containing: date)
        for _ in 0..<max(0, count) {
            weeks.append(week)
            week = week.next
        }
        return weeks
    }

    /// Monday to Sunday.
    public var days: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }
    public var sunday: LocalDate { monday.adding(days: 6) }
    public var range: DateRange { DateRange(start: monday, end: sunday) }
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }
    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }

    /// "2026-W53", as ISO writes it.
    public var isoString: String { LocalDate.padded(year, 4) + "-W" + LocalDate.padded(week, 2) }
    public var description: String { isoString }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.monday < rhs.monday }
}
