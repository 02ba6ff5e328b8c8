import Foundation
import PolkuDomain
import Testing

struct LocalDateTests {
    @Test(arguments: [(2000, 2, 29, true), (2024, 2, 29, true), (1900, 2, 29, false), (2023, 2, 29, false),
                      (2026, 4, 31, false), (2026, 12, 31, true), (2026, 13, 1, false), (2026, 1, 0, false),
                      (0, 1, 1, false), (10_000, 1, 1, false)])
    func validation(year: Int, month: Int, day: Int, valid: Bool) {
        #expect((LocalDate(year: year, month: month, day: day) != nil) == valid)
    }

    @Test func isoRoundTrip() throws {
        let date = try #require(LocalDate(isoString: "2026-03-01"))
        #expect((date.year, date.month, date.day) == (2026, 3, 1))
        #expect(date.isoString == "2026-03-01")
        #expect(LocalDate(year: 987, month: 6, day: 5)?.isoString == "0987-06-05")
    }

    @Test(arguments: ["2026-3-01", "2026-02-30", "26-03-01", "2026-03-01T00:00", "2026/03/01", "", "+026-03-01"])
    func rejectsMalformedISO(_ input: String) {
        #expect(LocalDate(isoString: input) == nil)
    }

    @Test(arguments: [("2026-03-01", -1, "2026-02-28"), ("2024-02-28", 1, "2024-02-29"), ("2026-12-31", 1, "2027-01-01"),
                      ("2000-01-01", 366, "2001-01-01"), ("1970-01-01", -1, "1969-12-31"), ("2026-03-01", 0, "2026-03-01")])
    func addingDays(start: String, days: Int, expected: String) {
        #expect(LocalDate(isoString: start)?.adding(days: days).isoString == expected)
    }

    @Test(arguments: [("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-03-31", -1, "2026-02-28"),
                      ("2026-11-15", 2, "2027-01-15"), ("2026-01-15", -13, "2024-12-15"), ("2026-05-31", 12, "2027-05-31")])
    func addingMonthsClampsToMonthEnd(start: String, months: Int, expected: String) {
        #expect(LocalDate(isoString: start)?.adding(months: months).isoString == expected)
    }

    @Test(arguments: [("1970-01-01", Weekday.thursday), ("2026-03-01", .sunday), ("2026-03-02", .monday),
                      ("2000-02-29", .tuesday), ("1900-01-01", .monday)])
    func weekday(date: String, expected: Weekday) {
        #expect(LocalDate(isoString: date)?.weekday == expected)
    }

    @Test func daysBetween() throws {
        let start = try #require(LocalDate(isoString: "2024-01-01"))
        let end = try #require(LocalDate(isoString: "2025-01-01"))
        #expect(start.days(until: end) == 366)
        #expect(end.days(until: start) == -366)
    }

    @Test func ordering() throws {
        let dates = ["2026-03-01", "2025-12-31", "2026-02-28"].compactMap(LocalDate.init(isoString:))
        #expect(dates.sorted().map(\.isoString) == ["2025-12-31", "2026-02-28", "2026-03-01"])
    }

    @Test func codableUsesISOString() throws {
        let date = try #require(LocalDate(isoString: "2026-03-01"))
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == #"["2026-03-01"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: json) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }

    @Test func dayInTimeZone() throws {
        // 2026-03-01 22:30 UTC is already 2 March in Helsinki (UTC+2).
        let instant = Date(timeIntervalSince1970: 1_772_404_200)
        #expect(LocalDate(instant, in: try #require(TimeZone(identifier: "UTC"))).isoString == "2026-03-01")
        #expect(LocalDate(instant, in: FinnishFormat.helsinki).isoString == "2026-03-02")
    }
}
