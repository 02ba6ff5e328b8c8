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
