import Foundation
import PolkuDomain
import Testing

struct PathProgressTests {
    private static func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }
    private static func at(_ iso: String, _ hour: Int = 12) -> Date {
        ISO8601DateFormatter().date(from: "\(iso)T\(String(format: "%02d", hour)):00:00Z")!
    }

    /// Referred, accepted, assessed and planned in spring 2026; a visit and a decision to come.
    private static let planned = PathHistory(
        referrals: [.init(receivedOn: day("2026-02-02"), recordedAt: at("2026-02-02"), state: .accepted, decidedOn: day("2026-02-05"))],
        assessments: [day("2026-02-16")], planVersions: [day("2026-03-02")])

    private static func with(_ change: (inout PathHistory) -> Void) -> PathHistory {
        var history = planned
        change(&history)
        return history
    }

    @Test func doneStepsCarryTheirDays() {
        let progress = PathProgress(Self.planned, today: Self.day("2026-03-03"))
        #expect(progress.current == .placement)
        #expect(progress.state(of: .referral) == .done(on: Self.day("2026-02-05")))
        #expect(progress.state(of: .assessment) == .done(on: Self.day("2026-02-16")))
        #expect(progress.state(of: .plan) == .done(on: Self.day("2026-03-02")))
        #expect(progress.state(of: .placement) == .current)
        #expect(progress.state(of: .visit) == .ahead)
    }

    /// The visit is done once it was held and went well: not the day before, and not without its outcome.
    @Test func theVisitIsDoneOnItsDayWithItsOutcome() {
        let booked = Self.with { $0.visits = [.init(on: Self.day("2026-03-10"), outcome: nil)] }
        let dayBefore = PathProgress(booked, today: Self.day("2026-03-09"))
        #expect(dayBefore.current == .visit)
        #expect(dayBefore.state(of: .placement) == .done(on: nil))
        #expect(PathProgress(booked, today: Self.day("2026-03-10")).current == .visit)

        let held = Self.with { $0.visits = [.init(on: Self.day("2026-03-10"), outcome: .wentWell)] }
        for today in ["2026-03-10", "2026-03-11"] {
            let progress = PathProgress(held, today: Self.day(today))
            #expect(progress.state(of: .visit) == .done(on: Self.day("2026-03-10")), "\(today)")
            #expect(progress.current == .decision, "\(today)")
        }
    }

    @Test func anUnsuitablePlaceSendsTheClientBackToTheSearchAndAMissedVisitWaitsForAnother() {
        let unsuitable = Self.with { $0.visits = [.init(on: Self.day("2026-03-10"), outcome: .notSuitable)] }
        #expect(PathProgress(unsuitable, today: Self.day("2026-03-11")).current == .placement)
        let missed = Self.with { $0.visits = [.init(on: Self.day("2026-03-10"), outcome: .didNotCome)] }
        #expect(PathProgress(missed, today: Self.day("2026-03-11")).current == .visit)
        // A second place visited after the first did not suit: the newest visit tells.
        let second = Self.with { $0.visits = [.init(on: Self.day("2026-03-10"), outcome: .notSuitable),
                                              .init(on: Self.day("2026-03-17"), outcome: .wentWell)] }
        #expect(PathProgress(second, today: Self.day("2026-03-17")).state(of: .visit) == .done(on: Self.day("2026-03-17")))
    }

    /// The decision is done from its day: one written in advance leaves the client at the decision until then.
    @Test func theDecisionIsDoneFromItsDay() {
        let decided = Self.with {
            $0.visits = [.init(on: Self.day("2026-03-10"), outcome: .wentWell)]
            $0.decisions = [.init(decidedOn: Self.day("2026-03-20"), recordedAt: Self.at("2026-03-19"))]
            $0.periods = [.init(startsOn: Self.day("2026-04-01"), endsOn: Self.day("2026-06-30"), status: .planned, decidedOn: Self.day("2026-03-20"))]
        }
        let dayBefore = PathProgress(decided, today: Self.day("2026-03-19"))
        #expect(dayBefore.current == .decision)
        #expect(dayBefore.state(of: .decision) == .current)
        for today in ["2026-03-20", "2026-03-21"] {
            let progress = PathProgress(decided, today: Self.day(today))
            #expect(progress.state(of: .decision) == .done(on: Self.day("2026-03-20")), "\(today)")
            #expect(progress.current == .period, "\(today)")
        }
    }

    @Test func aStepPassedWithoutARecordSaysSo() {
        let noVisit = Self.with {
            $0.decisions = [.init(decidedOn: Self.day("2026-03-20"), recordedAt: Self.at("2026-03-20"))]
            $0.periods = [.init(startsOn: Self.day("2026-04-01"), endsOn: Self.day("2026-06-30"), status: .active, decidedOn: Self.day("2026-03-20"))]
        }
        let progress = PathProgress(noVisit, today: Self.day("2026-04-02"))
        #expect(progress.current == .period)
        #expect(progress.state(of: .visit) == .notRecorded)
        #expect(progress.state(of: .placement) == .done(on: nil))
    }

    /// A first round ended on 30.6.2026 (recorded at noon) with both follow-ups done.
    private static let ended = with {
        $0.visits = [.init(on: day("2026-03-10"), outcome: .wentWell)]
        $0.decisions = [.init(decidedOn: day("2026-03-20"), recordedAt: at("2026-03-20"))]
        $0.periods = [.init(startsOn: day("2026-04-01"), endsOn: day("2026-06-30"), status: .ended, decidedOn: day("2026-03-20"))]
        $0.endings = [.init(endedOn: day("2026-06-30"), recordedAt: at("2026-06-30"), followUpsDoneOn: [day("2026-09-30"), day("2026-12-30")])]
    }

    private static func returning(receivedOn: String, at hour: Int) -> PathHistory {
        var history = ended
        history.referrals.append(.init(receivedOn: day(receivedOn), recordedAt: at(receivedOn, hour), state: .received))
        return history
    }

    @Test func aRoundEndsCompleteAfterBothFollowUps() {
        let progress = PathProgress(Self.ended, today: Self.day("2027-01-04"))
        #expect(progress.round == 1 && progress.earlierRounds.isEmpty)
        #expect(progress.isComplete)
        #expect(progress.state(of: .followUp) == .done(on: Self.day("2026-12-30")))
        #expect(progress.state(of: .period) == .done(on: Self.day("2026-06-30")))
        #expect(progress.state(of: .ending) == .done(on: Self.day("2026-06-30")))
    }

    /// A referral after the ending opens a new round at the referral; on the ending's own day, one recorded
    /// after the ending does, one recorded before it was part of the round that ended.
    @Test(arguments: [
        ("2026-06-29", 15, 1),
        ("2026-06-30", 9, 1),
        ("2026-06-30", 15, 2),
        ("2026-07-01", 9, 2),
    ])
    func aNewReferralAfterTheEndingIsANewRound(receivedOn: String, hour: Int, round: Int) {
        let progress = PathProgress(Self.returning(receivedOn: receivedOn, at: hour), today: Self.day("2027-01-04"))
        #expect(progress.round == round)
        if round == 2 {
            #expect(progress.current == .referral)
            #expect(progress.state(of: .referral) == .current)
            #expect(!progress.isComplete)
            #expect(progress.startedOn == Self.day(receivedOn))
            #expect(progress.earlierRounds == [.init(number: 1, startedOn: Self.day("2026-02-02"), endedOn: Self.day("2026-06-30"))])
            // Nothing of the first round counts on the second.
            #expect(progress.steps.dropFirst().allSatisfy { $0.state == .ahead })
        } else {
            #expect(progress.current == .followUp)
        }
    }

    @Test func theNewRoundGoesOnWithItsOwnRecords() {
        var history = Self.returning(receivedOn: "2027-01-11", at: 9)
        history.referrals[1].state = .accepted
        history.referrals[1].decidedOn = Self.day("2027-01-13")
        history.assessments.append(Self.day("2027-01-20"))
        // An amendment of the old plan on the new round renews it.
        history.planVersions.append(Self.day("2027-01-27"))
        let progress = PathProgress(history, today: Self.day("2027-01-28"))
        #expect(progress.round == 2)
        #expect(progress.state(of: .referral) == .done(on: Self.day("2027-01-13")))
        #expect(progress.state(of: .assessment) == .done(on: Self.day("2027-01-20")))
        #expect(progress.state(of: .plan) == .done(on: Self.day("2027-01-27")))
        #expect(progress.current == .placement)
        // Assessed but the plan not yet renewed: the old plan does not carry over.
        #expect(PathProgress(history, today: Self.day("2027-01-26")).current == .plan)
    }

    @Test func aDecisionAfterTheEndingWithoutAReferralAlsoOpensARound() {
        var history = Self.ended
        history.decisions.append(.init(decidedOn: Self.day("2027-02-01"), recordedAt: Self.at("2027-02-01")))
        history.periods.append(.init(startsOn: Self.day("2027-02-15"), endsOn: Self.day("2027-05-14"), status: .planned,
                                     decidedOn: Self.day("2027-02-01")))
        let progress = PathProgress(history, today: Self.day("2027-02-02"))
        #expect(progress.round == 2)
        #expect(progress.current == .period)
        #expect(progress.state(of: .decision) == .done(on: Self.day("2027-02-01")))
        #expect(progress.state(of: .ending) == .ahead)
    }

    @Test func noRecordsIsTheReferralOfTheFirstRound() {
        let progress = PathProgress(PathHistory(), today: Self.day("2026-01-01"))
        #expect(progress.current == .referral && progress.round == 1 && progress.startedOn == nil)
    }
}
