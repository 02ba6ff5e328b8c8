import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Decision 228: a change decision changes the period it names. New days or hours hold from its day on the coach's
/// week and the client's summary; a new place ends the period the day before and leads to the new place's decision.
final class ChangeDecisionTests: XCTestCase {
    /// The Joensuu client at the coach's workshop from 8.6.2026, Monday, Wednesday and Friday, five hours a day.
    private func decidedPeriod(_ app: Application, _ world: TestWorld) async throws -> UUID {
        try await world.givePlan(to: world.joensuuClient, on: app)
        let headers = try await world.bearer(world.user(.socialWorker), on: app)
        let input = DecisionInput(decidedOn: "2026-05-28", startsOn: "2026-06-08", placeId: world.place.id, daysPerWeek: 3, minutesPerDay: 300,
                                  weekdays: [1, 3, 5], tasks: "Puutyöt", goals: "Päivärytmi")
        try await app.test(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", headers: headers,
                           beforeRequest: { req async throws in try req.content.encode(input) }) { res async in
            XCTAssertEqual(res.status, .created, res.body.string)
        }
        let decision = try await Decision.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).first()
        return try XCTUnwrap(decision?.id)
    }

    /// The schedule cell of the client's row in the coach's week.
    private func scheduleInWeek(_ week: String, _ coach: TestBrowser) async throws -> String {
        let html = try await coach.get("/coach/week?week=\(week)").body.string
        let row = try XCTUnwrap(html.range(of: "Muualla Maija"), "the client is in week \(week)")
        return String(html[row.lowerBound...].prefix(1500))
    }

    func testNewDaysAndHoursHoldFromTheChangesDayOnTheCoachsWeek() async throws {
        try await withApp { app, world in
            // setup
            let decisionID = try await decidedPeriod(app, world)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            // act: from Wednesday 1.7.2026, two days a week, four hours a day
            let changed = try await worker.post("/clients/\(world.joensuuClient.id!)/path-decisions", form: [
                "kind": "change", "decisionId": decisionID.uuidString, "decidedOn": "15.6.2026", "effectiveOn": "1.7.2026",
                "daysPerWeek": "2", "hoursPerDay": "4", "reasons": "Asiakkaan jaksaminen.", "notification": "hand"])
            XCTAssertEqual(changed.status, .seeOther, changed.body.string)
            // check: the week before keeps the decided terms, the week after has the new ones
            let before = try await scheduleInWeek("2026-W26", coach)
            XCTAssertTrue(before.contains("3 pv/vk, 5 h/pv"), before)
            let after = try await scheduleInWeek("2026-W28", coach)
            XCTAssertTrue(after.contains("2 pv/vk, 4 h/pv"), after)
            XCTAssertFalse(after.contains("3 pv/vk"))
            // The client page lists the change with the decision it changed, each with its case number, and its
            // summary gives the terms in force (today, 28.5., the period has not begun: its first day's).
            let page = try await worker.get("/clients/\(world.joensuuClient.id!)").body.string
            XCTAssertTrue(page.contains(#"data-qa="path-decision-row" data-kind="change""#))
            XCTAssertTrue(page.contains("KTT-2026-000001") && page.contains("KTT-2026-000002"))
            // The decision that started the period still prints its own terms; the period keeps its dates.
            let period = try await Period.query(on: app.db).filter(\.$decision.$id == decisionID).first()
            XCTAssertEqual(period?.startsOn, "2026-06-08")
            XCTAssertEqual(period?.$place.id, world.place.id)
        }
    }

    func testANewPlaceEndsThePeriodTheDayBeforeAndLeadsToTheNewPlacesDecision() async throws {
        try await withApp { app, world in
            // setup: a second place
            let decisionID = try await decidedPeriod(app, world)
            let kitchen = WorkActivityPlace(providerID: world.provider.id!, name: "Keittiö", areaID: world.areaNorth.id, municipalityCode: "167",
                                            capacity: 5)
            try await kitchen.create(on: app.db)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let client = "/clients/\(world.joensuuClient.id!)"
            // act: the same place is no change; the kitchen from 15.7.2026 with four days a week is
            let form = ["kind": "change", "decisionId": decisionID.uuidString, "decidedOn": "1.7.2026", "effectiveOn": "15.7.2026",
                        "placeId": world.place.id!.uuidString, "reasons": "Asiakas haluaa kokeilla keittiötöitä."]
            let same = try await worker.post("\(client)/path-decisions", form: form)
            XCTAssertEqual(same.status, .conflict, "the period is at that place already")
            var toKitchen = form
            toKitchen["placeId"] = kitchen.id!.uuidString
            toKitchen["daysPerWeek"] = "4"
            let moved = try await worker.post("\(client)/path-decisions", form: toKitchen)
            XCTAssertEqual(moved.status, .seeOther, moved.body.string)
            // check: the period at the workshop ends on 14.7.
            let period = try await Period.query(on: app.db).filter(\.$decision.$id == decisionID).first()
            XCTAssertEqual(period?.endsOn, "2026-07-14")
            // The change's page offers the new place's decision, prefilled with the rest of the period.
            let page = try await worker.get(try XCTUnwrap(moved.headers.first(name: .location))).body.string
            XCTAssertTrue(page.contains(#"data-qa="continue-at-place""#))
            XCTAssertTrue(page.contains("Keittiö") && page.contains("15.7.2026"))
            XCTAssertTrue(page.contains("Viimeinen päivä paikassa Puutyöpaja") && page.contains("14.7.2026"), "the document says when the old place ends")
            let changes = try await PathDecision.query(on: app.db).filter(\.$kind == .change).all()
            let change = try XCTUnwrap(changes.first)
            let next = try await worker.get("\(client)/decisions/new?continues=\(change.id!)").body.string
            XCTAssertTrue(next.contains(#"value="\#(kitchen.id!)" selected"#), "the new place is chosen")
            XCTAssertTrue(next.contains(#"value="15.7.2026""#), "it starts on the change's day")
            XCTAssertTrue(next.contains(#"value="7.9.2026""#), "it ends when the changed period would have")
            XCTAssertTrue(next.contains(">Päivärytmi</textarea>"), "the client's goals go with them")
            XCTAssertTrue(next.contains(#"name="daysPerWeek" value="4""#) || next.contains(#"value="4" name="daysPerWeek""#) ||
                          next.contains(#"id="daysPerWeek" name="daysPerWeek" value="4""#), "the changed days")
            // Once that decision is made, the change no longer asks for it.
            let made = try await worker.post("\(client)/decisions", form: [
                "decidedOn": "1.7.2026", "placeId": kitchen.id!.uuidString, "startsOn": "15.7.2026", "endsOn": "7.9.2026",
                "daysPerWeek": "4", "hoursPerDay": "5", "tasks": "Keittiötyöt", "goals": "Päivärytmi", "travel": "", "notification": "hand"])
            XCTAssertEqual(made.status, .seeOther, made.body.string)
            let again = try await worker.get(try XCTUnwrap(moved.headers.first(name: .location))).body.string
            XCTAssertFalse(again.contains(#"data-qa="continue-at-place""#))
        }
    }

    /// The refusal, change and ending decisions through the API: made as on the web, read back, every read audited.
    func testTheAPIMakesAndReadsChangeDecisions() async throws {
        try await withApp { app, world in
            // setup
            let decisionID = try await decidedPeriod(app, world)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let base = "/api/v1/clients/\(world.joensuuClient.id!)/path-decisions"
            // act and check: every error of the body at once; a change of nothing is a conflict
            let bad = try await api.send(.POST, base, ["kind": "swap", "decidedOn": "31.2.2026", "reasons": " ", "daysPerWeek": 9])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertEqual(Set(TestAPI.problems(bad).keys), ["kind", "decidedOn", "reasons", "daysPerWeek"])
            // What a change needs besides the schema's fields is a rule: alone, 409 naming each; with a malformed field, 422 with all.
            let bare = try await api.send(.POST, base, ["kind": "change", "decidedOn": "2026-06-15", "reasons": "Toive.", "daysPerWeek": 2])
            XCTAssertEqual(bare.status, .conflict)
            XCTAssertEqual(TestAPI.problems(bare), ["decisionId": "errorRequired", "effectiveOn": "errorRequired"])
            let empty = try await api.send(.POST, base, ["kind": "refusal", "decidedOn": "2026-06-15", "effectiveOn": "", "reasons": "Ei."])
            XCTAssertEqual(TestAPI.problems(empty), ["effectiveOn": "errorDate"], "an empty string is no date, even where none is needed")
            let mixed = try await api.send(.POST, base, ["kind": "ending", "decidedOn": "2026-06-15", "reasons": ""])
            XCTAssertEqual(mixed.status, .unprocessableEntity)
            XCTAssertEqual(Set(TestAPI.problems(mixed).keys), ["decisionId", "effectiveOn", "reasons"])
            let nothing = try await api.send(.POST, base, ["kind": "change", "decisionId": decisionID.uuidString, "decidedOn": "2026-06-15",
                                                           "effectiveOn": "2026-07-01", "reasons": "Toive."])
            XCTAssertEqual(nothing.status, .conflict)
            let made = try await api.send(.POST, base, ["kind": "change", "decisionId": decisionID.uuidString, "decidedOn": "2026-06-15",
                                                        "effectiveOn": "2026-07-01", "minutesPerDay": 240, "reasons": "Jaksaminen."])
            XCTAssertEqual(made.status, .created, made.body.string)
            let change = TestAPI.object(made)
            XCTAssertEqual(change["kind"] as? String, "change")
            XCTAssertEqual(change["minutesPerDay"] as? Int, 240)
            XCTAssertEqual(change["caseNumber"] as? String, "KTT-2026-000002")
            XCTAssertEqual(change["notification"] as? String, "post")
            let location = try XCTUnwrap(made.headers.first(name: .location))
            let read = try await api.send(.GET, location)
            XCTAssertEqual(TestAPI.object(read)["id"] as? String, change["id"] as? String)
            let list = try await api.send(.GET, base)
            XCTAssertEqual((TestAPI.object(list)["items"] as? [Any])?.count, 1)
            let reads = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.decisionRead.rawValue)
                .filter(\.$clientID == world.joensuuClient.id!).count()
            XCTAssertEqual(reads, 2, "the read and the list")
            // Another client's decision is not this client's; a work coach makes none.
            let other = try await api.send(.GET, "/api/v1/clients/\(world.placedClient.id!)/path-decisions/\(change["id"] as! String)")
            XCTAssertEqual(other.status, .notFound)
            let coach = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app)
            let forbidden = try await coach.send(.POST, base, ["kind": "refusal", "decidedOn": "2026-06-15", "reasons": "x"])
            XCTAssertTrue([.forbidden, .notFound].contains(forbidden.status), "\(forbidden.status)")
        }
    }
}
