import Foundation
import PolkuDomain
import Testing

struct PolicyRulesTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }
    private func range(_ start: String, _ end: String) -> DateRange { DateRange(start: day(start), end: day(end)) }
    private var legal: PolicyBook { PolicyBook([.legalDefaults(validFrom: day("2020-01-01"))]) }

    // MARK: schedule

    @Test(arguments: [(0, [PolicyViolation.daysPerWeekBelowMinimum(min: 1)]), (1, []), (4, []),
                      (5, [.daysPerWeekAboveMaximum(max: 4)])])
    func daysPerWeek(days: Int, expected: [PolicyViolation]) {
        let schedule = Schedule(daysPerWeek: days, minutesPerDay: 240)
        #expect(PolicyRules.check(schedule, on: day("2026-03-01"), book: legal) == expected)
    }

    @Test(arguments: [(239, [PolicyViolation.minutesPerDayBelowMinimum(min: 240)]), (240, []), (480, []),
                      (481, [.minutesPerDayAboveMaximum(max: 480)])])
    func minutesPerDay(minutes: Int, expected: [PolicyViolation]) {
        let schedule = Schedule(daysPerWeek: 1, minutesPerDay: minutes)
        #expect(PolicyRules.check(schedule, on: day("2026-03-01"), book: legal) == expected)
    }

    @Test func fourEightHourDaysFitTheWeekUnlessThePolicyIsStricter() {
        let schedule = Schedule(daysPerWeek: 4, minutesPerDay: 480)
        #expect(schedule.minutesPerWeek == 1920)
        #expect(PolicyRules.check(schedule, on: day("2026-03-01"), book: legal).isEmpty)
        let strict = PolicyBook([Policy(validFrom: day("2026-01-01"), maxMinutesPerWeek: 1800)])
        #expect(PolicyRules.check(schedule, on: day("2026-03-01"), book: strict) == [.minutesPerWeekAboveMaximum(max: 1800)])
    }

    @Test func everyViolationIsReported() {
        #expect(PolicyRules.check(Schedule(daysPerWeek: 5, minutesPerDay: 481), on: day("2026-03-01"), book: legal)
            == [.daysPerWeekAboveMaximum(max: 4), .minutesPerDayAboveMaximum(max: 480), .minutesPerWeekAboveMaximum(max: 1920)])
        #expect(PolicyRules.check(Schedule(daysPerWeek: 0, minutesPerDay: 0), on: day("2026-03-01"), book: legal)
            == [.daysPerWeekBelowMinimum(min: 1), .minutesPerDayBelowMinimum(min: 240)])
    }

    @Test func policyChangeOnTheDecisionDay() {
        let book = PolicyBook([Policy(validFrom: day("2026-01-01"), validTo: day("2026-05-31")),
                               Policy(validFrom: day("2026-06-01"), maxDaysPerWeek: 3)])
        let schedule = Schedule(daysPerWeek: 4, minutesPerDay: 300)
        #expect(PolicyRules.check(schedule, on: day("2026-05-31"), book: book).isEmpty)
        #expect(PolicyRules.check(schedule, on: day("2026-06-01"), book: book) == [.daysPerWeekAboveMaximum(max: 3)])
    }

    @Test func noPolicyInForce() {
        let book = PolicyBook([Policy(validFrom: day("2026-06-01"))])
        let schedule = Schedule(daysPerWeek: 2, minutesPerDay: 300)
        #expect(PolicyRules.check(schedule, on: day("2026-05-31"), book: book) == [.noPolicyInForce(on: day("2026-05-31"))])
        #expect(PolicyRules.check(schedule, on: day("2026-05-31"), book: PolicyBook([])) == [.noPolicyInForce(on: day("2026-05-31"))])
    }

    @Test func absurdInputIsAViolationNotACrash() {
        let huge = Schedule(daysPerWeek: .max, minutesPerDay: 2)
        #expect(huge.minutesPerWeek == .max)
        #expect(Schedule(daysPerWeek: .min, minutesPerDay: 2).minutesPerWeek == .min)
        #expect(PolicyRules.check(huge, on: day("2026-03-01"), book: legal)
            == [.daysPerWeekAboveMaximum(max: 4), .minutesPerDayBelowMinimum(min: 240), .minutesPerWeekAboveMaximum(max: 1920)])
    }

    @Test func scheduleCodable() throws {
        let schedule = Schedule(daysPerWeek: 3, minutesPerDay: 360)
        let json = try JSONEncoder().encode(schedule)
        #expect(try JSONDecoder().decode(Schedule.self, from: json) == schedule)
    }

    // MARK: messages

    @Test func violationsNameTheirCodeFieldAndValues() {
        let cases: [(PolicyViolation, String, String, [String: String])] = [
            (.daysPerWeekBelowMinimum(min: 1), "daysPerWeekBelowMinimum", "daysPerWeek", ["min": "1"]),
            (.daysPerWeekAboveMaximum(max: 4), "daysPerWeekAboveMaximum", "daysPerWeek", ["max": "4"]),
            (.minutesPerDayBelowMinimum(min: 240), "minutesPerDayBelowMinimum", "minutesPerDay", ["min": "240"]),
            (.minutesPerDayAboveMaximum(max: 480), "minutesPerDayAboveMaximum", "minutesPerDay", ["max": "480"]),
            (.minutesPerWeekAboveMaximum(max: 1920), "minutesPerWeekAboveMaximum", "minutesPerDay", ["max": "1920"]),
            (.noPolicyInForce(on: day("2026-03-01")), "noPolicyInForce", "startsOn", ["date": "2026-03-01"]),
            (.continuousDurationExceeded(maxMonths: 24, runStartedOn: day("2026-01-01"), lastAllowedDay: day("2027-12-31")),
             "continuousDurationExceeded", "endsOn",
             ["maxMonths": "24", "runStartedOn": "2026-01-01", "lastAllowedDay": "2027-12-31"]),
            (.breakRequired(until: day("2028-04-01")), "breakRequired", "startsOn", ["until": "2028-04-01"]),
            (.periodEndsBeforeStart, "periodEndsBeforeStart", "endsOn", [:]),
        ]
        for (violation, code, field, values) in cases {
            #expect(violation.code == code)
            #expect(violation.field == field)
            #expect(violation.values == values)
        }
    }

    // MARK: period

    private func checkPeriod(_ start: String, _ end: String, after previous: [DateRange] = [],
                             book: PolicyBook? = nil) -> [PolicyViolation] {
        PolicyRules.checkPeriod(startsOn: day(start), endsOn: day(end), previousPeriods: previous, book: book ?? legal)
    }

    @Test func exactlyTheMaximumIsAllowedOneDayMoreIsNot() {
        #expect(checkPeriod("2026-01-01", "2027-12-31").isEmpty)
        #expect(checkPeriod("2026-01-01", "2028-01-01") == [.continuousDurationExceeded(
            maxMonths: 24, runStartedOn: day("2026-01-01"), lastAllowedDay: day("2027-12-31"))])
    }

    @Test func adjoiningPeriodsFormOneRun() {
        let previous = [range("2026-01-01", "2026-06-30"), range("2026-07-01", "2026-12-31")]
        #expect(checkPeriod("2027-01-01", "2027-12-31", after: previous).isEmpty)
        #expect(checkPeriod("2027-01-01", "2028-01-01", after: previous) == [.continuousDurationExceeded(
            maxMonths: 24, runStartedOn: day("2026-01-01"), lastAllowedDay: day("2027-12-31"))])
    }

    @Test func gapShorterThanTheBreakDoesNotInterruptTheRun() {
        // 1.1.–30.3.2027 is one day short of three months.
        let previous = [range("2026-01-01", "2026-12-31")]
        #expect(checkPeriod("2027-03-31", "2027-12-31", after: previous).isEmpty)
        #expect(checkPeriod("2027-03-31", "2028-01-01", after: previous) == [.continuousDurationExceeded(
            maxMonths: 24, runStartedOn: day("2026-01-01"), lastAllowedDay: day("2027-12-31"))])
    }

    @Test func gapOfExactlyTheBreakStartsANewRun() {
        // 1.1.–31.3.2027 is exactly three months.
        let previous = [range("2026-01-01", "2026-12-31")]
        #expect(checkPeriod("2027-04-01", "2029-03-31", after: previous).isEmpty)
        #expect(checkPeriod("2027-04-01", "2029-04-01", after: previous) == [.continuousDurationExceeded(
            maxMonths: 24, runStartedOn: day("2027-04-01"), lastAllowedDay: day("2029-03-31"))])
    }

    @Test func afterTheMaximumABreakIsRequired() {
        let previous = [range("2026-01-01", "2027-12-31")]
        #expect(checkPeriod("2028-01-01", "2028-03-31", after: previous) == [.breakRequired(until: day("2028-04-01"))])
        #expect(checkPeriod("2028-03-31", "2028-06-30", after: previous) == [.breakRequired(until: day("2028-04-01"))])
        #expect(checkPeriod("2028-04-01", "2028-06-30", after: previous).isEmpty)
    }

    @Test func breakCountsFromTheDayAfterTheRunsActualEnd() {
        // Continued past the maximum under earlier rules; the break still follows the real last day.
        let previous = [range("2026-01-01", "2028-03-31")]
        #expect(checkPeriod("2028-05-01", "2028-07-31", after: previous) == [.breakRequired(until: day("2028-07-01"))])
    }

    @Test func continuationPastMaximumAllowedLetsItPass() {
        let book = PolicyBook([Policy(validFrom: day("2020-01-01"), continuationPastMaximumAllowed: true)])
        let previous = [range("2026-01-01", "2027-12-31")]
        #expect(checkPeriod("2026-01-01", "2028-06-30", book: book).isEmpty)
        #expect(checkPeriod("2028-01-01", "2028-03-31", after: previous, book: book).isEmpty)
    }

    @Test func limitsComeFromThePolicyOnTheNewStart() {
        // From 2027 the organizer allows 12 continuous months and a 1-month break.
        let book = PolicyBook([Policy(validFrom: day("2020-01-01"), validTo: day("2026-12-31")),
                               Policy(validFrom: day("2027-01-01"), maxContinuousMonths: 12, breakMonths: 1)])
        let previous = [range("2026-01-01", "2026-12-31")]
        #expect(checkPeriod("2027-01-01", "2027-03-31", after: previous, book: book) == [.breakRequired(until: day("2027-02-01"))])
        #expect(checkPeriod("2027-02-01", "2027-04-30", after: previous, book: book).isEmpty)
        // A 2-month gap would not have been a break under the old 3-month rule, but is under the new one.
        let earlier = [range("2026-01-01", "2026-10-31")]
        #expect(checkPeriod("2027-01-01", "2027-12-31", after: earlier, book: book).isEmpty)
    }

    @Test func periodsOutOfOrderOrOverlappingStillFormOneRun() {
        let previous = [range("2027-01-01", "2027-06-30"), range("2026-01-01", "2026-09-30"), range("2026-06-01", "2026-12-31")]
        #expect(checkPeriod("2027-07-01", "2028-01-01", after: previous) == [.continuousDurationExceeded(
            maxMonths: 24, runStartedOn: day("2026-01-01"), lastAllowedDay: day("2027-12-31"))])
    }

    @Test func laterPeriodsAreNotPrevious() {
        // The app passes all other periods; one that starts later does not start the new period's run.
        let previous = [range("2026-01-01", "2027-12-31")]
        #expect(checkPeriod("2025-01-01", "2025-03-31", after: previous).isEmpty)
    }

    @Test func periodEndingBeforeItStarts() {
        #expect(checkPeriod("2026-03-01", "2026-02-28") == [.periodEndsBeforeStart])
        #expect(checkPeriod("2026-03-01", "2026-03-01") == [.periodShorterThanMinimum(minMonths: 3, earliestEnd: day("2026-05-31"))],
                "a single day is a period, but shorter than the minimum")
        let none = PolicyBook([])
        #expect(checkPeriod("2026-03-01", "2026-02-28", book: none)
            == [.periodEndsBeforeStart, .noPolicyInForce(on: day("2026-03-01"))])
    }

    /// Decision 113: at least `minPeriodMonths` by the month rule of decision 102; the day before is too short.
    @Test(arguments: [("2026-03-01", "2026-05-30", "2026-05-31"), ("2026-03-01", "2026-05-31", nil),
                      ("2026-01-31", "2026-04-29", "2026-04-30"), ("2026-01-31", "2026-04-30", nil),
                      ("2025-11-30", "2026-02-27", "2026-02-28"), ("2025-11-30", "2026-02-28", nil)])
    func theMinimumLength(start: String, end: String, earliestEnd: String?) {
        #expect(checkPeriod(start, end) == earliestEnd.map { [.periodShorterThanMinimum(minMonths: 3, earliestEnd: day($0))] } ?? [])
    }

    /// Decision 228: the rest of a period moved to a new place by a change decision counts its minimum from the
    /// changed period's first day; without that, it is a new period of its own.
    @Test func theRestOfAChangedPeriodCountsItsMinimumFromTheChangedPeriod() {
        let changed = range("2026-06-08", "2026-07-14")
        let rest = PolicyRules.checkPeriod(startsOn: day("2026-07-15"), endsOn: day("2026-09-07"), previousPeriods: [changed], book: legal,
                                           minimumCountsFrom: day("2026-06-08"))
        #expect(rest.isEmpty)
        let shorter = PolicyRules.checkPeriod(startsOn: day("2026-07-15"), endsOn: day("2026-09-06"), previousPeriods: [changed], book: legal,
                                              minimumCountsFrom: day("2026-06-08"))
        #expect(shorter == [.periodShorterThanMinimum(minMonths: 3, earliestEnd: day("2026-09-07"))])
        #expect(checkPeriod("2026-07-15", "2026-09-07", after: [changed])
            == [.periodShorterThanMinimum(minMonths: 3, earliestEnd: day("2026-10-14"))])
    }

    @Test func theMinimumIsThePolicys() {
        let oneMonth = PolicyBook([Policy(validFrom: day("2020-01-01"), usualPeriodMonths: 1, minPeriodMonths: 1)])
        #expect(checkPeriod("2026-03-01", "2026-03-31", book: oneMonth).isEmpty)
        #expect(checkPeriod("2026-03-01", "2026-03-30", book: oneMonth) == [.periodShorterThanMinimum(minMonths: 1, earliestEnd: day("2026-03-31"))])
        let caseByCase = PolicyBook([Policy(validFrom: day("2020-01-01"), continuationPastMaximumAllowed: true)])
        #expect(checkPeriod("2026-03-01", "2026-05-30", book: caseByCase) == [.periodShorterThanMinimum(minMonths: 3, earliestEnd: day("2026-05-31"))],
                "no maximum to yield to, so the minimum holds")
    }

    /// The minimum yields to the continuous maximum: two months left, the period may run to the last allowed day.
    @Test func theMinimumYieldsWhenTheMaximumLeavesLess() {
        let previous = [range("2026-01-01", "2027-10-31")]
        #expect(checkPeriod("2027-11-01", "2027-12-30", after: previous) == [.periodShorterThanMinimum(minMonths: 3, earliestEnd: day("2027-12-31"))])
        #expect(checkPeriod("2027-11-01", "2027-12-31", after: previous).isEmpty)
        #expect(checkPeriod("2027-11-01", "2028-01-01", after: previous) == [.continuousDurationExceeded(
            maxMonths: 24, runStartedOn: day("2026-01-01"), lastAllowedDay: day("2027-12-31"))])
        // Exactly three months left: the minimum and the limit fall on the same day.
        let threeLeft = [range("2026-01-01", "2027-09-30")]
        #expect(checkPeriod("2027-10-01", "2027-12-30", after: threeLeft) == [.periodShorterThanMinimum(minMonths: 3, earliestEnd: day("2027-12-31"))])
        #expect(checkPeriod("2027-10-01", "2027-12-31", after: threeLeft).isEmpty)
    }

    @Test func noPolicyOnTheStartDay() {
        let book = PolicyBook([Policy(validFrom: day("2026-06-01"))])
        #expect(checkPeriod("2026-05-31", "2026-08-31", book: book) == [.noPolicyInForce(on: day("2026-05-31"))])
    }

    // MARK: helpers

    @Test func usualEnd() {
        #expect(PolicyRules.usualEnd(of: day("2026-03-01"), book: legal) == day("2026-05-31"))
        #expect(PolicyRules.usualEnd(of: day("2026-11-15"), book: legal) == day("2027-02-14"))
        let sixMonths = PolicyBook([Policy(validFrom: day("2026-01-01"), usualPeriodMonths: 6)])
        #expect(PolicyRules.usualEnd(of: day("2026-03-01"), book: sixMonths) == day("2026-08-31"))
        #expect(PolicyRules.usualEnd(of: day("2025-03-01"), book: sixMonths) == nil)
    }

    @Test func continuousRunEndingWithTheLatestPeriod() {
        let periods = [range("2026-09-01", "2026-11-30"), range("2026-01-01", "2026-03-31"), range("2026-04-01", "2026-06-30")]
        #expect(PolicyRules.continuousRun(endingWith: periods, book: legal) == range("2026-01-01", "2026-11-30"))
        let afterBreak = periods + [range("2027-03-01", "2027-05-31")]
        #expect(PolicyRules.continuousRun(endingWith: afterBreak, book: legal) == range("2027-03-01", "2027-05-31"))
        #expect(PolicyRules.continuousRun(endingWith: [], book: legal) == nil)
        #expect(PolicyRules.continuousRun(endingWith: periods, book: PolicyBook([])) == nil)
    }

    @Test func runArithmetic() {
        let policy = Policy.legalDefaults(validFrom: day("2020-01-01"))
        #expect(policy.lastAllowedDay(ofRunStartingOn: day("2026-01-01")) == day("2027-12-31"))
        #expect(policy.firstDayAfterBreak(followingRunEndingOn: day("2027-12-31")) == day("2028-04-01"))
        #expect(policy.usualEnd(of: day("2026-03-01")) == day("2026-05-31"))
    }

    @Test func dateRange() throws {
        let period = range("2026-03-01", "2026-05-31")
        #expect(period.contains(day("2026-03-01")) && period.contains(day("2026-05-31")))
        #expect(!period.contains(day("2026-02-28")) && !period.contains(day("2026-06-01")))
        let json = try JSONEncoder().encode(period)
        #expect(String(decoding: json, as: UTF8.self).contains(#""start":"2026-03-01""#))
        #expect(try JSONDecoder().decode(DateRange.self, from: json) == period)
    }
}
