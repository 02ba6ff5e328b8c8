import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The placement pages: queuing and withdrawing by form, the place's queue, visits, the notice on the decision
/// page and the work coach's week.
final class PlacementPageTests: XCTestCase {
    func testQueueingAndWithdrawingByFormShowOnTheClientPage() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            let client = "/clients/\(world.joensuuClient.id!)"
            let refused = try await browser.post("\(client)/queue", form: ["placeId": world.place.id!.uuidString, "reason": ""])
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertTrue(refused.body.string.contains(#"data-qa="error-reason""#))
            let saved = try await browser.post("\(client)/queue", form: ["placeId": world.place.id!.uuidString, "isUrgent": "on", "reason": "Toivoo puutöitä."])
            XCTAssertEqual(saved.status, .seeOther)
            let entryPath = try XCTUnwrap(saved.headers.first(name: .location))
            let entryPage = try await browser.get(entryPath).body.string
            XCTAssertTrue(entryPage.contains(#"data-qa="withdraw-form""#))
            XCTAssertFalse(entryPage.contains(#"data-qa="queue-place""#), "counsellors do not make decisions")
            let page = try await browser.get(client).body.string
            XCTAssertTrue(page.contains(#"data-qa="queue-entry""#))
            let withdrawn = try await browser.post("\(entryPath)/withdraw", form: ["reason": "Aloitti koulutuksen.", "version": "1"])
            XCTAssertEqual(withdrawn.status, .seeOther)
            let r1 = try await browser.get(entryPath)
            XCTAssertTrue(r1.body.string.contains("Aloitti koulutuksen."))
            // The social worker is offered the placement, which is the decision.
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            _ = try await worker.post("\(client)/queue", form: ["placeId": world.place.id!.uuidString, "reason": "Uudelleen."])
            let waiting = try await QueueEntry.query(on: app.db).filter(\.$state == .waiting).first()!
            let offered = try await worker.get("\(client)/queue/\(waiting.id!)").body.string
            XCTAssertTrue(offered.contains("/decisions/new?placeId=\(world.place.id!)"))
        }
    }

    func testThePlacesQueueAndTheOverviewForStaffOnly() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            _ = try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/queue-entries",
                                      ["placeId": world.place.id!.uuidString, "isUrgent": false, "reason": "Odottaa."])
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let overview = try await coach.get("/queues").body.string
            XCTAssertTrue(overview.contains("Puutyöpaja"))
            let queue = try await coach.get("/queues/\(world.place.id!)").body.string
            XCTAssertTrue(queue.contains("Muualla Maija"))
            XCTAssertTrue(queue.contains("131052-****"))
            XCTAssertFalse(queue.contains("131052-308T"))
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == "placeQueue.read").all()
            XCTAssertEqual(events.map(\.clientID), [world.joensuuClient.id!], "the coach's look at the queue is in the client's access log")
            XCTAssertFalse(queue.contains("href=\"/clients/\(world.joensuuClient.id!)\""), "the coach cannot open a client not yet placed")
            let workerBrowser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let workerQueue = try await workerBrowser.get("/queues/\(world.place.id!)").body.string
            XCTAssertTrue(workerQueue.contains("href=\"/clients/\(world.joensuuClient.id!)\""), "the worker opens the client")
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let r2 = try await admin.get("/queues")
            XCTAssertEqual(r2.status, .forbidden)
        }
    }

    func testTheCoachsWeekShowsClientsSchedulesTodayVisitsAndHolidays() async throws {
        try await withApp { app, world in
            let author = world.user(.socialWorker).id!
            let visit = FamiliarizationVisit()
            visit.$client.id = world.joensuuClient.id!
            visit.$place.id = world.place.id!
            visit.visitOn = "2026-05-29"
            visit.timeOfDay = "9.30"
            visit.accompaniedBy = "Sanna Sosiaaliohjaaja"
            visit.$author.id = author
            visit.version = 1
            try await visit.create(on: app.db)
            world.placedClient.phone = "040 123 4567"
            try await world.placedClient.save(on: app.db)
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let week = try await coach.get("/coach/week")
            XCTAssertEqual(week.status, .ok)
            let html = week.body.string
            // 28.5.2026 is a Thursday of ISO week 22, Monday 25.5. to Sunday 31.5.
            XCTAssertTrue(html.contains("<h1>Viikko 22/2026</h1>"), "ISO week 22 in the heading")
            XCTAssertTrue(html.contains("25.5.2026–31.5.2026"), "its Monday to Sunday")
            XCTAssertTrue(html.contains(#"data-qa="expected-client""#), "the placed client is expected on Thursday")
            XCTAssertTrue(html.contains("Paikallinen Pekka"))
            XCTAssertTrue(html.contains(#"data-qa="week-visit""#))
            XCTAssertTrue(html.contains("Muualla Maija (131052-****)"), "the visitor, masked")
            // Issue 13, item 8: the placed client opens, with a phone to tap; the visitor, whose period is not here, does not.
            XCTAssertTrue(html.contains(#"href="/clients/\#(world.placedClient.id!)" data-qa="week-client-link""#), "the placed client links to their page")
            XCTAssertTrue(html.contains(#"href="tel:0401234567""#) && html.contains(">040 123 4567</a>"), "the phone is a tel: link, shown as typed")
            XCTAssertFalse(html.contains("/clients/\(world.joensuuClient.id!)"), "no link to a client the coach may not open")
            XCTAssertTrue(html.contains("?week=2026-W21") && html.contains("?week=2026-W23"))
            let ascension = try await coach.get("/coach/week?week=2026-W20").body.string
            XCTAssertTrue(ascension.contains(#"data-qa="holiday""#))
            XCTAssertFalse(ascension.contains(#"data-qa="expected-today""#), "today is in another week")
            let r3 = try await coach.get("/coach/week?week=2025-W53")
            XCTAssertEqual(r3.status, .badRequest)
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == "coachWeek.read").all()
            let named = try await AuditEventClients.of(events, on: app.db).values.joined()
            XCTAssertTrue(Set(events.compactMap(\.clientID) + named).isSuperset(of: [world.placedClient.id!, world.joensuuClient.id!]))
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let r4 = try await worker.get("/coach/week")
            XCTAssertEqual(r4.status, .forbidden)
        }
    }

    func testTheDecisionPageOfOwnProductionAsksForTheNotice() async throws {
        try await withApp { app, world in
            let own = Organization(name: "Työkeskus", kind: .provider, providerKind: .ownProduction, organizationForm: .county)
            try await own.create(on: app.db)
            let kitchen = WorkActivityPlace(providerID: own.id!, name: "Keskuskeittiö", areaID: nil, municipalityCode: "167", capacity: 4)
            try await kitchen.create(on: app.db)
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            try await world.givePlan(to: world.joensuuClient, on: app)
            let made = try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", [
                "decidedOn": "2026-05-28", "startsOn": "2026-06-08", "placeId": kitchen.id!.uuidString, "daysPerWeek": 3,
                "minutesPerDay": 300, "tasks": "Keittiötyöt", "goals": "Päivärytmi"])
            XCTAssertEqual(made.status, .created, made.body.string)
            let path = "/clients/\(world.joensuuClient.id!)/decisions/\(TestAPI.object(made)["id"] as! String)"
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let r5 = try await browser.get(path)
            XCTAssertTrue(r5.body.string.contains(#"data-qa="notice-missing""#))
            let front = try await browser.get("/").body.string
            XCTAssertTrue(front.contains(#"data-kind="shopStewardNoticeMissing""#) && front.contains(#"href="\#(path)""#), "the reminder leads to the decision")
            let periodID = TestAPI.object(made)["periodId"] as! String
            let bad = try await browser.post("\(path)/shop-steward-notice", form: ["periodId": periodID, "notifiedOn": "huomenna", "recipient": ""])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.string.contains(#"data-qa="error-notifiedOn""#))
            let saved = try await browser.post("\(path)/shop-steward-notice", form: ["periodId": periodID, "notifiedOn": "1.6.2026", "recipient": "Päivi P."])
            XCTAssertEqual(saved.status, .seeOther)
            let page = try await browser.get(path).body.string
            XCTAssertTrue(page.contains(#"data-qa="notice-done""#) && page.contains("1.6.2026"))
            let after = try await browser.get("/").body.string
            XCTAssertFalse(after.contains(#"data-kind="shopStewardNoticeMissing""#))
            XCTAssertFalse(page.contains(#"data-qa="notice-late""#))
        }
    }

    func testEveryPlacementPageHasItsTextsInEveryLanguage() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let entry = TestAPI.object(try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/queue-entries",
                                                              ["placeId": world.place.id!.uuidString, "isUrgent": true, "reason": "Odottaa."]))
            let visit = TestAPI.object(try await worker.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/visits", [
                "placeId": world.place.id!.uuidString, "visitOn": "2026-05-26", "timeOfDay": "10.00", "accompaniedBy": "Äiti", "outcome": "wentWell"]))
            let client = "/clients/\(world.joensuuClient.id!)"
            let pages: [(Role, [String])] = [
                (.socialWorker, [client, "\(client)/queue/new", "\(client)/queue/\(entry["id"] as! String)", "\(client)/visits/new",
                                 "\(client)/visits/\(visit["id"] as! String)", "/queues", "/queues/\(world.place.id!)"]),
                (.workCoach, ["/coach/week", "/coach/week?week=2026-W52", "/queues/\(world.place.id!)", "/"]),
            ]
            for (role, paths) in pages {
                let browser = try await TestBrowser.signedIn(app, email: world.user(role).email)
                for language in Language.allCases {
                    try await browser.get("/language/\(language.rawValue)")
                    for path in paths {
                        let res = try await browser.get(path)
                        XCTAssertEqual(res.status, .ok, "\(path)")
                        XCTAssertFalse(res.body.string.contains("⟦"), "\(path) in \(language) lacks a text")
                    }
                }
            }
        }
    }
}
