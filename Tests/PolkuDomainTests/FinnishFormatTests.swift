import Foundation
import PolkuDomain
import Testing

struct FinnishFormatTests {
    private static let nbsp = "\u{00A0}"

    @Test func dateHasNoLeadingZeros() throws {
        #expect(FinnishFormat.date(try #require(LocalDate(year: 2026, month: 3, day: 1))) == "1.3.2026")
        #expect(FinnishFormat.date(try #require(LocalDate(year: 2025, month: 12, day: 24))) == "24.12.2025")
    }

    @Test(arguments: [
        (1_772_366_700.0, "1.3.2026 14.05"),  // 12:05 UTC, winter time UTC+2
        (1_783_060_020.0, "3.7.2026 9.27"),   // 06:27 UTC, summer time UTC+3
        (1_767_218_400.0, "1.1.2026 0.00"),   // 2025-12-31 22:00 UTC is already new year in Helsinki
    ])
    func dateTimeInHelsinki(seconds: Double, expected: String) {
        #expect(FinnishFormat.dateTime(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test(arguments: [
        (900, "9,00"), (0, "0,00"), (5, "0,05"), (123_450, "1 234,50"), (99_999, "999,99"),
        (100_000, "1 000,00"), (123_456_789, "1 234 567,89"), (-900, "-9,00"), (-123_450, "-1 234,50"),
    ])
    func money(cents: Int, expected: String) {
        #expect(FinnishFormat.money(cents: cents) == expected.replacingOccurrences(of: " ", with: Self.nbsp) + Self.nbsp + "€")
    }

    @Test func moneyHandlesExtremes() {
        #expect(FinnishFormat.money(cents: .min).hasPrefix("-92" + Self.nbsp + "233"))
    }

    @Test(arguments: [
        (7.5, 1, "7,5"), (7.5, 2, "7,50"), (7.5, 0, "8"), (1234.567, 2, "1234,57"), (0.125, 2, "0,13"),
        (-2.25, 1, "-2,3"), (-0.001, 2, "0,00"), (0.05, 3, "0,050"), (.nan, 2, "–"), (.infinity, 1, "–"),
    ])
    func decimal(value: Double, digits: Int, expected: String) {
        #expect(FinnishFormat.decimal(value, fractionDigits: digits) == expected)
    }

    @Test(arguments: ["1.3.2026", "01.03.2026", " 1.3.2026 ", "2026-03-01"])
    func parsesDates(_ input: String) {
        #expect(FinnishFormat.parseDate(input)?.isoString == "2026-03-01")
    }

    @Test(arguments: ["", "1.3.26", "29.2.2026", "1.13.2026", "1.3", "1..2026", "a.3.2026", "001.3.2026", "1/3/2026"])
    func rejectsBadDates(_ input: String) {
        #expect(FinnishFormat.parseDate(input) == nil)
    }
}
