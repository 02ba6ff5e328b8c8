import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class FrontPageTests: XCTestCase {
    /// 10.7.2026: the placed client's period ends on 31.7., in 21 days.
    private static let july10 = Date(timeIntervalSince1970: 1_783_670_400)

    func testAPeriodEndingWithoutANextStepPlanIsOnTheWorkersFrontPage() async throws {
        try await withApp(now: Self.july10) { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let before = try await browser.get("/").body.string
            XCTAssertTrue(before.contains(#"data-kind="periodEndingWithoutNextStep""#), "no plan, so no next step")
            XCTAssertTrue(before.contains("Paikallinen Pekka"))
            XCTAssertTrue(before.contains("31.7.2026"))
            // A plan carries the next-step plan; the reminder goes away.
            let plan = Plan(clientID: world.placedClient.id!, kind: .activationPlan)
            try await plan.create(on: app.db)
            let after = try await browser.get("/").body.string
            XCTAssertFalse(after.contains(#"data-kind="periodEndingWithoutNextStep""#))
        }
    }

    func testTheContinuousLimitIsRemindedTwoMonthsAhead() async throws {
        try await withApp(now: Self.july10) { app, world in
            // Periods since 1.9.2024 without a break: the 24 months end on 31.8.2026, within 60 days.
            try await Period(clientID: world.placedClient.id!, placeID: world.place.id!, startsOn: "2024-09-01", endsOn: "2026-04-30",
                             status: .ended).create(on: app.db)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/").body.string
            XCTAssertTrue(page.contains(#"data-kind="continuousLimitApproaching""#))
            XCTAssertTrue(page.contains("31.8.2026"))
            // The south area's worker has none of these clients.
            let south = try await TestBrowser.signedIn(app, email: world.southWorker.email)
            let southPage = try await south.get("/").body.string
            XCTAssertFalse(southPage.contains(#"data-qa="reminder""#))
        }
    }
}
