import PolkuDomain
import Testing

/// A decision cannot contradict the client's other periods or the place's opening days (decision 105).
struct DecisionRulesTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }
    private func range(_ from: String, _ to: String) -> DateRange { DateRange(start: day(from), end: day(to)) }
    private let weekdaysOnly: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]

    private func check(_ start: String, _ end: String, days: Int = 3, weekdays: [Weekday] = [], open: Set<Weekday> = [],
                       others: [DateRange] = []) -> [DecisionConflict] {
        DecisionRules.check(startsOn: day(start), endsOn: day(end), daysPerWeek: days, weekdays: weekdays, placeOpenDays: open,
                            otherPeriods: others)
    }

    @Test func aPeriodMayNotShareADayWithAnotherOfTheClients() {
        let other = range("2026-03-01", "2026-05-31")
        #expect(check("2026-06-01", "2026-08-31", others: [other]) == [], "the day after is free")
        #expect(check("2026-05-31", "2026-08-31", others: [other]) == [.overlapsPeriod(startsOn: day("2026-03-01"), endsOn: day("2026-05-31"))],
                "its last day is taken")
        #expect(check("2026-01-01", "2026-03-01", others: [other]).count == 1, "its first day is taken")
        #expect(check("2026-04-01", "2026-04-30", others: [other]).count == 1, "inside it")
        #expect(check("2026-02-01", "2026-06-30", others: [other]).count == 1, "around it")
    }

    @Test func aCancelledPeriodCoversNoDay() {
        // Interrupted before its first day: its last day was set before its first.
        #expect(check("2026-06-01", "2026-08-31", others: [range("2026-06-10", "2026-06-05")]) == [])
    }

    @Test func theDaysMustBeOnesThePlaceIsOpen() {
        #expect(check("2026-06-01", "2026-08-31", weekdays: [.monday, .saturday, .sunday], open: weekdaysOnly)
                == [.placeClosed(on: [.saturday, .sunday])])
        #expect(check("2026-06-01", "2026-08-31", weekdays: [.monday, .tuesday, .friday], open: weekdaysOnly) == [])
        #expect(check("2026-06-01", "2026-08-31", days: 4, open: [.tuesday, .thursday, .friday]) == [.moreDaysThanPlaceOpen(openDays: 3)],
                "days agreed at the place: no more than it is open")
        #expect(check("2026-06-01", "2026-08-31", days: 3, open: [.tuesday, .thursday, .friday]) == [])
        #expect(check("2026-06-01", "2026-08-31", weekdays: [.saturday], open: []) == [], "a place that has not said is open every day")
    }
}
