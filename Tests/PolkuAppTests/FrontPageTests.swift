import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class FrontPageTests: XCTestCase {
    /// 10.7.2026: the placed client's period ends on 31.7., in 21 days.
    private static let july10 = Date(timeIntervalSince1970: 1_783_670_400)

    func testAPeriodEndingWithoutItsNextStepTakenIsOnTheWorkersFrontPage() async throws {
        try await withApp(now: Self.july10) { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let before = try await browser.get("/").body.string
            XCTAssertTrue(before.contains(#"data-kind="periodEndingWithoutNextStep""#), "no plan, so no next step")
            XCTAssertTrue(before.contains("Paikallinen Pekka"))
            XCTAssertTrue(before.contains("31.7.2026"))
            let seen = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.reminderList.rawValue).all()
            XCTAssertEqual(Set(seen.compactMap(\.clientID)), [world.placedClient.id!], "the client named by a reminder is in the trail")
            XCTAssertEqual(seen.count, 2, "once per showing: after sign-in and now")
            // A plan says what the next step is, but nothing is done about it yet: the reminder stays (decision 116).
            try await world.givePlan(to: world.placedClient, on: app)
            let planned = try await browser.get("/").body.string
            XCTAssertTrue(planned.contains(#"data-kind="periodEndingWithoutNextStep""#), "a plan alone is no step taken")
            XCTAssertTrue(planned.contains("suunnitelman mukaan: Työkokeilu"), "the reminder says what the plan's next step is")
            // The continuation is decided: the next step is acted on, and the reminder goes away.
            let (_, token) = try await ApiToken.issue(for: world.user(.socialWorker).id!, lifetime: 3600, now: Self.july10, on: app.db)
            let api = TestAPI(app: app, headers: ["Authorization": "Bearer \(token)"])
            let continued = try await api.send(.POST, "/api/v1/clients/\(world.placedClient.id!)/decisions", [
                "decidedOn": "2026-07-10", "startsOn": "2026-08-03", "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
                "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi",
            ])
            XCTAssertEqual(continued.status, .created, continued.body.string)
            let after = try await browser.get("/").body.string
            XCTAssertFalse(after.contains(#"data-kind="periodEndingWithoutNextStep""#))
        }
    }

    /// Issue 13, item 6: the work is sorted by kind, the late first and marked, the oldest referral shows its age,
    /// and a queued referral is counted apart from those waiting for a decision.
    func testTheFrontPageGroupsTheRemindersAndPutsTheLateFirst() async throws {
        try await withApp(now: Self.july10) { app, world in
            let (_, token) = try await ApiToken.issue(for: world.user(.socialWorker).id!, lifetime: 3600, now: Self.july10, on: app.db)
            let api = TestAPI(app: app, headers: ["Authorization": "Bearer \(token)"])
            var ids: [UUID] = []
            for client in [world.lieksaClient, world.joensuuClient, world.joensuuClient] {
                let sent = try await api.send(.POST, "/api/v1/referrals", ["clientId": client.id!.uuidString, "reason": "Päivärytmi.",
                                                                        "urgency": "normal", "consentToShare": true])
                XCTAssertEqual(sent.status, .created, sent.body.string)
                ids.append(try sent.content.decode(ReferralDTO.self).id)
            }
            for (id, received, state) in [(ids[0], "2026-06-10", ReferralState.received), (ids[1], "2026-07-08", .received),
                                          (ids[2], "2026-05-01", .queued)] {
                let referral = try await Referral.find(id, on: app.db)!
                referral.receivedOn = received
                referral.state = state
                try await referral.save(on: app.db)
            }
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/").body.string
            // The referrals waiting for a decision: the one of 10.6. is 30 days old, past the 14-day target, and first.
            let waiting = try XCTUnwrap(section(of: "referralWaiting", in: page))
            XCTAssertTrue(waiting.contains("Lähete odottaa käsittelyä (2)"), waiting)
            XCTAssertTrue(waiting.contains("odottanut 30 päivää") && waiting.contains("odottanut 2 päivää"))
            XCTAssertLessThan(waiting.range(of: "Lieksa")?.lowerBound ?? waiting.endIndex, waiting.range(of: "Muualla")?.lowerBound ?? waiting.startIndex,
                              "the late one first")
            XCTAssertEqual(waiting.components(separatedBy: #"data-qa="reminder-late""#).count - 1, 1, "only the old one is late")
            XCTAssertTrue(waiting.contains("myöhässä 25.6.2026 alkaen"), "late from the 15th day")
            // The queued one waits for a seat, counted apart and never late.
            let queue = try XCTUnwrap(section(of: "referralQueued", in: page))
            XCTAssertTrue(queue.contains("Jonossa odottaa paikkaa (1)") && queue.contains("odottanut 70 päivää"))
            XCTAssertFalse(queue.contains("reminder-late"))
            // Issue 13, item 5: the placed client has no responsible worker; the reminder leads to the team.
            let team = try XCTUnwrap(section(of: "noResponsibleWorker", in: page))
            XCTAssertTrue(team.contains("/clients/\(world.placedClient.id!)/team"), team)
            XCTAssertTrue(page.contains(#"data-qa="reminders-late""#))
            // Groups with something late come before the rest.
            let order = ["referralWaiting", "noResponsibleWorker", "periodEndingWithoutNextStep", "referralQueued"]
                .map { page.range(of: #"data-qa="reminder-group" data-kind="\#($0)""#)?.lowerBound }
            XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "late groups first, then the fixed order")
            XCTAssertEqual(order.compactMap { $0 }.count, 4)
            // Naming a responsible worker takes the reminder away.
            let added = try await api.send(.POST, "/api/v1/clients/\(world.placedClient.id!)/team", [
                "name": "Sari Sosiaalityöntekijä", "role": "socialWorker", "isResponsible": true])
            XCTAssertEqual(added.status, .created, added.body.string)
            let after = try await browser.get("/").body.string
            XCTAssertNil(section(of: "noResponsibleWorker", in: after))
        }
    }

    /// The HTML of one group of reminders.
    private func section(of kind: String, in page: String) -> String? {
        guard let start = page.range(of: #"data-qa="reminder-group" data-kind="\#(kind)""#) else { return nil }
        let rest = page[start.lowerBound...]
        let end = rest.range(of: "</section>")?.upperBound ?? rest.endIndex
        return String(rest[..<end])
    }

    func testTheContinuousLimitIsRemindedTwoMonthsAhead() async throws {
        try await withApp(now: Self.july10) { app, world in
            // Periods since 1.9.2024 without a break: the 24 months end on 31.8.2026, within 60 days.
            try await Period(clientID: world.placedClient.id!, placeID: world.place.id!, startsOn: "2024-09-01", endsOn: "2026-04-30",
                             recorded: .ended).create(on: app.db)
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

    func testTheClientSeesWhereTheyAreOnThePathAndTheirPlan() async throws {
        try await withApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let plan = PlanInput(kind: "activationPlan", madeOn: "2026-04-20", employmentParticipant: "", clientParticipated: true,
                                 goals: [PlanGoal(text: "Päivärytmi", minus2: "a", minus1: "b", zero: "Tulee sovittuina päivinä", plus1: "d", plus2: "e")],
                                 supportAndGuidance: "Tuki", daysPerWeek: 3, minutesPerDay: 300, nextStepPlan: "Työkokeilu")
            try await app.test(.POST, "/api/v1/clients/\(world.placedClient.id!)/plans", headers: worker,
                               beforeRequest: { req async throws in try req.content.encode(plan) }) { res async in XCTAssertEqual(res.status, .created) }
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let page = try await client.get("/me").body.string
            XCTAssertTrue(page.contains(#"aria-current="step" data-step="period""#), "in a period now")
            XCTAssertTrue(page.contains("Puutyöpaja, 1.5.2026–31.7.2026"))
            XCTAssertTrue(page.contains("Tavoitteena: Tulee sovittuina päivinä"))
            XCTAssertTrue(page.contains("3 pv/vk, 5 h/pv"))
        }
    }

    func testAWaitingReferralIsOnTheDecidersFrontPage() async throws {
        try await withApp { app, world in
            let referral = try await world.sendReferral(for: world.lieksaClient, urgency: "normal", consent: true, on: app)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await worker.get("/").body.string
            XCTAssertTrue(page.contains(#"data-kind="referralWaiting""#))
            XCTAssertTrue(page.contains("/referrals/\(referral.id)"), "the reminder leads to the referral")
            let employment = try await TestBrowser.signedIn(app, email: world.user(.employmentSpecialist).email)
            let theirs = try await employment.get("/").body.string
            XCTAssertFalse(theirs.contains(#"data-kind="referralWaiting""#), "employment specialists send referrals but do not decide them")
        }
    }

    func testAFollowUpIsRemindedThreeMonthsAfterTheEnding() async throws {
        try await withApp(now: Self.july10) { app, world in
            let ending = Ending()
            ending.$client.id = world.joensuuClient.id!
            ending.endedOn = "2026-04-10"
            ending.reason = .completed
            ending.nextPath = .education
            ending.handedOverTo = ""
            ending.notes = ""
            ending.$author.id = world.user(.socialWorker).id!
            ending.version = 1
            try await ending.create(on: app.db)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/").body.string
            XCTAssertTrue(page.contains(#"data-kind="followUpDue""#) && page.contains("10.7.2026"), "three months after 10.4.2026")
        }
    }

    func testTheClientSeesTheirNextMeeting() async throws {
        try await withApp { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let path = "/clients/\(world.placedClient.id!)/meetings"
            let bad = try await worker.post(path, form: ["meetsOn": "3.6.2026", "timeOfDay": "25.00", "location": "Puutyöpaja", "purpose": "Väliarviointi"])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.string.contains(#"data-qa="error-timeOfDay""#))
            for (day, purpose) in [("10.6.2026", "Loppuarviointi"), ("3.6.2026", "Väliarviointi"), ("1.5.2026", "Aloitus")] {
                let res = try await worker.post(path, form: ["meetsOn": day, "timeOfDay": "10:00", "location": "Puutyöpaja", "purpose": purpose])
                XCTAssertEqual(res.status, .seeOther)
            }
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let page = try await client.get("/me").body.string
            XCTAssertTrue(page.contains("3.6.2026 10.00, Puutyöpaja – Väliarviointi"), "the next one, not a past one")
        }
    }
}
