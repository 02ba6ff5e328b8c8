import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The queue, familiarization visits and the shop-steward notice through the API, with their rules and refusals.
final class PlacementTests: XCTestCase {
    private func queue(_ api: TestAPI, _ client: Client, _ place: WorkActivityPlace, urgent: Bool = false) async throws -> TestingHTTPResponse {
        try await api.send(.POST, "/api/v1/clients/\(client.id!)/queue-entries",
                           ["placeId": place.id!.uuidString, "isUrgent": urgent, "reason": "Toivoo puutöitä.\nLähellä kotia."])
    }

    func testTheQueueIsUrgentFirstThenFirstComeAndOneOpenEntryPerClientAndPlace() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let first = try await queue(worker, world.joensuuClient, world.place)
            XCTAssertEqual(first.status, .created, first.body.string)
            XCTAssertEqual(TestAPI.object(first)["position"] as? Int, 1)
            XCTAssertEqual(TestAPI.object(first)["waitingDays"] as? Int, 0)
            let again = try await queue(worker, world.joensuuClient, world.place, urgent: true)
            XCTAssertEqual(again.status, .conflict)
            XCTAssertEqual(TestAPI.problems(again)["placeId"], "errorAlreadyQueued")
            // A later urgent entry goes first.
            let urgent = try await queue(worker, world.lieksaClient, world.place, urgent: true)
            XCTAssertEqual(urgent.status, .created, urgent.body.string)
            XCTAssertEqual(TestAPI.object(urgent)["position"] as? Int, 1)
            let list = try await worker.send(.GET, "/api/v1/places/\(world.place.id!)/queue")
            XCTAssertEqual(list.status, .ok)
            let items = TestAPI.object(list)["items"] as? [[String: Any]] ?? []
            XCTAssertEqual(items.compactMap { $0["clientId"] as? String }, [world.lieksaClient.id!.uuidString, world.joensuuClient.id!.uuidString])
            XCTAssertEqual(TestAPI.object(list)["occupied"] as? Int, 1, "the placed client's period holds a seat")
            XCTAssertEqual(TestAPI.object(list)["free"] as? Int, 9)
            // Unknown place: well formed, but not in the registry.
            let unknown = try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/queue-entries",
                                                ["placeId": UUID().uuidString, "isUrgent": false, "reason": "x"])
            XCTAssertEqual(unknown.status, .conflict)
            let malformed = try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/queue-entries", ["placeId": "x", "reason": " "])
            XCTAssertEqual(malformed.status, .unprocessableEntity)
            XCTAssertEqual(Set(TestAPI.problems(malformed).keys), ["placeId", "isUrgent", "reason"])
        }
    }

    func testWhoMayQueueAndWhoSeesWhomInAPlacesQueue() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            _ = try await queue(worker, world.joensuuClient, world.place)
            app.clock = AppClock(now: { TestWorld.now.addingTimeInterval(60) })  // a minute later: second in line
            _ = try await queue(worker, world.lieksaClient, world.place)
            for role in [Role.employmentSpecialist, .workCoach] {
                let api = try await TestAPI.signedIn(world.user(role), world: world, app: app)
                let refused = try await queue(api, world.joensuuClient, world.place)
                XCTAssertEqual(refused.status, .forbidden, "\(role) never queues")
            }
            let counsellor = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let outside = try await queue(counsellor, world.lieksaClient, world.place)
            XCTAssertEqual(outside.status, .notFound, "the north area's counsellor does not reach Lieksa")
            // The place's coach sees everyone waiting, with masked identity codes.
            let coach = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app)
            let coachView = TestAPI.object(try await coach.send(.GET, "/api/v1/places/\(world.place.id!)/queue"))["items"] as? [[String: Any]] ?? []
            XCTAssertEqual(coachView.count, 2)
            XCTAssertEqual(coachView.first?["identityCode"] as? String, "131052-****")
            // A worker sees the positions of clients outside their reach, not who they are.
            let southView = TestAPI.object(try await TestAPI.signedIn(world.southWorker, world: world, app: app)
                .send(.GET, "/api/v1/places/\(world.place.id!)/queue"))["items"] as? [[String: Any]] ?? []
            XCTAssertEqual(southView.map { $0["clientName"] as? String }, [nil, "Lieksalainen Liisa"])
            for role in [Role.admin, .manager, .client] {
                let api = try await TestAPI.signedIn(world.user(role), world: world, app: app)
                let r1 = try await api.send(.GET, "/api/v1/places/\(world.place.id!)/queue")
                XCTAssertEqual(r1.status, .forbidden, "\(role)")
            }
            // Another provider's coach: the place is out of reach, like a missing one.
            let other = Organization(name: "Toinen ry", kind: .provider, providerKind: .partnership, organizationForm: .association)
            try await other.create(on: app.db)
            let otherCoach = User(email: "other@test.fi", name: "Other", passwordHash: try app.password.hash(TestWorld.password), role: .workCoach,
                                  organizationID: other.id)
            try await otherCoach.create(on: app.db)
            let stranger = try await TestAPI.signedIn(otherCoach, world: world, app: app)
            let r2 = try await stranger.send(.GET, "/api/v1/places/\(world.place.id!)/queue")
            XCTAssertEqual(r2.status, .notFound)
            let r3 = try await stranger.send(.GET, "/api/v1/places/\(UUID())/queue")
            XCTAssertEqual(r3.status, .notFound)
        }
    }

    func testAWithdrawalNeedsAReasonAndTheVersionAndThenTheClientMayQueueAgain() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let entry = TestAPI.object(try await queue(worker, world.joensuuClient, world.place))
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/queue-entries/\(entry["id"] as! String)/withdrawal"
            let r4 = try await worker.send(.POST, path, ["version": 1])
            XCTAssertEqual(r4.status, .unprocessableEntity)
            let r5 = try await worker.send(.POST, path, ["reason": "Muutti", "version": 2])
            XCTAssertEqual(r5.status, .conflict)
            let done = try await worker.send(.POST, path, ["reason": "Sai palkkatukityön.", "version": 1])
            XCTAssertEqual(done.status, .ok, done.body.string)
            XCTAssertEqual(TestAPI.object(done)["state"] as? String, "withdrawn")
            XCTAssertNil(TestAPI.object(done)["position"] as? Int)
            let twice = try await worker.send(.POST, path, ["reason": "Uudestaan", "version": 2])
            XCTAssertEqual(twice.status, .conflict)
            XCTAssertEqual(TestAPI.problems(twice)["reason"], "errorQueueEntryClosed")
            let r6 = try await queue(worker, world.joensuuClient, world.place)
            XCTAssertEqual(r6.status, .created)
            let mine = try await worker.send(.GET, "/api/v1/clients/\(world.joensuuClient.id!)/queue-entries")
            XCTAssertEqual((TestAPI.object(mine)["items"] as? [[String: Any]])?.map { $0["state"] as? String }, ["waiting", "withdrawn"])
        }
    }

    func testTheDecisionForThePlacePlacesTheClientFromTheQueue() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let entry = TestAPI.object(try await queue(worker, world.joensuuClient, world.place))
            try await world.givePlan(to: world.joensuuClient, on: app)
            let decision = try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", [
                "decidedOn": "2026-05-28", "startsOn": "2026-06-01", "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
                "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi"])
            XCTAssertEqual(decision.status, .created, decision.body.string)
            let placed = TestAPI.object(try await worker.send(.GET, "/api/v1/clients/\(world.joensuuClient.id!)/queue-entries/\(entry["id"] as! String)"))
            XCTAssertEqual(placed["state"] as? String, "placed")
            XCTAssertEqual(placed["decisionId"] as? String, TestAPI.object(decision)["id"] as? String)
            XCTAssertEqual(placed["closedOn"] as? String, "2026-05-28")
            // The page's one action: the decision form opens with the place chosen.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = try await browser.get("/clients/\(world.lieksaClient.id!)/decisions/new?placeId=\(world.place.id!)").body.string
            XCTAssertTrue(form.contains(#"<option value="\#(world.place.id!.uuidString)" selected"#), form)
        }
    }

    func testVisitsAreBookedWithACompanionAndTheirOutcomeComesOnTheDay() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/visits"
            let base: [String: Any] = ["placeId": world.place.id!.uuidString, "visitOn": "2026-06-02", "timeOfDay": "10.00",
                                       "accompaniedBy": "Sanna Sosiaaliohjaaja"]
            let early = try await worker.send(.POST, path, base.merging(["outcome": "wentWell"]) { $1 })
            XCTAssertEqual(early.status, .conflict, "the outcome is known only on the day")
            XCTAssertEqual(TestAPI.problems(early)["outcome"], "errorVisitNotYet")
            // With a field missing too, both come back in one round (issue 13, item 1).
            let both = try await worker.send(.POST, path, base.merging(["outcome": "wentWell", "accompaniedBy": ""]) { $1 })
            XCTAssertEqual(both.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(both), ["outcome": "errorVisitNotYet", "accompaniedBy": "errorRequired"])
            let unexplained = try await worker.send(.POST, path, base.merging(["visitOn": "2026-05-27", "outcome": "notSuitable"]) { $1 })
            XCTAssertEqual(unexplained.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(unexplained)["outcomeReason"], "errorRequired")
            let booked = try await worker.send(.POST, path, base)
            XCTAssertEqual(booked.status, .created, booked.body.string)
            let visit = TestAPI.object(booked)
            let visitPath = "\(path)/\(visit["id"] as! String)"
            var done = base
            done["visitOn"] = "2026-05-28"
            done["outcome"] = "notSuitable"
            done["outcomeReason"] = "Liian meluisa ympäristö."
            done["version"] = 1
            let recorded = try await worker.send(.PUT, visitPath, done)
            XCTAssertEqual(recorded.status, .ok, recorded.body.string)
            XCTAssertEqual(TestAPI.object(recorded)["outcome"] as? String, "notSuitable")
            let r7 = try await worker.send(.PUT, visitPath, done)
            XCTAssertEqual(r7.status, .conflict, "stale version")
            let specialist = try await TestAPI.signedIn(world.user(.employmentSpecialist), world: world, app: app)
            let r8 = try await specialist.send(.POST, path, base)
            XCTAssertEqual(r8.status, .forbidden)
            let r9 = try await specialist.send(.GET, visitPath)
            XCTAssertEqual(r9.status, .ok, "reads what the client's workers read")
            let r10 = try await TestAPI.signedIn(world.southWorker, world: world, app: app).send(.GET, visitPath)
            XCTAssertEqual(r10.status, .notFound)
        }
    }

    /// An own-production place with a period of the Joensuu client starting in a week.
    private func ownProductionPeriod(_ app: Application, _ world: TestWorld, startsOn: String = "2026-06-04") async throws -> Period {
        let own = Organization(name: "Hyvinvointialueen työkeskus", kind: .provider, providerKind: .ownProduction, organizationForm: .county,
                               coveredMunicipalityCodes: ["167"])
        try await own.create(on: app.db)
        let place = WorkActivityPlace(providerID: own.id!, name: "Keskuskeittiö", areaID: world.areaNorth.id, municipalityCode: "167", capacity: 6)
        try await place.create(on: app.db)
        let period = Period(clientID: world.joensuuClient.id!, placeID: place.id!, startsOn: startsOn, endsOn: "2026-09-03")
        try await period.create(on: app.db)
        return period
    }

    func testTheShopStewardNoticeIsForOwnProductionOnceAndLateAfterTheStart() async throws {
        try await withApp { app, world in
            let period = try await ownProductionPeriod(app, world)
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/shop-steward-notices"
            let bought = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let notOwn = try await worker.send(.POST, "/api/v1/clients/\(world.placedClient.id!)/shop-steward-notices",
                                               ["periodId": bought.id!.uuidString, "notifiedOn": "2026-05-28", "recipient": "Pääluottamusmies"])
            XCTAssertEqual(notOwn.status, .conflict)
            XCTAssertEqual(TestAPI.problems(notOwn)["periodId"], "errorNotOwnProduction")
            let notTheirs = try await worker.send(.POST, path, ["periodId": bought.id!.uuidString, "notifiedOn": "2026-05-28", "recipient": "X"])
            XCTAssertEqual(TestAPI.problems(notTheirs)["periodId"], "errorNotThisClients")
            let late = try await worker.send(.POST, path, ["periodId": period.id!.uuidString, "notifiedOn": "2026-06-05",
                                                           "recipient": "Päivi Pääluottamusmies, JHL"])
            XCTAssertEqual(late.status, .created, late.body.string)
            XCTAssertEqual(TestAPI.object(late)["isLate"] as? Bool, true, "recorded, but after the start")
            let second = try await worker.send(.POST, path, ["periodId": period.id!.uuidString, "notifiedOn": "2026-05-28", "recipient": "X"])
            XCTAssertEqual(TestAPI.problems(second)["periodId"], "errorNoticeExists")
            let coach = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app)
            let r11 = try await coach.send(.POST, path, ["periodId": period.id!.uuidString, "notifiedOn": "2026-05-28", "recipient": "X"])
            XCTAssertEqual(r11.status,
                           .forbidden)
        }
    }

    func testTheFrontPageRemindsOfAMissingNoticeFourteenDaysAhead() async throws {
        try await withApp { app, world in
            let period = try await ownProductionPeriod(app, world, startsOn: "2026-06-11")  // today + 14
            let later = try await ownProductionPeriod(app, world, startsOn: "2026-06-12")
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            var page = try await browser.get("/").body.string
            XCTAssertEqual(page.components(separatedBy: #"data-qa="reminder" data-kind="shopStewardNoticeMissing""#).count - 1, 1, "only the one within 14 days")
            _ = later
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let recorded = try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/shop-steward-notices",
                                                 ["periodId": period.id!.uuidString, "notifiedOn": "2026-05-28", "recipient": "Pääluottamusmies"])
            XCTAssertEqual(recorded.status, .created)
            XCTAssertEqual(TestAPI.object(recorded)["isLate"] as? Bool, false)
            page = try await browser.get("/").body.string
            XCTAssertFalse(page.contains(#"data-kind="shopStewardNoticeMissing""#))
        }
    }

    /// The queue pages count seats as the registry does: this week, a period covering one of the open days
    /// takes a seat; "full" is no free seat this week (decision 63).
    func testTheQueueAndTheRegistrySayTheSameAboutSeats() async throws {
        try await withApp { app, world in
            let place = world.place.id!
            // Today is Thursday 28.5.2026: one period ended on Monday (still this week), one starts on Saturday
            // (nothing this week at a place open on weekdays), one interrupted (no seat).
            try await Period(clientID: world.joensuuClient.id!, placeID: place, startsOn: "2026-04-01", endsOn: "2026-05-25").create(on: app.db)
            try await Period(clientID: world.lieksaClient.id!, placeID: place, startsOn: "2026-05-30", endsOn: "2026-08-31").create(on: app.db)
            try await Period(clientID: world.lieksaClient.id!, placeID: place, startsOn: "2026-05-01", endsOn: "2026-06-30", recorded: .interrupted).create(on: app.db)
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let queue = TestAPI.object(try await worker.send(.GET, "/api/v1/places/\(place)/queue"))
            let weeks = TestAPI.object(try await worker.send(.GET, "/api/v1/places/\(place)"))["weeks"] as? [[String: Any]] ?? []
            XCTAssertEqual(weeks.first?["week"] as? String, "2026-W22")
            XCTAssertEqual(queue["occupied"] as? Int, 2, "the placed client and the period that ended on Monday")
            XCTAssertEqual(queue["occupied"] as? Int, weeks.first?["occupied"] as? Int)
            XCTAssertEqual(queue["free"] as? Int, weeks.first?["free"] as? Int)
            XCTAssertEqual(queue["isFull"] as? Bool, false)

            world.place.capacity = 2
            try await world.place.save(on: app.db)
            let full = TestAPI.object(try await worker.send(.GET, "/api/v1/places/\(place)/queue"))
            XCTAssertEqual(full["free"] as? Int, 0)
            XCTAssertEqual(full["isFull"] as? Bool, true)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let overview = try await browser.get("/queues").body.string
            XCTAssertTrue(overview.contains("Täynnä"), "the overview says full")
            let page = try await browser.get("/queues/\(place)").body.string
            XCTAssertTrue(page.contains("Täynnä"))
            let registry = try await browser.get("/places/\(place)").body.string
            XCTAssertTrue(registry.contains(#"data-qa="week-free">0"#), "and so does the registry")
        }
    }
}
