import PolkuDomain
import Testing

/// Spans of months by the Finnish rule for reckoning time (decision 102): the day before the same-numbered day,
/// or the month's last day when it has none. Every month end, with and without leap days.
struct MonthSpanTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }
    private let policy = Policy.legalDefaults(validFrom: LocalDate(year: 2023, month: 1, day: 1)!)

    @Test(arguments: [
        ("2026-03-01", 3, "2026-05-31"), ("2026-11-15", 3, "2027-02-14"),
        // A start on a day the end month lacks: that month's last day.
        ("2026-01-31", 3, "2026-04-30"), ("2025-11-30", 3, "2026-02-28"), ("2023-11-30", 3, "2024-02-29"),
        ("2026-11-29", 3, "2027-02-28"), ("2027-11-29", 3, "2028-02-28"), ("2026-08-31", 1, "2026-09-30"),
        ("2026-05-31", 1, "2026-06-30"), ("2026-12-31", 2, "2027-02-28"), ("2027-12-31", 2, "2028-02-29"),
        // Starts on month ends that the end month has: the day before.
        ("2026-01-30", 1, "2026-02-28"), ("2026-04-30", 3, "2026-07-29"), ("2026-02-28", 3, "2026-05-27"),
        ("2024-02-29", 3, "2024-05-28"), ("2026-12-31", 12, "2027-12-30"),
    ])
    func aSpanOfMonthsEnds(start: String, months: Int, end: String) {
        #expect(day(start).lastDayOfSpan(months: months) == day(end))
    }

    @Test func theUsualPeriodReckonsMonthsByTheRule() {
        #expect(policy.usualEnd(of: day("2026-01-31")) == day("2026-04-30"))
        #expect(policy.usualEnd(of: day("2025-11-30")) == day("2026-02-28"))
        #expect(policy.usualEnd(of: day("2026-03-01")) == day("2026-05-31"))
    }

    @Test func theContinuousMaximumReckonsMonthsByTheRule() {
        #expect(policy.lastAllowedDay(ofRunStartingOn: day("2024-02-29")) == day("2026-02-28"), "no 29.2.2026")
        #expect(policy.lastAllowedDay(ofRunStartingOn: day("2026-01-01")) == day("2027-12-31"))
        #expect(policy.lastAllowedDay(ofRunStartingOn: day("2026-02-28")) == day("2028-02-27"))
        #expect(policy.lastAllowedDay(ofRunStartingOn: day("2026-03-31")) == day("2028-03-30"))
    }

    @Test func theBreakReckonsMonthsFromTheDayAfterTheRun() {
        // A run ending 30.11. has its break 1.12.–28.2.; a new run may start 1.3.
        #expect(policy.firstDayAfterBreak(followingRunEndingOn: day("2026-11-30")) == day("2027-03-01"))
        #expect(policy.firstDayAfterBreak(followingRunEndingOn: day("2027-11-30")) == day("2028-03-01"))
        // Ending 30.1.: the break from 31.1. ends on 30.4. (April has no 31st); the next run from 1.5.
        #expect(policy.firstDayAfterBreak(followingRunEndingOn: day("2026-01-30")) == day("2026-05-01"))
        // Ending 28.2.2026: the break from 1.3. to 31.5.
        #expect(policy.firstDayAfterBreak(followingRunEndingOn: day("2026-02-28")) == day("2026-06-01"))
    }
}
