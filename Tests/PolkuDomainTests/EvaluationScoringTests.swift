import Foundation
import PolkuDomain
import Testing

struct EvaluationScoringTests {
    /// Known values of 50 + 10·Σx / √(0.7·n + 0.3·n²).
    @Test(arguments: [
        ([0], 50.0),
        ([1], 60.0),
        ([-2], 30.0),
        ([1, 1, 1], 63.693),  // 50 + 30 / √4.8
        ([2, -1], 56.202),  // 50 + 10 / √2.6
        ([0, 0, 0, 0], 50.0),
        ([-1, -1], 37.596),  // 50 − 20 / √2.6
    ])
    func tScoreOfKnownRatings(levels: [Int], expected: Double) {
        let t = GoalAttainment.tScore(achieved: levels)!
        #expect(abs(t - expected) < 0.001, "\(levels) → \(t)")
    }

    @Test func noScoreWithoutGoalsOrOffTheScale() {
        #expect(GoalAttainment.tScore(achieved: []) == nil)
        #expect(GoalAttainment.tScore(achieved: [1, 3]) == nil)
    }

    @Test func correlationZeroIsTheSumOverRootN() {
        #expect(abs(GoalAttainment.tScore(achieved: [1, 1, 1, 1], correlation: 0)! - 70) < 0.000_1)
    }

    /// Weighted scores worked by hand: T = 50 + 10·Σwᵢxᵢ / √(0.7·Σwᵢ² + 0.3·(Σwᵢ)²) (decision 129).
    @Test(arguments: [
        // Σwx = 3·2 + 1·(−1) = 5; Σw² = 9 + 1 = 10; (Σw)² = 16; √(7 + 4.8) = √11.8 = 3.43511; 50 + 50 / 3.43511
        ([2, -1], [3, 1], 64.556),
        // Σwx = 10·(−1) + 1·1 = −9; Σw² = 101; (Σw)² = 121; √(70.7 + 36.3) = √107 = 10.34408; 50 − 90 / 10.34408
        ([-1, 1], [10, 1], 41.299),
        // Σwx = 3·2 + 2·1 + 1·(−1) = 7; Σw² = 14; (Σw)² = 36; √(9.8 + 10.8) = √20.6 = 4.53872; 50 + 70 / 4.53872
        ([2, 1, -1], [3, 2, 1], 65.423),
        // Σwx = 2·1 + 5·0 + 1·(−2) = 0: as expected overall, whatever the weights
        ([1, 0, -2], [2, 5, 1], 50.0),
        // One goal: Σwx = 7, √(0.7·49 + 0.3·49) = 7, so the weight cancels out
        ([1], [7], 60.0),
        // Unweighted the same levels give 56.202 (50 + 10 / √2.6): the weight moves the score toward the heavy goal
        ([2, -1], [1, 1], 56.202),
    ])
    func weightedTScoreComputedByHand(levels: [Int], weights: [Int], expected: Double) {
        let t = GoalAttainment.tScore(achieved: levels, weights: weights)!
        #expect(abs(t - expected) < 0.001, "\(levels) × \(weights) → \(t)")
    }

    @Test func equalWeightsOfAnySizeGiveTheUnweightedScore() {
        for levels in [[1, 1, 1], [2, -1], [-2, 0, 1, 2], [0]] {
            let unweighted = GoalAttainment.tScore(achieved: levels)!
            for weight in [1, 4, 10] {
                let weighted = GoalAttainment.tScore(achieved: levels, weights: Array(repeating: weight, count: levels.count))!
                #expect(abs(weighted - unweighted) < 0.000_000_1, "\(levels) at \(weight)")
            }
        }
    }

    @Test func weightsOffTheirRangeOrNotMatchingTheGoalsScoreNothing() {
        #expect(GoalAttainment.tScore(achieved: [1, 0], weights: [1]) == nil)
        #expect(GoalAttainment.tScore(achieved: [1], weights: [0]) == nil)
        #expect(GoalAttainment.tScore(achieved: [1], weights: [-1]) == nil)
        #expect(GoalAttainment.tScore(achieved: [1], weights: [11]) == nil)
        #expect(GoalAttainment.tScore(achieved: [1], weights: [10]) == 60)
    }

    @Test func anEvaluationsScoresUseTheWeightsButTheMeanStaysUnweighted() {
        let scores = EvaluationScores(goalLevels: [2, -1], goalWeights: [3, 1], topicRatings: [])
        #expect(abs(scores.tScore! - 64.556) < 0.001)
        #expect(scores.meanAttainment == 0.5)
    }

    @Test func scoresOfOneEvaluation() {
        let scores = EvaluationScores(goalLevels: [1, 0, -1], topicRatings: [3, 4, 2, 3])
        #expect(scores.meanAttainment == 0)
        #expect(scores.tScore == 50)
        #expect(scores.meanTopicRating == 3)
        let empty = EvaluationScores(goalLevels: [], topicRatings: [])
        #expect(empty.tScore == nil && empty.meanAttainment == nil && empty.meanTopicRating == nil)
        #expect(EvaluationScores(goalLevels: [], topicRatings: [5]).meanTopicRating == nil)
    }

    @Test func meanTScorePerPerspective() {
        let means = EvaluationScores.meanTScore(by: [
            (.worker, EvaluationScores(goalLevels: [1], topicRatings: [])),
            (.worker, EvaluationScores(goalLevels: [-1], topicRatings: [])),
            (.client, EvaluationScores(goalLevels: [2], topicRatings: [])),
            (.workCoach, EvaluationScores(goalLevels: [], topicRatings: [3])),
        ])
        #expect(means == [.worker: 50, .client: 70])
    }
}

