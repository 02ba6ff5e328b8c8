import Foundation

/// Finnish display formats, used in every UI language because the service is Finnish.
/// Formatting is done by hand: Foundation's locale data differs between macOS and Linux.
public enum FinnishFormat {
    public static let helsinki: TimeZone = {
        guard let zone = TimeZone(identifier: "Europe/Helsinki") else {
            preconditionFailure("Time zone data for Europe/Helsinki is missing (install tzdata)")
        }
        return zone
    }()

    /// No-break space: keeps "1 234,50 €" on one line.
    static let noBreakSpace = "\u{00A0}"

    /// "1.3.2026"
    public static func date(_ date: LocalDate) -> String {
        "\(date.day).\(date.month).\(date.year)"
    }

    /// "1.3.2026 14.05" — Finnish writes the time with a period and the hour without a leading zero.
    public static func dateTime(_ instant: Date, timeZone: TimeZone = helsinki) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let time = calendar.dateComponents([.hour, .minute], from: instant)
        return date(LocalDate(instant, in: timeZone)) + " \(time.hour!)." + LocalDate.padded(time.minute!, 2)
    }

    /// "1 234,50 €"
    public static func money(cents: Int) -> String {
        // magnitude is unsigned, so Int.min does not overflow.
        let sign = cents < 0 ? "-" : ""
        let euros = cents.magnitude / 100
        let rest = cents.magnitude % 100
        return sign + grouped(euros) + "," + (rest < 10 ? "0" : "") + String(rest) + noBreakSpace + "€"
    }

    /// "7,5" — rounded half away from zero; "–" for values that cannot be shown (NaN, infinity, huge).
    public static func decimal(_ value: Double, fractionDigits: Int) -> String {
        precondition((0...9).contains(fractionDigits), "fractionDigits must be 0...9")
        var scale = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        guard let scaled = Int(exactly: (value * Double(scale)).rounded(.toNearestOrAwayFromZero)) else {
            return "–"
        }
        // The sign comes from the rounded value so that -0.001 shows as "0,00", not "-0,00".
        let sign = scaled < 0 ? "-" : ""
        let whole = String(scaled.magnitude / UInt(scale))
        guard fractionDigits > 0 else { return sign + whole }
        return sign + whole + "," + LocalDate.padded(Int(scaled.magnitude % UInt(scale)), fractionDigits)
    }

    /// Accepts the Finnish "1.3.2026" / "01.03.2026" and the ISO "2026-03-01" that
    /// browsers send from date inputs.
    public static func parseDate(_ input: String) -> LocalDate? {
        if case .date(let date) = readDate(input) { return date }
        return nil
    }

    /// What a typed date is: a day of the calendar, a date written right of a day no calendar has (31.2.2026,
    /// 2026-02-30, 1.13.2026), or not written as a date at all (issue 13, item 2: "no such date" is not "malformed").
    public enum DateReading: Equatable, Sendable {
        case date(LocalDate)
        case noSuchDate
        case malformed
    }

    /// Reads ISO (2026-03-01) or Finnish (1.3.2026) as `parseDate` does, telling a day that does not exist from a
    /// text that is no date.
    public static func readDate(_ input: String) -> DateReading {
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2, iso.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
            return LocalDate(isoString: trimmed).map(DateReading.date) ?? .noSuchDate
        }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        // A two-digit year would force a guess about the century, so it is refused.
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return .malformed }
        return LocalDate(year: year, month: month, day: day).map(DateReading.date) ?? .noSuchDate
    }

    private static func grouped(_ number: UInt) -> String {
        let digits = Array(String(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += noBreakSpace }
            result.append(digit)
        }
        return result
    }
}
