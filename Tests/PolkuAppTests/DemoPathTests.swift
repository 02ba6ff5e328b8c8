import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The demo's assessments, endings and follow-ups look like a real service's and are the same every time.
final class DemoPathTests: XCTestCase {
    func testTheDemoAssessesMostClientsAndEndsEveryEndedPeriod() async throws {
        try await withApp { app, _ in
            let today = LocalDateFixture.day(2026, 5, 28)
            let build = { try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today) }
            let demo = try build()
            let share = Double(demo.assessments.count) / Double(demo.clients.count)
            XCTAssertEqual(share, 0.6, accuracy: 0.1)
            let elsewhere = demo.assessments.filter { $0.conclusion.belongsElsewhere }
            XCTAssertTrue((2...20).contains(elsewhere.count), "a few belong elsewhere: \(elsewhere.count)")
            XCTAssertTrue(elsewhere.allSatisfy { !($0.conclusionNote ?? "").isEmpty }, "and say where")

            let ended = demo.periods.filter { $0.recorded == .ended }
            XCTAssertEqual(Set(demo.endings.compactMap { $0.$period.id }), Set(ended.compactMap(\.id)))
            for ending in demo.endings {
                let period = ended.first { $0.id == ending.$period.id }!
                XCTAssertEqual(period.endsOn, ending.endedOn, "the ending closed its period")
            }
            XCTAssertGreaterThan(Set(demo.endings.map(\.reason)).count, 3)
            XCTAssertGreaterThan(Set(demo.endings.map(\.nextPath)).count, 3)
            XCTAssertFalse(demo.followUps.isEmpty)
            for followUp in demo.followUps {
                let ending = demo.endings.first { $0.id == followUp.$ending.id }!
                XCTAssertLessThanOrEqual(followUp.point.dueOn(afterEndOn: LocalDate(isoString: ending.endedOn)!, timings: demo.policy.timings), today, "only points already due")
            }
            let again = try build()
            XCTAssertEqual(again.assessments.map(\.id), demo.assessments.map(\.id))
            XCTAssertEqual(again.followUps.map(\.doneOn), demo.followUps.map(\.doneOn))
        }
    }

    /// Decisions 106 and 115: the demo shows an interruption still to be evaluated and one answered with a reason.
    func testTheDemoHasInterruptionsOneAnsweredWithAReason() async throws {
        try await withApp { app, _ in
            let today = LocalDateFixture.day(2026, 5, 28)
            let demo = try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today)
            let interrupted = demo.periods.filter { $0.recorded == .interrupted }
            XCTAssertEqual(interrupted.count, 2)
            XCTAssertTrue(interrupted.allSatisfy { $0.interruptionReason != nil && $0.$decision.id != nil && $0.endsOn < today.isoString })
            XCTAssertEqual(interrupted.filter { $0.noEvaluationReason != nil }.count, 1)
        }
    }

    /// Former clients referred again are on a new round; some plans weigh one goal more, and their evaluations
    /// score with those weights (decisions 128–130).
    func testTheDemoHasReturningClientsOnANewRoundAndWeightedGoals() async throws {
        try await withApp { app, _ in
            let today = LocalDateFixture.day(2026, 5, 28)
            let demo = try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today)
            let day = { (iso: String) in LocalDate(isoString: iso)! }
            let returning = Set(demo.endings.map { $0.$client.id }).filter { client in
                demo.referrals.contains { $0.$client.id == client && $0.isReturn && $0.state == .received }
            }
            XCTAssertFalse(returning.isEmpty, "the demo refers some former clients again")
            for client in returning {
                let history = PathHistory(
                    referrals: demo.referrals.filter { $0.$client.id == client }.map {
                        PathHistory.Referral(receivedOn: day($0.receivedOn), recordedAt: .distantFuture, state: $0.state,
                                             decidedOn: $0.decidedOn.map(day))
                    },
                    periods: demo.periods.filter { $0.$client.id == client }.map {
                        PathHistory.Period(startsOn: day($0.startsOn), endsOn: day($0.endsOn), status: $0.state(on: today))
                    },
                    endings: demo.endings.filter { $0.$client.id == client }.map {
                        PathHistory.Ending(endedOn: day($0.endedOn), recordedAt: .distantPast)
                    })
                let progress = PathProgress(history, today: today)
                XCTAssertEqual(progress.round, 2, "\(client)")
                XCTAssertEqual(progress.current, .referral, "\(client)")
            }

            let weighted = demo.planVersions.filter { Set($0.goals.map(\.weight)).count > 1 }
            XCTAssertFalse(weighted.isEmpty, "some plans weigh one goal more")
            XCTAssertTrue(demo.planVersions.allSatisfy { $0.goals.allSatisfy { GoalAttainment.weights.contains($0.effectiveWeight) } })
            let rated = demo.evaluations.filter { evaluation in weighted.contains { $0.$plan.id == evaluation.planID } }
            XCTAssertFalse(rated.isEmpty, "and are evaluated")
            for evaluation in rated {
                let version = weighted.first { $0.$plan.id == evaluation.planID }!
                XCTAssertEqual(evaluation.goals.map(\.weight), version.goals.map(\.weight))
            }
        }
    }

    func testTheDemoFeedbackPassesTheThresholdAtSomePlacesAndNotAtOthers() async throws {
        try await withApp { app, _ in
            let today = LocalDateFixture.day(2026, 5, 28)
            let demo = try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today)
            let counts = Dictionary(grouping: demo.feedback.filter { $0.form == .client }) { $0.$place.id }.mapValues(\.count)
            XCTAssertTrue(counts.values.contains { FeedbackResults.isShown(answerCount: $0) }, "\(counts.values)")
            XCTAssertTrue(demo.places.contains { !FeedbackResults.isShown(answerCount: counts[$0.id!] ?? 0) })
            XCTAssertTrue(demo.feedback.contains { $0.form == .place })
            let periods = Dictionary(uniqueKeysWithValues: demo.periods.map { ($0.id!, $0) })
            for answer in demo.feedback {
                let period = periods[answer.$period.id]!
                XCTAssertEqual(answer.$place.id, period.$place.id)
                XCTAssertLessThanOrEqual(answer.givenOn, today.isoString, "given in the past")
                XCTAssertGreaterThanOrEqual(answer.givenOn, period.startsOn, "during or after the period")
            }
            let clientUser = demo.users.first { $0.role == .client }!.$client.id
            XCTAssertFalse(demo.feedback.contains { $0.$client.id == clientUser }, "the client login's period is left for the client to answer")
            XCTAssertEqual(Set(demo.feedback.map { "\($0.$period.id) \($0.form)" }).count, demo.feedback.count, "once per period and form")
        }
    }
}
