import Foundation
import PolkuDomain
import XCTest

/// Who records a client's trainings and certificates, and the dates a record may carry (issue 13 item 9).
final class AchievementRulesTests: XCTestCase {
    private let ownProvider = UUID(), otherProvider = UUID()
    private let client = ClientFacts(id: UUID(), municipalityCode: "167")

    private func coach(placed: Bool = true) -> Principal {
        Principal(userID: UUID(), role: .workCoach, organizationID: ownProvider, placedClientIDs: placed ? [client.id] : [])
    }

    private func write(_ actor: Principal, _ period: AchievementPeriod) -> AccessDecision {
        Action.Achievement.write.decide(by: actor, on: AchievementFacts(client: client, period: period))
    }

    func testACoachRecordsOnlyAboutAPeriodAtTheirOwnPlace() {
        XCTAssertEqual(write(coach(), .at(provider: ownProvider)), .allow)
        XCTAssertEqual(write(coach(), .at(provider: otherProvider)), .forbidden, "a period at another provider's place")
        XCTAssertEqual(write(coach(), .without), .forbidden, "a coach's record names the period they saw")
        XCTAssertEqual(write(coach(), .notChosen), .allow, "the form is offered, with the coach's periods")
        XCTAssertEqual(write(coach(placed: false), .at(provider: ownProvider)), .notFound, "a client not placed with them")
    }

    func testWorkersRecordWithOrWithoutAPeriodAndTheClientOnlyReads() {
        let worker = Principal(userID: UUID(), role: .socialCounsellor, coveredMunicipalityCodes: ["167"])
        XCTAssertEqual(write(worker, .without), .allow)
        XCTAssertEqual(write(worker, .at(provider: otherProvider)), .allow)
        let own = Principal(userID: UUID(), role: .client, ownClientID: client.id)
        XCTAssertEqual(write(own, .without), .forbidden)
        XCTAssertEqual(Action.Achievement.read.decide(by: own, on: AchievementFacts(client: client)), .allow)
        let manager = Principal(userID: UUID(), role: .manager, coveredMunicipalityCodes: ["167"])
        XCTAssertEqual(Action.Achievement.read.decide(by: manager, on: AchievementFacts(client: client)), .forbidden)
    }

    func testARecordIsGainedByTodayAndValidFromThatDayOn() {
        let today = LocalDate(year: 2026, month: 5, day: 28)!
        XCTAssertEqual(AchievementRules.dateProblems(gainedOn: today, validUntil: nil, today: today), [])
        XCTAssertEqual(AchievementRules.dateProblems(gainedOn: today.adding(days: 1), validUntil: nil, today: today), [.gainedInFuture])
        XCTAssertEqual(AchievementRules.dateProblems(gainedOn: today, validUntil: today.adding(days: -1), today: today), [.validBeforeGained])
        XCTAssertEqual(AchievementRules.dateProblems(gainedOn: today, validUntil: today, today: today), [])
    }
}
