import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Issue 11, item 2: an interruption asks for the evaluation of the situation, or a recorded reason why none is made
/// (decisions 106, 115).
final class InterruptionFollowUpTests: XCTestCase {
    /// The Joensuu client's period from 25.5.2026, decided and then interrupted today (28.5.2026).
    private func interruptedPeriod(_ app: Application, _ world: TestWorld, _ api: TestAPI) async throws -> (decision: UUID, period: Period) {
        try await world.givePlan(to: world.joensuuClient, on: app)
        let client = world.joensuuClient.id!
        let made = try await api.send(.POST, "/api/v1/clients/\(client)/decisions", [
            "decidedOn": "2026-05-20", "startsOn": "2026-05-25", "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
            "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi",
        ])
        XCTAssertEqual(made.status, .created, made.body.string)
        let decision = UUID(uuidString: TestAPI.object(made)["id"] as! String)!
        let interrupted = try await api.send(.POST, "/api/v1/clients/\(client)/decisions/\(decision)/interruption", ["reason": "Sairausloma", "version": 1])
        XCTAssertEqual(interrupted.status, .ok, interrupted.body.string)
        return (decision, try await Period.query(on: app.db).filter(\.$client.$id == client).first()!)
    }

    func testAReasonWhyNoEvaluationIsMadeClearsTheReminderAndIsShown() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let (decision, period) = try await interruptedPeriod(app, world, api)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/decisions/\(decision)/no-evaluation"
            let finalLink = "periodId=\(period.id!)&amp;kind=final"
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let before = try await browser.get("/").body.string
            XCTAssertTrue(before.contains(finalLink), "the situation is to be evaluated")

            let missing = try await api.send(.POST, path, ["version": 2])
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(missing)["reason"], "errorRequired")
            let stale = try await api.send(.POST, path, ["reason": "Ei tavoitettu", "version": 1])
            XCTAssertEqual(stale.status, .conflict, "the version read before the interruption")

            let recorded = try await api.send(.POST, path, ["reason": "Asiakasta ei tavoitettu puhelimitse eikä kirjeellä", "version": 2])
            XCTAssertEqual(recorded.status, .ok, recorded.body.string)
            let json = TestAPI.object(recorded)
            XCTAssertEqual(json["noEvaluationReason"] as? String, "Asiakasta ei tavoitettu puhelimitse eikä kirjeellä")
            XCTAssertEqual(json["noEvaluationOn"] as? String, "2026-05-28")
            XCTAssertEqual(json["noEvaluationBy"] as? String, world.user(.socialWorker).name)
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.periodNoEvaluation.rawValue).all()
            XCTAssertEqual(audited.map(\.clientID), [world.joensuuClient.id!])

            let after = try await browser.get("/").body.string
            XCTAssertFalse(after.contains(finalLink), "the reason answers the reminder")
            let page = try await browser.get("/clients/\(world.joensuuClient.id!)/decisions/\(decision)").body.string
            XCTAssertTrue(page.contains("Asiakasta ei tavoitettu puhelimitse eikä kirjeellä"))
            XCTAssertFalse(page.contains(#"data-qa="no-evaluation-form""#), "one answer per interruption")
            let again = try await api.send(.POST, path, ["reason": "Toinen syy", "version": 3])
            XCTAssertEqual(again.status, .conflict)
            XCTAssertEqual(TestAPI.problems(again)["reason"], "errorNoEvaluationRecorded")
        }
    }

    func testOnlyAnInterruptedPeriodTakesAReasonAndThePageFormKeepsWhatWasTyped() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            // The placed client's period is running: there is nothing to excuse.
            let running = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let decision = Decision()
            decision.$client.id = world.placedClient.id!
            decision.$decisionMaker.id = world.user(.socialWorker).id!
            decision.decidedOn = "2026-04-20"; decision.startsOn = running.startsOn; decision.endsOn = running.endsOn
            decision.$place.id = world.place.id!; decision.daysPerWeek = 3; decision.minutesPerDay = 300; decision.weekdays = ""
            decision.appealInstructions = "Oikaisuvaatimus"; decision.version = 1
            try await decision.create(on: app.db)
            running.$decision.id = decision.id
            try await running.save(on: app.db)
            let notInterrupted = try await api.send(.POST, "/api/v1/clients/\(world.placedClient.id!)/decisions/\(decision.id!)/no-evaluation",
                                                    ["reason": "Ei tavoitettu", "version": running.version])
            XCTAssertEqual(notInterrupted.status, .conflict)
            XCTAssertEqual(TestAPI.problems(notInterrupted)["reason"], "errorNoEvaluationNotInterrupted")

            let (interrupted, _) = try await interruptedPeriod(app, world, api)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let base = "/clients/\(world.joensuuClient.id!)/decisions/\(interrupted)"
            let page = try await browser.get(base).body.string
            XCTAssertTrue(page.contains(#"data-qa="no-evaluation-form""#))
            let blank = try await browser.post("\(base)/no-evaluation", form: ["reason": " ", "version": "2"])
            XCTAssertEqual(blank.status, .unprocessableEntity)
            XCTAssertTrue(blank.body.string.contains(#"data-qa="error-reason""#))
            let saved = try await browser.post("\(base)/no-evaluation", form: ["reason": "Muutti pois paikkakunnalta", "version": "2"])
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let shown = try await browser.get(base).body.string
            XCTAssertTrue(shown.contains("Muutti pois paikkakunnalta (kirjasi \(world.user(.socialWorker).name) 28.5.2026)"))
        }
    }
}
