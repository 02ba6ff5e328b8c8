import Foundation

/// The Finnish public holidays (and Christmas Eve and Midsummer Eve, days off in practice), on which
/// work activity places are closed and nobody is expected.
public enum FinnishHoliday: String, Sendable, Codable, CaseIterable {
    case newYearsDay, epiphany, goodFriday, easterSunday, easterMonday, mayDay, ascensionDay, whitsunday
    case midsummerEve, midsummerDay, allSaintsDay, independenceDay, christmasEve, christmasDay, boxingDay
}

public enum FinnishCalendar {
    /// Easter Sunday in the Gregorian calendar (the anonymous algorithm, valid for every Gregorian year).
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    /// Every holiday of the year by its day. The moving ones follow the Finnish rules: Midsummer Day is the
    /// Saturday of 20–26 June (its Eve the day before), All Saints' Day the Saturday of 31 October – 6 November,
    /// Ascension 39 days and Whitsunday 49 days after Easter.
    public static func holidays(in year: Int) -> [LocalDate: FinnishHoliday] {
        let easter = easterSunday(year: year)
        let midsummerDay = firstSaturday(from: LocalDate(year: year, month: 6, day: 20)!)
        let fixed: [(Int, Int, FinnishHoliday)] = [
            (1, 1, .newYearsDay), (1, 6, .epiphany), (5, 1, .mayDay), (12, 6, .independenceDay),
            (12, 24, .christmasEve), (12, 25, .christmasDay), (12, 26, .boxingDay),
        ]
        var days: [LocalDate: FinnishHoliday] = [:]
        for (month, day, holiday) in fixed { days[LocalDate(year: year, month: month, day: day)!] = holiday }
        let moving: [(LocalDate, FinnishHoliday)] = [
            (easter.adding(days: -2), .goodFriday), (easter, .easterSunday), (easter.adding(days: 1), .easterMonday),
            (easter.adding(days: 39), .ascensionDay), (easter.adding(days: 49), .whitsunday),
            (midsummerDay.adding(days: -1), .midsummerEve), (midsummerDay, .midsummerDay),
            (firstSaturday(from: LocalDate(year: year, month: 10, day: 31)!), .allSaintsDay),
        ]
        // Ascension can fall on May Day (e.g. 2008): the fixed holiday keeps the day.
        for (date, holiday) in moving where days[date] == nil { days[date] = holiday }
        return days
    }

    public static func holiday(on date: LocalDate) -> FinnishHoliday? {
        holidays(in: date.year)[date]
    }

    /// Monday to Friday and not a holiday.
    public static func isWorkingDay(_ date: LocalDate) -> Bool {
        !date.weekday.isWeekend && holiday(on: date) == nil
    }

    private static func firstSaturday(from date: LocalDate) -> LocalDate {
        date.adding(days: (Weekday.saturday.rawValue - date.weekday.rawValue).modulo(7))
    }
}

/// An ISO 8601 week (Monday to Sunday), as Finnish calendars number them: "viikko 22".
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// The week `date` belongs to: week 1 holds the year's first Thursday.
    public init(containing date: LocalDate) {
        let thursday = date.adding(days: 4 - date.weekday.rawValue)
        let januaryFirst = LocalDate(year: thursday.year, month: 1, day: 1)!
        year = thursday.year
        week = januaryFirst.days(until: thursday) / 7 + 1
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

    public var monday: LocalDate {
        let january4 = LocalDate(year: year, month: 1, day: 4)!
        return january4.adding(days: 1 - january4.weekday.rawValue + (week - 1) * 7)
    }

    /// Monday to Sunday.
    public var days: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }
    public var sunday: LocalDate { monday.adding(days: 6) }
    public var range: DateRange { DateRange(start: monday, end: sunday) }
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }
    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }

    public var isoString: String { LocalDate.padded(year, 4) + "-W" + LocalDate.padded(week, 2) }
    public var description: String { isoString }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.monday < rhs.monday }
}
