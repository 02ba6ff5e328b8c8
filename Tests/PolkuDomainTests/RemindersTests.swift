import Foundation
import PolkuDomain
import Testing

struct RemindersTests {
    private static let today = LocalDate(isoString: "2026-03-01")!
    private let client = UUID()
    private let subject = UUID()

    private func day(_ offset: Int) -> LocalDate { Self.today.adding(days: offset) }

    private func reminders(_ inputs: ReminderInputs) -> [Reminder] { Reminders.reminders(inputs) }

    private func period(startsOn: LocalDate, endsOn: LocalDate, status: PeriodStatus = .active,
                        nextStepActedOn: Bool = false, hasInterimEvaluation: Bool = true) -> ReminderInputs.Period {
        .init(id: subject, clientID: client, startsOn: startsOn, endsOn: endsOn, status: status,
              nextStepActedOn: nextStepActedOn, hasInterimEvaluation: hasInterimEvaluation, timings: PolicyTimings())
    }

    @Test func nothingToDo() {
        #expect(reminders(ReminderInputs(today: Self.today)).isEmpty)
    }

    @Test func everyWaitingReferral() {
        let other = UUID()
        let inputs = ReminderInputs(today: Self.today, waitingReferrals: [
            .init(id: subject, clientID: client, receivedOn: day(-1)),
            .init(id: other, clientID: client, receivedOn: day(-40)),
        ])
        #expect(reminders(inputs) == [
            Reminder(kind: .referralWaiting, clientID: client, dueOn: day(-40), subjectID: other, lateAfter: day(-26)),
            Reminder(kind: .referralWaiting, clientID: client, dueOn: day(-1), subjectID: subject, lateAfter: day(13)),
        ])
    }

    /// Issue 13, item 6: a referral is late after the organizer's target; a queued one waits for a seat, apart.
    @Test func aReferralIsLateAfterTheOrganizersTargetAndAQueuedOneIsCountedApart() {
        let queued = UUID()
        let inputs = ReminderInputs(today: Self.today, waitingReferrals: [
            .init(id: subject, clientID: client, receivedOn: day(-15)),
            .init(id: queued, clientID: client, receivedOn: day(-60), isQueued: true),
        ], timingsToday: [client: PolicyTimings(referralDecisionDays: 15)])
        let listed = reminders(inputs)
        #expect(listed.map(\.kind) == [.referralQueued, .referralWaiting])
        #expect(listed[1].lateAfter == Self.today && !listed[1].isLate(on: Self.today), "on time on the 15th day")
        #expect(listed[1].isLate(on: day(1)), "late on the 16th")
        #expect(listed[0].lateAfter == nil && !listed[0].isLate(on: day(365)), "a queue is long, not late")
    }

    /// Issue 13, item 5: a client placed without a responsible worker is reminded once, late from the first day.
    @Test func aPlacedClientWithoutAResponsibleWorkerIsRemindedOnce() {
        func period(_ id: UUID, _ starts: Int, _ status: PeriodStatus, lacks: Bool = true) -> ReminderInputs.Period {
            .init(id: id, clientID: client, startsOn: day(starts), endsOn: day(starts + 90), status: status, nextStepActedOn: true,
                  hasInterimEvaluation: true, timings: PolicyTimings(), lacksResponsibleWorker: lacks)
        }
        let both = reminders(ReminderInputs(today: Self.today, periods: [period(UUID(), 5, .planned), period(UUID(), -10, .active)]))
        #expect(both == [Reminder(kind: .noResponsibleWorker, clientID: client, dueOn: day(-10), lateAfter: day(-11))])
        #expect(both[0].isLate(on: Self.today))
        let upcoming = reminders(ReminderInputs(today: Self.today, periods: [period(UUID(), 5, .planned)]))
        #expect(upcoming.map(\.kind) == [.noResponsibleWorker] && !upcoming[0].isLate(on: Self.today), "not yet late before the first day")
        #expect(reminders(ReminderInputs(today: Self.today, periods: [period(UUID(), -10, .active, lacks: false)])).isEmpty)
        #expect(reminders(ReminderInputs(today: Self.today, periods: [period(UUID(), -100, .ended)])).isEmpty, "over: nothing to name")
    }

    @Test(arguments: [(-1, false), (0, true), (30, true), (31, false)])
    func periodEndingWithinThirtyDays(endsIn: Int, reminded: Bool) {
        let inputs = ReminderInputs(today: Self.today, periods: [period(startsOn: day(endsIn - 200), endsOn: day(endsIn))])
        let expected = reminded ? [Reminder(kind: .periodEndingWithoutNextStep, clientID: client, dueOn: day(endsIn), subjectID: subject)] : []
        #expect(reminders(inputs) == expected)
    }

    @Test(arguments: [(PeriodStatus.planned, false, true), (.active, false, true), (.active, true, false),
                      (.interrupted, false, false), (.ended, false, false)])
    func periodEndingOnlyWhenRunningWithoutNextStep(status: PeriodStatus, nextStepActedOn: Bool, reminded: Bool) {
        let inputs = ReminderInputs(today: Self.today, periods: [
            period(startsOn: day(-60), endsOn: day(10), status: status, nextStepActedOn: nextStepActedOn),
        ])
        #expect(reminders(inputs).contains { $0.kind == .periodEndingWithoutNextStep } == reminded)
    }

    /// The horizon is the client's organizer's in force today (decision 114), not a constant.
    @Test func theOrganizersHorizonForPeriodEnding() {
        func reminded(horizon: Int) -> [ReminderKind] {
            reminders(ReminderInputs(today: Self.today, periods: [period(startsOn: day(-60), endsOn: day(45))],
                                     timingsToday: [client: PolicyTimings(nextStepReminderDays: horizon)])).map(\.kind)
        }
        #expect(reminded(horizon: 45) == [.periodEndingWithoutNextStep])
        #expect(reminded(horizon: 44) == [])
        #expect(reminded(horizon: 46) == [.periodEndingWithoutNextStep])
        let otherClient = ReminderInputs(today: Self.today, periods: [period(startsOn: day(-60), endsOn: day(45))],
                                         timingsToday: [UUID(): PolicyTimings(nextStepReminderDays: 45)])
        #expect(reminders(otherClient).isEmpty, "another organizer's horizon does not apply")
    }

    @Test func followUpDueOnTheExactDay() {
        // Ended 1.12.2025: three months is 1.3.2026 = today, six months 1.6.2026.
        let ended = ReminderInputs.EndedPeriod(clientID: client, endedOn: Self.today.adding(months: -3), followUpsDone: [], timings: PolicyTimings())
        #expect(reminders(ReminderInputs(today: Self.today, endedPeriods: [ended])) == [
            Reminder(kind: .followUpDue, clientID: client, dueOn: Self.today, lateAfter: day(14)),
        ])
        let dayLater = ReminderInputs.EndedPeriod(clientID: client, endedOn: Self.today.adding(months: -3).adding(days: 1), followUpsDone: [], timings: PolicyTimings())
        #expect(reminders(ReminderInputs(today: Self.today, endedPeriods: [dayLater])).isEmpty)
    }

    @Test func followUpsNotDoneAreEachDue() {
        let endedOn = Self.today.adding(months: -6)
        let none = ReminderInputs.EndedPeriod(clientID: client, endedOn: endedOn, followUpsDone: [], timings: PolicyTimings())
        #expect(reminders(ReminderInputs(today: Self.today, endedPeriods: [none])).map(\.dueOn) == [
            endedOn.adding(months: 3), Self.today,
        ])
        let first = ReminderInputs.EndedPeriod(clientID: client, endedOn: endedOn, followUpsDone: [.threeMonths], timings: PolicyTimings())
        #expect(reminders(ReminderInputs(today: Self.today, endedPeriods: [first])) == [
            Reminder(kind: .followUpDue, clientID: client, dueOn: Self.today, lateAfter: day(14)),
        ])
        let both = ReminderInputs.EndedPeriod(clientID: client, endedOn: endedOn, followUpsDone: [.threeMonths, .sixMonths], timings: PolicyTimings())
        #expect(reminders(ReminderInputs(today: Self.today, endedPeriods: [both])).isEmpty)
    }

    @Test(arguments: [(-1, false), (0, true), (60, true), (61, false)])
    func continuousLimitWithinSixtyDays(lastAllowedIn: Int, reminded: Bool) {
        let inputs = ReminderInputs(today: Self.today, continuousRuns: [.init(clientID: client, lastAllowedDay: day(lastAllowedIn))])
        let expected = reminded ? [Reminder(kind: .continuousLimitApproaching, clientID: client, dueOn: day(lastAllowedIn))] : []
        #expect(reminders(inputs) == expected)
        let wider = ReminderInputs(today: Self.today, continuousRuns: inputs.continuousRuns,
                                   timingsToday: [client: PolicyTimings(continuousLimitReminderDays: 90)])
        #expect(reminders(wider).count == (lastAllowedIn >= 0 ? 1 : 0))
    }

    @Test func interimDueFromTheMidpointUntilTheFinalIsDue() {
        // 1.2.–1.4.2026 spans 59 days; the midpoint is 1.2. + 29 days = 2.3.2026; the final is due from 19.3.
        let start = LocalDate(isoString: "2026-02-01")!, end = LocalDate(isoString: "2026-04-01")!
        func evaluation(on today: String, status: PeriodStatus = .active, done: Bool = false, finalDone: Bool = true) -> [Reminder] {
            let inputs = ReminderInputs(today: LocalDate(isoString: today)!, periods: [
                .init(id: subject, clientID: client, startsOn: start, endsOn: end, status: status, nextStepActedOn: true,
                      hasInterimEvaluation: done, hasFinalEvaluation: finalDone, timings: PolicyTimings()),
            ])
            return reminders(inputs)
        }
        #expect(evaluation(on: "2026-03-01").isEmpty)
        #expect(evaluation(on: "2026-03-02") == [
            // Late past the middle of its window: 2.3. + 17 days / 2 = 10.3.
            Reminder(kind: .evaluationDue, clientID: client, dueOn: LocalDate(isoString: "2026-03-02"), subjectID: subject,
                     lateAfter: LocalDate(isoString: "2026-03-10")),
        ])
        #expect(evaluation(on: "2026-03-18").map(\.kind) == [.evaluationDue])
        #expect(evaluation(on: "2026-03-19").isEmpty, "the final takes over")
        #expect(evaluation(on: "2026-03-19", finalDone: false) == [
            // Late after the period's last day.
            Reminder(kind: .finalEvaluationDue, clientID: client, dueOn: LocalDate(isoString: "2026-03-19"), subjectID: subject,
                     lateAfter: end),
        ])
        #expect(evaluation(on: "2026-03-15", done: true).isEmpty)
        #expect(evaluation(on: "2026-03-15", status: .interrupted).isEmpty)
        #expect(evaluation(on: "2026-03-15", status: .planned).isEmpty)
    }

    @Test func finalStaysDueAfterTheEndUntilRecorded() {
        let start = LocalDate(isoString: "2026-02-01")!, end = LocalDate(isoString: "2026-04-30")!
        func final(on today: String, status: PeriodStatus, excused: Bool = false, timings: PolicyTimings = PolicyTimings()) -> [ReminderKind] {
            reminders(ReminderInputs(today: LocalDate(isoString: today)!, periods: [
                .init(id: subject, clientID: client, startsOn: start, endsOn: end, status: status, nextStepActedOn: true,
                      hasInterimEvaluation: true, hasFinalEvaluation: false, finalEvaluationExcused: excused, timings: timings),
            ])).map(\.kind)
        }
        #expect(final(on: "2026-04-16", status: .active) == [])
        #expect(final(on: "2026-04-17", status: .active) == [.finalEvaluationDue])
        #expect(final(on: "2026-05-20", status: .ended) == [.finalEvaluationDue])
        #expect(final(on: "2026-07-29", status: .ended) == [.finalEvaluationDue], "90 days after the end")
        #expect(final(on: "2026-07-30", status: .ended) == [])
        // An interruption asks for the evaluation of the situation (seed 002, decision 106): its last day is the
        // interruption's, so the final is due from then until recorded, for 90 days.
        #expect(final(on: "2026-05-20", status: .interrupted) == [.finalEvaluationDue])
        #expect(final(on: "2026-07-30", status: .interrupted) == [])
        // A reason why no evaluation is made answers the interruption (decision 115); an ordinary end is not excused.
        #expect(final(on: "2026-05-20", status: .interrupted, excused: true) == [])
        #expect(final(on: "2026-05-20", status: .ended, excused: true) == [.finalEvaluationDue])
        // The period's own timings: a 21-day window and 30 days after the end.
        let own = PolicyTimings(finalWindowDays: 21, finalRemindedDaysAfterEnd: 30)
        #expect(final(on: "2026-04-09", status: .active, timings: own) == [])
        #expect(final(on: "2026-04-10", status: .active, timings: own) == [.finalEvaluationDue])
        #expect(final(on: "2026-05-30", status: .ended, timings: own) == [.finalEvaluationDue])
        #expect(final(on: "2026-05-31", status: .ended, timings: own) == [])
    }

    @Test func followUpsAtTheOrganizersMonths() {
        // Ended 1.12.2025; the organizer follows up after 2 and 4 months: 1.2. and 1.4.2026.
        let timings = PolicyTimings(firstFollowUpMonths: 2, secondFollowUpMonths: 4)
        let ended = ReminderInputs.EndedPeriod(clientID: client, endedOn: Self.today.adding(months: -3), followUpsDone: [], timings: timings)
        #expect(reminders(ReminderInputs(today: Self.today, endedPeriods: [ended])).map(\.dueOn) == [day(-28)])
        #expect(reminders(ReminderInputs(today: day(30), endedPeriods: [ended])).map(\.dueOn) == [day(-28)], "the day before the second point")
        #expect(reminders(ReminderInputs(today: day(31), endedPeriods: [ended])).map(\.dueOn) == [day(-28), day(31)])
    }

    @Test func sortedByDueDayThenKind() {
        let second = UUID()
        let inputs = ReminderInputs(
            today: Self.today,
            waitingReferrals: [.init(id: subject, clientID: second, receivedOn: day(10))],
            periods: [period(startsOn: day(-40), endsOn: day(20), hasInterimEvaluation: false)],
            endedPeriods: [.init(clientID: second, endedOn: Self.today.adding(months: -3), followUpsDone: [], timings: PolicyTimings())],
            continuousRuns: [.init(clientID: second, lastAllowedDay: day(10))])
        #expect(reminders(inputs).map(\.kind) == [
            .evaluationDue, .followUpDue, .referralWaiting, .continuousLimitApproaching, .periodEndingWithoutNextStep,
        ])
        #expect(reminders(inputs).map(\.dueOn) == [day(-10), Self.today, day(10), day(10), day(20)])
    }

    @Test func sortOrderIsStableAcrossInputOrder() {
        let a = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
        let b = UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!
        let runs: [ReminderInputs.ContinuousRun] = [.init(clientID: b, lastAllowedDay: day(5)), .init(clientID: a, lastAllowedDay: day(5))]
        let forward = reminders(ReminderInputs(today: Self.today, continuousRuns: runs))
        let backward = reminders(ReminderInputs(today: Self.today, continuousRuns: runs.reversed()))
        #expect(forward == backward)
        #expect(forward.map(\.clientID) == [a, b])
    }

    @Test func kindsAreListedInDeclarationOrder() {
        #expect(ReminderKind.allCases.map(\.rawValue) == [
            "referralWaiting", "periodEndingWithoutNextStep", "followUpDue", "continuousLimitApproaching", "evaluationDue",
            "finalEvaluationDue",
            "shopStewardNoticeMissing", "referralQueued", "noResponsibleWorker",
        ])
        #expect(Set(ReminderKind.groupOrder) == Set(ReminderKind.allCases) && ReminderKind.groupOrder.count == ReminderKind.allCases.count,
                "every kind has its place among the front page's groups, once")
    }
}
