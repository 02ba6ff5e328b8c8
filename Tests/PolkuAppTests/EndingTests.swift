import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class EndingTests: XCTestCase {
    private func endings(_ client: Client) -> String { "/api/v1/clients/\(client.id!)/endings" }
    private func followUps(_ client: Client) -> String { "/api/v1/clients/\(client.id!)/follow-ups" }

    private func ending(endedOn: String = "2026-06-15", period: UUID? = nil) -> [String: Any] {
        var body: [String: Any] = ["endedOn": endedOn, "reason": "employment", "nextPath": "paySubsidisedJob",
                                   "handedOverTo": "Työllisyyspalvelut, Jussi Vastuu", "handedOverOn": "2026-06-10"]
        if let period { body["periodId"] = period.uuidString }
        return body
    }

    private func followUp(_ endingID: String, point: String = "threeMonths") -> [String: Any] {
        ["endingId": endingID, "point": point, "doneOn": "2026-05-20", "situation": "paySubsidisedJob", "inWorkOrEducation": true]
    }

    func testAnEndingClosesItsPeriodInTheSameSave() async throws {
        try await withApp { app, world in
            // setup: the placed client's period runs 1.5.–31.7.2026
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            // act
            let created = try await api.send(.POST, endings(world.placedClient), ending(period: period.id))
            // check
            XCTAssertEqual(created.status, .created, created.body.string)
            let closed = try await Period.find(period.id, on: app.db)!
            XCTAssertEqual(closed.recorded, .ended)
            XCTAssertEqual(closed.endsOn, "2026-06-15", "the period ends on the ending day")
            XCTAssertEqual(TestAPI.object(created)["periodId"] as? String, period.id!.uuidString)

            // A period ends once.
            let again = try await api.send(.POST, endings(world.placedClient), ending(period: period.id))
            XCTAssertEqual(again.status, .conflict)
            XCTAssertEqual(TestAPI.problems(again), ["periodId": "errorPeriodAlreadyEnded"])
            // Another client's period is not this client's to end.
            let foreign = try await api.send(.POST, endings(world.joensuuClient), ending(period: period.id))
            XCTAssertEqual(foreign.status, .conflict)
            XCTAssertEqual(TestAPI.problems(foreign), ["periodId": "errorNotThisClients"])

            // An ending after the period's last day leaves the day as it was; one before its start is refused.
            let later = Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2026-03-02", endsOn: "2026-05-29")
            try await later.create(on: app.db)
            let early = try await api.send(.POST, endings(world.joensuuClient), ending(endedOn: "2026-03-01", period: later.id))
            XCTAssertEqual(TestAPI.problems(early), ["endedOn": "errorEndingBeforePeriodStart"])
            XCTAssertEqual(early.status, .conflict)
            let after = try await api.send(.POST, endings(world.joensuuClient), ending(endedOn: "2026-06-05", period: later.id))
            XCTAssertEqual(after.status, .created)
            let kept = try await Period.find(later.id, on: app.db)!
            XCTAssertEqual(kept.endsOn, "2026-05-29")
            XCTAssertEqual(kept.recorded, .ended)
            let endingCount = try await Ending.query(on: app.db).count()
            XCTAssertEqual(endingCount, 2, "refused endings saved nothing")
        }
    }

    func testAStaleChangeClosesNoPeriodAndChangesNothing() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let created = try await api.send(.POST, endings(world.placedClient), ending())
            let id = TestAPI.object(created)["id"] as! String
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            var change = ending(endedOn: "2026-06-30", period: period.id)
            change["version"] = 1
            let changed = try await api.send(.PUT, "\(endings(world.placedClient))/\(id)", change)
            XCTAssertEqual(changed.status, .ok, changed.body.string)
            XCTAssertEqual(TestAPI.object(changed)["version"] as? Int, 2)
            let closed = try await Period.find(period.id, on: app.db)!
            XCTAssertEqual(closed.endsOn, "2026-06-30")

            // Reopen the period by hand, then save the old version again: refused, and the period stays open.
            closed.recorded = .open
            closed.endsOn = "2026-07-31"
            try await closed.save(on: app.db)
            change["endedOn"] = "2026-06-01"
            let stale = try await api.send(.PUT, "\(endings(world.placedClient))/\(id)", change)
            XCTAssertEqual(stale.status, .conflict)
            let untouched = try await Period.find(period.id, on: app.db)!
            XCTAssertEqual(untouched.recorded, .open)
            XCTAssertEqual(untouched.endsOn, "2026-07-31")
            let stored = try await Ending.find(UUID(uuidString: id), on: app.db)!
            XCTAssertEqual(stored.endedOn, "2026-06-30")

            var bad = ending()
            bad["reason"] = "boredom"
            bad["nextPath"] = nil
            bad["handedOverOn"] = ""
            bad["periodId"] = "not-an-id"
            bad["notes"] = String(repeating: "x", count: 4001)
            let invalid = try await api.send(.POST, endings(world.placedClient), bad)
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(invalid), ["reason": "errorInvalidChoice", "nextPath": "errorRequired", "handedOverOn": "errorDate",
                                                       "periodId": "errorUUID", "notes": "errorTooLong"])
            let noVersion = try await api.send(.PUT, "\(endings(world.placedClient))/\(id)", ending())
            XCTAssertEqual(TestAPI.problems(noVersion), ["version": "errorRequired"])
        }
    }

    /// 3 and 6 months after the end, as the injected clock sees today (28.5.2026 in `TestWorld`).
    func testFollowUpsFallDueByTheClock() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.employmentSpecialist), world: world, app: app)
            let created = try await api.send(.POST, endings(world.joensuuClient), ending(endedOn: "2026-02-20"))
            XCTAssertEqual(created.status, .created, created.body.string)
            let schedule = TestAPI.object(created)["followUps"] as! [[String: Any]]
            XCTAssertEqual(schedule.map { $0["point"] as? String }, ["threeMonths", "sixMonths"])
            XCTAssertEqual(schedule.map { $0["dueOn"] as? String }, ["2026-05-20", "2026-08-20"])
            XCTAssertEqual(schedule.map { $0["state"] as? String }, ["due", "upcoming"])
            let id = TestAPI.object(created)["id"] as! String

            let browser = try await TestBrowser.signedIn(app, email: world.user(.employmentSpecialist).email)
            let page = try await browser.get("/clients/\(world.joensuuClient.id!)/endings/\(id)")
            XCTAssertEqual(page.status, .ok)
            let html = page.body.string
            XCTAssertTrue(html.contains("20.5.2026") && html.contains("20.8.2026"))
            XCTAssertTrue(html.contains(#"<span class="state-due" data-qa="follow-up-state">Ajankohtainen"#), html)
            XCTAssertTrue(html.contains(#"<span class="state-upcoming" data-qa="follow-up-state">Tulossa"#))
            XCTAssertTrue(html.contains(#"data-qa="follow-up-new-threeMonths""#))
        }
        // Later in the year both are due.
        let september = Date(timeIntervalSince1970: 1_788_000_000)  // 29.8.2026
        try await withApp(now: september) { app, world in
            // A token issued on that day: `TestWorld.bearer` issues them for its own day.
            let (_, token) = try await ApiToken.issue(for: world.user(.socialWorker).id!, lifetime: 3600, now: september, on: app.db)
            let api = TestAPI(app: app, headers: ["Authorization": "Bearer \(token)"])
            let created = try await api.send(.POST, endings(world.joensuuClient), ending(endedOn: "2026-02-20"))
            let schedule = TestAPI.object(created)["followUps"] as! [[String: Any]]
            XCTAssertEqual(schedule.map { $0["state"] as? String }, ["due", "due"])
        }
    }

    func testOneFollowUpPerPointOfAnEndingOfTheSameClient() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let endingID = TestAPI.object(try await api.send(.POST, endings(world.joensuuClient), ending(endedOn: "2026-02-20")))["id"] as! String
            let first = try await api.send(.POST, followUps(world.joensuuClient), followUp(endingID))
            XCTAssertEqual(first.status, .created, first.body.string)
            let firstID = TestAPI.object(first)["id"] as! String
            XCTAssertEqual(first.headers.first(name: .location), "\(followUps(world.joensuuClient))/\(firstID)")
            let second = try await api.send(.POST, followUps(world.joensuuClient), followUp(endingID))
            XCTAssertEqual(second.status, .conflict)
            XCTAssertEqual(TestAPI.problems(second), ["point": "errorFollowUpExists"])
            let sixMonths = try await api.send(.POST, followUps(world.joensuuClient), followUp(endingID, point: "sixMonths"))
            XCTAssertEqual(sixMonths.status, .created)

            // Moving the first onto the other point collides too, and a stale version is refused.
            var move = followUp(endingID, point: "sixMonths")
            move["version"] = 1
            let moved = try await api.send(.PUT, "\(followUps(world.joensuuClient))/\(firstID)", move)
            XCTAssertEqual(moved.status, .conflict)
            var change = followUp(endingID)
            change["version"] = 1
            change["inWorkOrEducation"] = false
            change["situation"] = "employmentServices"  // a subsidised job is work
            let changed = try await api.send(.PUT, "\(followUps(world.joensuuClient))/\(firstID)", change)
            XCTAssertEqual(changed.status, .ok, changed.body.string)
            let stale = try await api.send(.PUT, "\(followUps(world.joensuuClient))/\(firstID)", change)
            XCTAssertEqual(stale.status, .conflict)

            // The ending shows both points done.
            let shown = try await api.send(.GET, "\(endings(world.joensuuClient))/\(endingID)")
            let schedule = TestAPI.object(shown)["followUps"] as! [[String: Any]]
            XCTAssertEqual(schedule.map { $0["state"] as? String }, ["done", "done"])
            XCTAssertEqual(schedule.first?["followUpId"] as? String, firstID)

            // Another client's ending is not this client's to follow up; the fields are named.
            let foreign = try await api.send(.POST, followUps(world.placedClient), followUp(endingID))
            XCTAssertEqual(TestAPI.problems(foreign), ["endingId": "errorNotThisClients"])
            var incomplete = followUp(endingID)
            incomplete["inWorkOrEducation"] = nil
            incomplete["point"] = "nineMonths"
            let invalid = try await api.send(.POST, followUps(world.joensuuClient), incomplete)
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(invalid), ["inWorkOrEducation": "errorRequired", "point": "errorInvalidChoice"])
            let count = try await FollowUp.query(on: app.db).count()
            XCTAssertEqual(count, 2)
        }
    }

    /// Reading follows the client's rules; social care and employment services write.
    func testEveryRolesAccess() async throws {
        try await withApp { app, world in
            let records = try await world.pathRecords(of: world.placedClient, on: app)
            let endingID = records.ending.id!.uuidString
            let cases: [(User, Client, read: HTTPStatus, write: HTTPStatus)] = [
                (world.user(.socialWorker), world.placedClient, .ok, .created),
                (world.user(.socialCounsellor), world.placedClient, .ok, .created),
                (world.user(.employmentSpecialist), world.placedClient, .ok, .created),
                (world.user(.employmentSpecialist), world.lieksaClient, .notFound, .notFound),
                (world.southWorker, world.placedClient, .notFound, .notFound),
                (world.user(.workCoach), world.placedClient, .ok, .forbidden),
                (world.user(.manager), world.placedClient, .forbidden, .forbidden),
                (world.user(.admin), world.placedClient, .forbidden, .forbidden),
                (world.user(.client), world.placedClient, .ok, .forbidden),
                (world.user(.client), world.joensuuClient, .notFound, .forbidden),
            ]
            for (user, client, read, write) in cases {
                let api = try await TestAPI.signedIn(user, world: world, app: app)
                for path in [endings(client), followUps(client)] {
                    let got = try await api.send(.GET, path)
                    XCTAssertEqual(got.status, read, "\(user.email) GET \(path)")
                }
                let wrote = try await api.send(.POST, endings(client), ending())
                XCTAssertEqual(wrote.status, write, "\(user.email) POST \(endings(client))")
                // The records are the placed client's: under another client they are as unknown as missing ones.
                let isPlaced = client.id == world.placedClient.id
                let one = try await api.send(.GET, "\(endings(client))/\(endingID)")
                XCTAssertEqual(one.status, isPlaced || read != .ok ? read : .notFound, "\(user.email) GET one ending")
                var change = followUp(endingID)
                change["version"] = try await FollowUp.find(records.followUp.id, on: app.db)!.version
                let changed = try await api.send(.PUT, "\(followUps(client))/\(records.followUp.id!)", change)
                XCTAssertEqual(changed.status, write == .created ? .ok : write, "\(user.email) PUT follow-up")
            }
        }
    }

    /// Issue 13, item 1: a missing field, a period already ended and an end before the period began come back in one round.
    func testEveryProblemOfTheEndingFormComesBackInOneRound() async throws {
        try await withApp { app, world in
            let client = world.placedClient.id!
            let period = try await Period.query(on: app.db).filter(\.$client.$id == client).first()!
            let api = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let first = try await api.send(.POST, endings(world.placedClient), ending(period: period.id))
            XCTAssertEqual(first.status, .created, first.body.string)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            let form = ["periodId": period.id!.uuidString, "endedOn": "15.4.2026", "reason": "", "nextPath": "education",
                        "handedOverTo": "", "handedOverOn": "", "notes": "Aloittaa ammattikoulun."]
            let refused = try await browser.post("/clients/\(client)/endings", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity, "a missing field makes it 422, with the rest")
            let html = refused.body.string
            XCTAssertTrue(html.contains(#"data-qa="error-reason""#), "the missing reason")
            XCTAssertTrue(html.contains(#"data-qa="error-periodId""#), "the period already ended")
            XCTAssertTrue(html.contains(#"data-qa="error-endedOn""#), "the end before the period began")
            XCTAssertTrue(html.contains("Tarkista 3 kenttää alla."), "the summary counts the fields marked")
            XCTAssertTrue(html.contains("Aloittaa ammattikoulun."), "what was typed is kept")
            var body = ending(endedOn: "2026-04-15", period: period.id)
            body["reason"] = nil
            let answer = try await api.send(.POST, endings(world.placedClient), body)
            XCTAssertEqual(answer.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(answer), ["reason": "errorRequired", "periodId": "errorPeriodAlreadyEnded",
                                                      "endedOn": "errorEndingBeforePeriodStart"])
            // Well formed, both rules broken: 409 naming both.
            let rules = try await api.send(.POST, endings(world.placedClient), ending(endedOn: "2026-04-15", period: period.id))
            XCTAssertEqual(rules.status, .conflict)
            XCTAssertEqual(TestAPI.problems(rules), ["periodId": "errorPeriodAlreadyEnded", "endedOn": "errorEndingBeforePeriodStart"])
            let count = try await Ending.query(on: app.db).count()
            XCTAssertEqual(count, 1, "nothing more saved")
        }
    }

    func testThePagesRecordAnEndingAndItsFollowUp() async throws {
        try await withApp { app, world in
            let client = world.placedClient.id!
            let period = try await Period.query(on: app.db).filter(\.$client.$id == client).first()!
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            let new = try await browser.get("/clients/\(client)/endings/new")
            XCTAssertEqual(new.status, .ok)
            XCTAssertTrue(new.body.string.contains("Puutyöpaja, 1.5.2026–31.7.2026"))
            var form = ["periodId": period.id!.uuidString, "endedOn": "15.6.2026", "reason": "education", "nextPath": "",
                        "handedOverTo": "", "handedOverOn": "", "notes": "Aloittaa ammattikoulun."]
            let refused = try await browser.post("/clients/\(client)/endings", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertTrue(refused.body.string.contains(#"data-qa="error-nextPath""#))
            form["nextPath"] = "education"
            // Issue 13, item 3: ending cannot be undone, so the page's form asks once what will happen.
            form["confirm"] = "ask"
            let asked = try await browser.post("/clients/\(client)/endings", form: form)
            XCTAssertEqual(asked.status, .ok)
            let question = asked.body.string
            XCTAssertTrue(question.contains(#"data-qa="confirmation""#))
            XCTAssertTrue(question.contains("Palvelu päättyy 15.6.2026. Päättymistä ei voi perua."), question)
            XCTAssertTrue(question.contains("ennen suunniteltua viimeistä päiväänsä 31.7.2026"), "before its last day")
            XCTAssertTrue(question.contains("loppuarviointi on vielä tekemättä"), "the final evaluation is still due")
            XCTAssertTrue(question.contains(#"name="notes" value="Aloittaa ammattikoulun.""#), "what was typed goes along")
            XCTAssertTrue(question.contains(#"name="confirmed" value="yes""#))
            let notYet = try await Ending.query(on: app.db).count()
            XCTAssertEqual(notYet, 0, "nothing saved before the answer")
            form["confirmed"] = "yes"
            let saved = try await browser.post("/clients/\(client)/endings", form: form)
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let ending = try await Ending.query(on: app.db).first()!
            XCTAssertNil(ending.handedOverOn)
            XCTAssertEqual(ending.$period.id, period.id)
            let closed = try await Period.find(period.id, on: app.db)!
            XCTAssertEqual(closed.endsOn, "2026-06-15")
            // A period once ended is offered only to its own ending.
            let another = try await browser.get("/clients/\(client)/endings/new")
            XCTAssertFalse(another.body.string.contains("Puutyöpaja, 1.5.2026–15.6.2026"))
            let edit = try await browser.get("/clients/\(client)/endings/\(ending.id!)/edit")
            XCTAssertTrue(edit.body.string.contains(#"<option value="\#(period.id!.uuidString)" selected>Puutyöpaja, 1.5.2026–15.6.2026"#))

            let followUpForm = try await browser.get("/clients/\(client)/follow-ups/new?endingId=\(ending.id!)&point=threeMonths")
            XCTAssertEqual(followUpForm.status, .ok)
            XCTAssertTrue(followUpForm.body.string.contains(#"<option value="threeMonths" selected>"#))
            let recorded = try await browser.post("/clients/\(client)/follow-ups", form: [
                "endingId": ending.id!.uuidString, "point": "threeMonths", "doneOn": "27.5.2026", "situation": "education", "inWorkOrEducation": "on",
            ])
            XCTAssertEqual(recorded.status, .seeOther, recorded.body.string)
            XCTAssertEqual(recorded.headers.first(name: .location), "/clients/\(client)/endings/\(ending.id!)")
            let stored = try await FollowUp.query(on: app.db).first()!
            XCTAssertTrue(stored.inWorkOrEducation)
            let page = try await browser.get("/clients/\(client)/endings/\(ending.id!)")
            XCTAssertTrue(page.body.string.contains("Tehty 27.5.2026"))
            // An unticked box is a no, and a stale form is a conflict.
            let change = ["endingId": ending.id!.uuidString, "point": "threeMonths", "doneOn": "27.5.2026", "situation": "employmentServices", "version": "1"]
            let changed = try await browser.post("/clients/\(client)/follow-ups/\(stored.id!)", form: change)
            XCTAssertEqual(changed.status, .seeOther)
            let unticked = try await FollowUp.find(stored.id, on: app.db)!
            XCTAssertFalse(unticked.inWorkOrEducation)
            let conflict = try await browser.post("/clients/\(client)/follow-ups/\(stored.id!)", form: change)
            XCTAssertEqual(conflict.status, .conflict)
            XCTAssertTrue(conflict.body.string.contains(#"data-qa="conflict""#))

            let clientPage = try await browser.get("/clients/\(client)")
            XCTAssertTrue(clientPage.body.string.contains(#"data-qa="client-endings""#))
            XCTAssertTrue(clientPage.body.string.contains("Aloitti koulutuksen"))
        }
    }

    func testAClientWithAnEndingIsAFormerClientAndTheTrailSaysWhoRecordedIt() async throws {
        try await withApp { app, world in
            let client = world.lieksaClient.id!
            let before = try await Ending.isFormerClient(client, on: app.db)
            XCTAssertFalse(before)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let id = TestAPI.object(try await api.send(.POST, endings(world.lieksaClient), ending()))["id"] as! String
            try await api.send(.GET, "\(endings(world.lieksaClient))/\(id)")
            try await api.send(.POST, followUps(world.lieksaClient), followUp(id))
            try await api.send(.GET, followUps(world.lieksaClient))
            let after = try await Ending.isFormerClient(client, on: app.db)
            XCTAssertTrue(after)
            // A former client's new referral is a return, period or not.
            let referral = try await world.sendReferral(for: world.lieksaClient, on: app)
            XCTAssertTrue(referral.isReturn)
            let actions = try await AuditEvent.query(on: app.db).filter(\.$clientID == client).sort(\.$sequence).all().map(\.action)
            XCTAssertEqual(Array(actions.prefix(4)), ["ending.create", "ending.read", "followUp.create", "followUp.list"])
            let log = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/clients/\(client)/access-log")
            XCTAssertTrue(log.body.string.contains("Kirjasi päättymisen"))
            XCTAssertTrue(log.body.string.contains("Kirjasi seurannan"))
        }
    }
}
