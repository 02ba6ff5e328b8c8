import PolkuDomain
import Testing

/// A period's state follows the calendar and what was recorded (decision 101).
struct PeriodStatusTests {
    private let start = LocalDate(year: 2026, month: 6, day: 8)!
    private let end = LocalDate(year: 2026, month: 9, day: 7)!

    private func state(_ day: LocalDate, _ recorded: PeriodRecord = .open, endsOn: LocalDate? = nil) -> PeriodStatus {
        PeriodStatus.on(day, startsOn: start, endsOn: endsOn ?? end, recorded: recorded)
    }

    @Test func anOpenPeriodIsPlannedThenActiveThenEndedByItsDatesAlone() {
        #expect(state(start.adding(days: -1)) == .planned)
        #expect(state(start) == .active, "from its first day")
        #expect(state(end) == .active, "to its last")
        #expect(state(end.adding(days: 1)) == .ended)
    }

    @Test func anInterruptionCountsFromItsDayOn() {
        let cut = LocalDate(year: 2026, month: 7, day: 1)!
        #expect(state(cut.adding(days: -1), .interrupted, endsOn: cut) == .active)
        #expect(state(cut, .interrupted, endsOn: cut) == .interrupted)
        #expect(state(end.adding(days: 30), .interrupted, endsOn: cut) == .interrupted)
        #expect(state(start.adding(days: -1), .interrupted, endsOn: cut) == .planned, "before it began it was planned")
    }

    @Test func anInterruptionBeforeTheFirstDayIsACancellation() {
        let cancelledOn = start.adding(days: -5)
        #expect(state(cancelledOn.adding(days: -1), .interrupted, endsOn: cancelledOn) == .planned)
        #expect(state(cancelledOn, .interrupted, endsOn: cancelledOn) == .interrupted)
        #expect(state(start, .interrupted, endsOn: cancelledOn) == .interrupted, "it never begins")
    }

    @Test func anEndingCountsFromTheDayItNames() {
        let endedOn = LocalDate(year: 2026, month: 8, day: 14)!
        #expect(state(endedOn.adding(days: -1), .ended, endsOn: endedOn) == .active)
        #expect(state(endedOn, .ended, endsOn: endedOn) == .ended)
        #expect(state(start, .ended, endsOn: start) == .ended, "ended on its first day")
    }
}
