import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// A work coach reads a client only while the client has a current or upcoming period at one of the coach's
/// organization's places (`placedClientIDs`): not once the period is interrupted, not after it has ended
/// (decision 101: the state follows from the dates and what was recorded).
final class CoachReachTests: XCTestCase {
    /// The page and the API's record of `client` as the coach sees them now.
    private func coachReads(_ client: Client, app: Application, world: TestWorld) async throws -> (page: HTTPStatus, api: HTTPStatus) {
        let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
        let page = try await coach.get("/clients/\(client.id!)").status
        // A token issued on the app's clock (the test world's `bearer` issues on 28.5.2026).
        let (_, token) = try await ApiToken.issue(for: world.user(.workCoach).id!, lifetime: 3600, now: app.clock.now(), on: app.db)
        let api = try await TestAPI(app: app, headers: ["Authorization": "Bearer \(token)"]).send(.GET, "/api/v1/clients/\(client.id!)").status
        return (page, api)
    }

    func testACoachStopsReadingAClientOnceThePeriodAtTheirPlaceIsInterrupted() async throws {
        try await withApp { app, world in
            let client = world.joensuuClient
            try await world.givePlan(to: client, on: app)
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let before = try await coachReads(client, app: app, world: world)
            XCTAssertEqual(before.page, .notFound, "not placed yet: outside the coach's reach")
            XCTAssertEqual(before.api, .notFound)

            // A period at the coach's place from 25.5.2026 (today is 28.5.): the coach reads the client.
            let decided = try await worker.send(.POST, "/api/v1/clients/\(client.id!)/decisions", [
                "decidedOn": "2026-05-20", "startsOn": "2026-05-25", "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
                "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi",
            ])
            XCTAssertEqual(decided.status, .created, decided.body.string)
            let decision = try XCTUnwrap(TestAPI.object(decided)["id"] as? String)
            let placed = try await coachReads(client, app: app, world: world)
            XCTAssertEqual(placed.page, .ok, "an active period at the coach's place")
            XCTAssertEqual(placed.api, .ok)

            // Interrupted today: from today on the period is interrupted, and the coach's reach ends with it.
            let interrupted = try await worker.send(.POST, "/api/v1/clients/\(client.id!)/decisions/\(decision)/interruption",
                                                    ["reason": "Muutti toiselle paikkakunnalle", "version": 1])
            XCTAssertEqual(interrupted.status, .ok, interrupted.body.string)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == client.id!).first()!
            XCTAssertEqual(PeriodStatus.on(TestWorld.today, startsOn: LocalDate(isoString: period.startsOn)!,
                                           endsOn: LocalDate(isoString: period.endsOn)!, recorded: period.recorded), .interrupted)
            let after = try await coachReads(client, app: app, world: world)
            XCTAssertEqual(after.page, .notFound, "the coach no longer reads the client's page after the interruption")
            XCTAssertEqual(after.api, .notFound, "nor the client through the API")
            let list = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app).send(.GET, "/api/v1/clients")
            XCTAssertFalse(list.body.string.contains(client.id!.uuidString), "nor in the list: \(list.body.string)")
            let stillWorker = try await worker.send(.GET, "/api/v1/clients/\(client.id!)")
            XCTAssertEqual(stillWorker.status, .ok, "the social worker still does")
        }
    }

    func testACoachStopsReadingAClientTheDayAfterThePeriodEnds() async throws {
        // The test world's placed client has a period at the coach's place from 1.5. to 31.7.2026.
        let lastDay = Date(timeIntervalSince1970: 1_785_488_400)  // 31.7.2026 12.00 in Helsinki
        XCTAssertEqual(LocalDate(lastDay, in: .helsinki), LocalDate(year: 2026, month: 7, day: 31)!)
        try await withApp(now: lastDay) { app, world in
            let reads = try await coachReads(world.placedClient, app: app, world: world)
            XCTAssertEqual(reads.page, .ok, "the period's last day")
            XCTAssertEqual(reads.api, .ok)
        }
        try await withApp(now: lastDay.addingTimeInterval(24 * 3600)) { app, world in
            let reads = try await coachReads(world.placedClient, app: app, world: world)
            XCTAssertEqual(reads.page, .notFound, "the day after the period ended")
            XCTAssertEqual(reads.api, .notFound)
        }
    }
}
