import Foundation

/// A calendar date without time or time zone: birth dates, period start and end days,
/// calendar cells. Kept apart from `Date` so that a day never shifts with the server's zone.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil unless the date exists in the proleptic Gregorian calendar.
    /// Years are limited to 1...9999 so that `isoString` always has four year digits.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Parses exactly `YYYY-MM-DD`, the form HTML date inputs and the database use.
    public init?(isoString: String) {
        let parts = isoString.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The calendar day that `date` falls on in `timeZone` (e.g. "today" in Helsinki).
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(unchecked: parts.year!, parts.month!, parts.day!)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var isoString: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    public var description: String { isoString }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO weekday 4).
        Weekday(rawValue: (dayNumber + 3).modulo(7) + 1)!
    }

    public func adding(days: Int) -> LocalDate {
        Self(dayNumber: dayNumber + days)
    }

    /// Month arithmetic clamps to the last day of the target month: 31.1. + 1 month = 28.2. or 29.2.
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index.dividedFloor(by: 12)
        let newMonth = index.modulo(12) + 1
        return Self(unchecked: newYear, newMonth,
                    min(day, Self.daysInMonth(year: newYear, month: newMonth)))
    }

    /// The last day of a span of `months` months that begins on this day, by the Finnish rule for reckoning
    /// time in months (laki säädettyjen määräaikain laskemisesta 150/1930, 3 §; decision 102): the span ends the
    /// day before the same-numbered day `months` later, or on that month's last day when it has no such day.
    /// 1.3. → 31.5., 31.1. → 30.4., 30.11.2025 → 28.2.2026, 29.2.2024 + 24 months → 28.2.2026.
    public func lastDayOfSpan(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let endYear = index.dividedFloor(by: 12)
        let endMonth = index.modulo(12) + 1
        let length = Self.daysInMonth(year: endYear, month: endMonth)
        guard day <= length else { return Self(unchecked: endYear, endMonth, length) }
        return Self(unchecked: endYear, endMonth, day).adding(days: -1)
    }

    /// Positive when `other` is later.
    public func days(until other: LocalDate) -> Int {
        other.dayNumber - dayNumber
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Encoded as the ISO string so JSON and database columns stay human-readable.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let date = LocalDate(isoString: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a YYYY-MM-DD date: \(raw)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoString)
    }

    // Days since 1970-01-01, after Howard Hinnant's `days_from_civil`; pure integer
    // arithmetic avoids Calendar and its time-zone pitfalls.
    private var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.dividedFloor(by: 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = z.dividedFloor(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * mp + 2) / 5 + 1)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Character {
    // `isNumber` would also accept Arabic-Indic and other digits that `Int(_:)` rejects.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

extension Int {
    func dividedFloor(by divisor: Int) -> Int {
        (self - modulo(divisor)) / divisor
    }

    func modulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
