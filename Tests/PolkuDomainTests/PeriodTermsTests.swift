import Foundation
import PolkuDomain
import Testing

/// Decision 228: a change decision changes a period's days and hours from its day, not before.
struct PeriodTermsTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }
    private let decided = PeriodTerms(daysPerWeek: 3, minutesPerDay: 240, weekdays: [.monday, .wednesday, .friday])

    private func change(_ from: String, decided: String = "2026-03-01", days: Int? = nil, minutes: Int? = nil) -> PeriodTerms.Change {
        .init(effectiveOn: day(from), decidedOn: day(decided), daysPerWeek: days, minutesPerDay: minutes)
    }

    @Test func theDaysBeforeAChangeKeepTheDecidedTerms() {
        let more = change("2026-03-16", days: 4)
        #expect(decided.on(day("2026-03-15"), changes: [more]) == decided)
        let after = decided.on(day("2026-03-16"), changes: [more])
        #expect(after.daysPerWeek == 4)
        #expect(after.minutesPerDay == 240)
        #expect(after.weekdays.isEmpty, "three named weekdays do not fit four days: they are agreed at the place")
    }

    @Test func onlyTheHoursChangedKeepsTheWeekdays() {
        let shorter = decided.on(day("2026-04-01"), changes: [change("2026-03-16", minutes: 180)])
        #expect(shorter == PeriodTerms(daysPerWeek: 3, minutesPerDay: 180, weekdays: [.monday, .wednesday, .friday]))
    }

    @Test func changesApplyInTheOrderOfTheirDaysAndTheLaterDecisionWinsOnTheSameDay() {
        let changes = [change("2026-05-01", days: 2), change("2026-04-01", days: 5, minutes: 300),
                       change("2026-05-01", decided: "2026-04-20", days: 1)]
        #expect(decided.on(day("2026-04-15"), changes: changes).daysPerWeek == 5)
        let may = decided.on(day("2026-05-02"), changes: changes)
        #expect(may.daysPerWeek == 1, "decided on 20.4., after the one decided on 1.3. for the same day")
        #expect(may.minutesPerDay == 300)
    }
}