struct EvaluationScheduleTests {
    private let start = LocalDate(isoString: "2026-05-01")!
    private let end = LocalDate(isoString: "2026-07-31")!

    private func states(on today: String, _ status: PeriodStatus = .active, done: Set<EvaluationKind> = []) -> [EvaluationSchedule.State] {
        EvaluationSchedule(startsOn: start, endsOn: end, status: status, done: done, today: LocalDate(isoString: today)!,
                           timings: PolicyTimings()).items.map(\.state)
    }

    @Test func dueDaysOfAThreeMonthPeriod() {
        let schedule = EvaluationSchedule(startsOn: start, endsOn: end, status: .active, done: [], today: start, timings: PolicyTimings())
        // 91 days: the midpoint is 1.5. + 45 = 15.6.; the last 14 days begin on 18.7.
        #expect(schedule.item(.interim).dueFrom == LocalDate(isoString: "2026-06-15"))
        #expect(schedule.item(.final).dueFrom == LocalDate(isoString: "2026-07-18"))
    }

    /// The windows are the organizer's (decision 114): an interim from a third of the period, a 7-day final window.
    @Test func theOrganizersWindows() {
        let timings = PolicyTimings(interimFromPercent: 33, finalWindowDays: 7)
        let on = { (day: String) in
            EvaluationSchedule(startsOn: start, endsOn: end, status: .active, done: [], today: LocalDate(isoString: day)!, timings: timings)
                .items.map(\.state)
        }
        // 91 days × 33 % = 30 days: due from 31.5.; the last 7 days begin on 25.7.
        #expect(on("2026-05-30") == [.upcoming, .upcoming])
        #expect(on("2026-05-31") == [.due, .upcoming])
        #expect(on("2026-07-24") == [.due, .upcoming])
        #expect(on("2026-07-25") == [.lapsed, .due])
    }

    @Test func boundaries() {
        #expect(states(on: "2026-06-14") == [.upcoming, .upcoming])
        #expect(states(on: "2026-06-15") == [.due, .upcoming])
        #expect(states(on: "2026-07-17") == [.due, .upcoming])
        #expect(states(on: "2026-07-18") == [.lapsed, .due])
        #expect(states(on: "2026-07-31") == [.lapsed, .due])
        #expect(states(on: "2026-10-29", .ended) == [.lapsed, .due])
        #expect(states(on: "2026-10-30", .ended) == [.lapsed, .lapsed])
        #expect(states(on: "2026-07-20", done: [.interim, .final]) == [.done, .done])
        #expect(states(on: "2026-04-20", .planned) == [.upcoming, .upcoming])
    }

    /// An interruption asks for the evaluation of the situation from its day (seed 002, decision 106).
    @Test func anInterruptionAsksForTheFinalFromItsDay() {
        let cut = LocalDate(isoString: "2026-06-20")!
        let on = { (day: String) in
            EvaluationSchedule(startsOn: start, endsOn: cut, status: .interrupted, done: [], today: LocalDate(isoString: day)!,
                               timings: PolicyTimings())
        }
        #expect(on("2026-06-20").item(.final).dueFrom == cut)
        #expect(on("2026-06-20").item(.final).state == .due)
        #expect(on("2026-06-20").item(.interim).state == .lapsed, "the final covers the same ground")
        #expect(on("2026-09-18").item(.final).state == .due, "90 days after the interruption")
        #expect(on("2026-09-19").item(.final).state == .lapsed)
        #expect(EvaluationSchedule(startsOn: start, endsOn: cut, status: .interrupted, done: [.final], today: cut,
                                   timings: PolicyTimings()).item(.final).state == .done)
        #expect(EvaluationSchedule(startsOn: start, endsOn: cut, status: .interrupted, done: [], today: cut,
                                   timings: PolicyTimings(), excused: true).item(.final).state == .lapsed,
                "a recorded reason why none is made")
    }
}

struct EvaluationAccessTests {
    @Test func perspectiveFollowsTheRole() {
        #expect(EvaluationPerspective.of(.socialWorker) == .worker)
        #expect(EvaluationPerspective.of(.socialCounsellor) == .worker)
        #expect(EvaluationPerspective.of(.workCoach) == .workCoach)
        #expect(EvaluationPerspective.of(.client) == .client)
        for role in [Role.admin, .manager, .employmentSpecialist] {
            #expect(EvaluationPerspective.of(role) == nil)
            #expect(EvaluationAccess.clientAction(for: role) == nil)
        }
        #expect(EvaluationAccess.clientAction(for: .socialCounsellor) == .update)
        #expect(EvaluationAccess.clientAction(for: .workCoach) == .read)
    }

    @Test func workersAndCoachesAlsoRecordTheClientsOwn() {
        #expect(EvaluationAccess.perspectives(for: .socialWorker) == [.worker, .client])
        #expect(EvaluationAccess.perspectives(for: .workCoach) == [.workCoach, .client])
        #expect(EvaluationAccess.perspectives(for: .client) == [.client])
        #expect(EvaluationAccess.perspectives(for: .employmentSpecialist).isEmpty)
    }

    @Test func aCoachEvaluatesOnlyAtTheirOwnPlaces() {
        let own = UUID(), other = UUID()
        #expect(EvaluationAccess.mayEvaluate(periodAtProvider: own, role: .workCoach, organizationID: own))
        #expect(!EvaluationAccess.mayEvaluate(periodAtProvider: other, role: .workCoach, organizationID: own))
        #expect(!EvaluationAccess.mayEvaluate(periodAtProvider: other, role: .workCoach, organizationID: nil))
        #expect(EvaluationAccess.mayEvaluate(periodAtProvider: other, role: .socialWorker, organizationID: own))
    }
}
