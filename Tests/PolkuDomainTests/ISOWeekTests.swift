import Foundation
import PolkuDomain
import Testing

/// The one week type of the coach's week and the registry's seats per week.
struct ISOWeekTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func weeksAcrossYearEndsBelongToTheYearOfTheirThursday() {
        #expect(ISOWeek(containing: day(2026, 5, 28)).isoString == "2026-W22")
        // Thursday 1.1.2026: week 1 starts on Monday 29.12.2025.
        #expect(ISOWeek(containing: day(2025, 12, 29)).isoString == "2026-W01")
        #expect(ISOWeek(containing: day(2025, 12, 28)).isoString == "2025-W52")
        // 2026 has 53 weeks (it starts on a Thursday); 1.1.2027 is a Friday in that week 53.
        #expect(ISOWeek(containing: day(2026, 12, 31)).isoString == "2026-W53")
        #expect(ISOWeek(containing: day(2027, 1, 3)).isoString == "2026-W53")
        #expect(ISOWeek(containing: day(2027, 1, 4)).isoString == "2027-W01")
        // 2021: Friday 1.1. is still in 2020's week 53.
        #expect(ISOWeek(containing: day(2021, 1, 1)).isoString == "2020-W53")
        // 30.12.2024, a Monday, already starts 2025's week 1.
        #expect(ISOWeek(containing: day(2024, 12, 30)).isoString == "2025-W01")
        #expect(ISOWeek(containing: day(2026, 5, 28)).description == "2026-W22")
    }

    @Test func parsingAndItsRefusals() {
        #expect(ISOWeek(isoString: "2026-W22")?.monday == day(2026, 5, 25))
        #expect(ISOWeek(isoString: "2026-W5")?.monday == day(2026, 1, 26))
        #expect(ISOWeek(isoString: "2026-W53")?.sunday == day(2027, 1, 3))
        for bad in ["2025-W53", "2026-W00", "2026-W54", "2026W22", "26-W22", "2026-22", "", "2026-W2x"] {
            #expect(ISOWeek(isoString: bad) == nil, "\(bad)")
        }
    }

    @Test func aWeekBuiltFromItsNumberIsTheWeekOfItsDays() {
        let parsed = ISOWeek(year: 2026, week: 53)!
        #expect(parsed == ISOWeek(containing: day(2026, 12, 30)))
        #expect(ISOWeek(year: 2025, week: 53) == nil)
        #expect(ISOWeek(year: 2020, week: 53)?.monday == day(2020, 12, 28))
    }

    @Test func navigation() {
        let week = ISOWeek(isoString: "2026-W01")!
        #expect(week.previous.isoString == "2025-W52")
        #expect(week.next.isoString == "2026-W02")
        #expect(ISOWeek(isoString: "2026-W53")!.next.isoString == "2027-W01")
        #expect(ISOWeek(isoString: "2027-W01")!.previous.isoString == "2026-W53")
        #expect(week.days.count == 7 && week.days.first?.weekday == .monday && week.days.last?.weekday == .sunday)
        #expect(week.range == DateRange(start: day(2025, 12, 29), end: day(2026, 1, 4)))
        #expect(week < week.next)
    }

    @Test func consecutiveWeeksRunOverTheYearEnd() {
        let weeks = ISOWeek.weeks(from: day(2026, 12, 16), count: 4)
        #expect(weeks.map(\.isoString) == ["2026-W51", "2026-W52", "2026-W53", "2027-W01"])
        #expect(weeks[0].monday == day(2026, 12, 14))
        #expect(weeks[3].sunday == day(2027, 1, 10))
        #expect(ISOWeek.weeks(from: day(2026, 12, 16), count: 0).isEmpty)
    }
}
