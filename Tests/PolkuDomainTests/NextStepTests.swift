import Foundation
import PolkuDomain
import Testing

/// Decision 116: a plan's next step counts as taken when a later period is decided or the service ended with its path.
struct NextStepTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }
    private var period: DateRange { DateRange(start: day("2026-05-01"), end: day("2026-07-31")) }

    @Test func nothingRecordedIsNotActedOn() {
        #expect(!NextStep.actedOn(period: period, otherPeriods: [period], endings: []))
    }

    @Test func aContinuationDecidedActsOnIt() {
        let next = DateRange(start: day("2026-08-01"), end: day("2026-10-31"))
        #expect(NextStep.actedOn(period: period, otherPeriods: [period, next], endings: []))
        let cancelled = DateRange(start: day("2026-08-01"), end: day("2026-07-20"))
        #expect(!NextStep.actedOn(period: period, otherPeriods: [period, cancelled], endings: []), "a cancelled one is no step")
        let earlier = DateRange(start: day("2026-01-01"), end: day("2026-03-31"))
        #expect(!NextStep.actedOn(period: period, otherPeriods: [earlier, period], endings: []), "an earlier period is no step")
    }

    @Test(arguments: [("2026-04-30", false), ("2026-05-01", true), ("2026-07-31", true)])
    func anEndingFromThePeriodsFirstDayActsOnIt(endedOn: String, acted: Bool) {
        #expect(NextStep.actedOn(period: period, otherPeriods: [period], endings: [day(endedOn)]) == acted)
    }
}
