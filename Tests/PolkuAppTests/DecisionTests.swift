import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class DecisionTests: XCTestCase {
    private func decision(start: String, end: String? = nil, days: Int = 3, world: TestWorld) -> DecisionInput {
        DecisionInput(decidedOn: "2026-05-20", startsOn: start, endsOn: end, placeId: world.place.id, daysPerWeek: days, minutesPerDay: 300,
                      appealInstructions: nil, tasks: "Puutyöt", goals: "Päivärytmi", travel: nil)
    }

    /// Every client of the test world has a plan made on 1.5.2026, as a decision needs (decision 105).
    private func withPlannedApp(_ body: (Application, TestWorld) async throws -> Void) async throws {
        try await withApp { app, world in
            for client in [world.placedClient, world.joensuuClient, world.lieksaClient] { try await world.givePlan(to: client, on: app) }
            try await body(app, world)
        }
    }

    private func post(_ app: Application, _ path: String, _ body: some Content, _ headers: HTTPHeaders) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        try await app.test(.POST, path, headers: headers, beforeRequest: { req async throws in try req.content.encode(body) }) { res async in
            result = (res.status, res.body.string)
        }
        return result
    }

    /// Issue 11, item 1: a period decided in advance begins on its first day by the calendar alone; it then counts
    /// in the statistics and asks for its interim evaluation from its midpoint. Decided on its first day, or after it
    /// began, it is active at once.
    func testAPeriodDecidedInAdvanceBeginsAndIsEvaluatedWithoutAnyoneTouchingIt() async throws {
        try await withPlannedApp { app, world in
            // A token that outlives the months the clock moves through.
            let (_, token) = try await ApiToken.issue(for: world.user(.socialWorker).id!, lifetime: 200 * 86_400, now: TestWorld.now, on: app.db)
            let worker: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            let client = world.joensuuClient.id!
            let (status, body) = try await post(app, "/api/v1/clients/\(client)/decisions", decision(start: "2026-06-08", world: world), worker)
            XCTAssertEqual(status, .created, body)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == client).first()!
            XCTAssertEqual(period.recorded, .open)
            let decisionID = period.$decision.id!
            let day = { @Sendable (days: Double) in TestWorld.now.addingTimeInterval(days * 86_400) }
            func periodStatus() async throws -> String? {
                var result: String?
                try await app.test(.GET, "/api/v1/clients/\(client)/decisions/\(decisionID)", headers: worker) { res async throws in
                    XCTAssertEqual(res.status, .ok, res.body.string)
                    result = try? res.content.decode(DecisionDTO.self).periodStatus
                }
                return result
            }
            func activeInJoensuu() async throws -> String? {
                let manager = try await TestBrowser.signedIn(app, email: world.user(.manager).email)
                let page = try await manager.get("/statistics").body.string
                let row = page.range(of: #"Joensuu</td><td[^>]*>[0-9]+</td><td[^>]*>[0-9]+"#, options: .regularExpression)
                return row.map { String(page[$0]).components(separatedBy: ">").last! }
            }
            func evaluationDue() async throws -> Bool {
                let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
                let front = try await browser.get("/").body.string
                return front.contains("periodId=\(period.id!)&amp;kind=interim")
            }
            let planned = try await periodStatus()
            XCTAssertEqual(planned, "planned")
            let before = try await activeInJoensuu()
            XCTAssertEqual(before, "1", "only the placed client's period runs today")

            app.clock = AppClock(now: { day(11) })  // 8.6.2026, its first day
            let begun = try await periodStatus()
            XCTAssertEqual(begun, "active")
            let counted = try await activeInJoensuu()
            XCTAssertEqual(counted, "2", "the statistics count it from its first day")
            let tooEarly = try await evaluationDue()
            XCTAssertFalse(tooEarly)

            app.clock = AppClock(now: { day(57) })  // 24.7.2026, past its midpoint
            let due = try await evaluationDue()
            XCTAssertTrue(due, "the interim evaluation is asked for")

            app.clock = AppClock(now: { day(103) })  // 8.9.2026, the day after its last
            let over = try await periodStatus()
            XCTAssertEqual(over, "ended")
        }
    }

    /// Issue 11, item 3: a decision that contradicts what is stored is 409 naming the field, and nothing is saved.
    func testADecisionThatOverlapsAPeriodOrFallsOnClosedDaysIsRefused() async throws {
        try await withPlannedApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            // The placed client's period runs 1.5.–31.7.2026.
            let (overlap, overlapBody) = try await post(app, "/api/v1/clients/\(world.placedClient.id!)/decisions",
                                                        decision(start: "2026-07-31", world: world), worker)
            XCTAssertEqual(overlap, .conflict, overlapBody)
            XCTAssertTrue(overlapBody.contains(#""field":"startsOn""#) && overlapBody.contains("ruleOverlapsPeriod"), overlapBody)
            let (after, afterBody) = try await post(app, "/api/v1/clients/\(world.placedClient.id!)/decisions",
                                                    decision(start: "2026-08-03", world: world), worker)
            XCTAssertEqual(after, .created, "the first free day: \(afterBody)")

            world.place.openDays = "1,2,3,4,5"
            try await world.place.save(on: app.db)
            var weekend = decision(start: "2026-06-01", world: world)
            weekend.weekdays = [5, 6, 7]
            let (closed, closedBody) = try await post(app, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", weekend, worker)
            XCTAssertEqual(closed, .conflict, closedBody)
            XCTAssertTrue(closedBody.contains(#""field":"weekdays""#) && closedBody.contains("la, su"), closedBody)
            let saved = try await Decision.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).count()
            XCTAssertEqual(saved, 0)
        }
    }

    /// Issue 11, item 2: an interruption asks the responsible worker to evaluate the situation, from that day on.
    func testAnInterruptionPutsItsEvaluationOnTheWorkersFrontPage() async throws {
        try await withPlannedApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let client = world.joensuuClient.id!
            let (status, body) = try await post(app, "/api/v1/clients/\(client)/decisions", decision(start: "2026-05-25", world: world), worker)
            XCTAssertEqual(status, .created, body)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == client).first()!
            let evaluationLink = "periodId=\(period.id!)&amp;kind=final"
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let before = try await browser.get("/").body.string
            XCTAssertFalse(before.contains(evaluationLink), "a running period's final is not due yet")
            let (interrupted, interruptedBody) = try await post(app, "/api/v1/clients/\(client)/decisions/\(period.$decision.id!)/interruption",
                                                                ["reason": AnyCodable.string("Sairausloma"), "version": .int(1)], worker)
            XCTAssertEqual(interrupted, .ok, interruptedBody)
            let after = try await browser.get("/").body.string
            XCTAssertTrue(after.contains(evaluationLink), "the situation after the interruption is to be evaluated")
        }
    }

    /// Issue 11, item 3 (seed 001): the service is always entered through a plan made by the decision day.
    func testADecisionNeedsAPlanMadeByItsDay() async throws {
        try await withApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/decisions"
            let (none, noneBody) = try await post(app, path, decision(start: "2026-06-01", world: world), worker)
            XCTAssertEqual(none, .conflict)
            XCTAssertTrue(noneBody.contains(#""field":"decidedOn""#) && noneBody.contains("ruleNoPlan"), noneBody)
            try await world.givePlan(to: world.joensuuClient, madeOn: "2026-05-25", on: app)
            let (tooEarly, _) = try await post(app, path, decision(start: "2026-06-01", world: world), worker)
            XCTAssertEqual(tooEarly, .conflict, "decided on 20.5., before the plan of 25.5.")
            var later = decision(start: "2026-06-01", world: world)
            later.decidedOn = "2026-05-26"
            let (made, madeBody) = try await post(app, path, later, worker)
            XCTAssertEqual(made, .created, madeBody)
        }
    }

    /// Issue 11, item 3: a decision dated after its period's first day says why (decision 109).
    func testADecisionDatedAfterItsStartNeedsTheReason() async throws {
        try await withPlannedApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/decisions"
            var late = decision(start: "2026-05-18", world: world)  // decided on 20.5.
            let (refused, refusedBody) = try await post(app, path, late, worker)
            XCTAssertEqual(refused, .conflict)
            XCTAssertTrue(refusedBody.contains(#""field":"lateReason""#) && refusedBody.contains("ruleLateDecision"), refusedBody)
            late.lateReason = "Asiakas aloitti sovitusti ennen kuin päätös ehdittiin kirjata."
            let (made, madeBody) = try await post(app, path, late, worker)
            XCTAssertEqual(made, .created, madeBody)
            XCTAssertTrue(madeBody.contains("ehdittiin kirjata"), "the reason is on the decision")
        }
    }

    func testAPeriodDecidedOnOrAfterItsFirstDayIsActiveAtOnce() async throws {
        for start in ["2026-05-28", "2026-05-25"] {
            try await withPlannedApp { app, world in
                let worker = try await world.bearer(world.user(.socialWorker), on: app)
                let (status, body) = try await self.post(app, "/api/v1/clients/\(world.joensuuClient.id!)/decisions",
                                                         self.decision(start: start, world: world), worker)
                XCTAssertEqual(status, .created, body)
                XCTAssertTrue(body.contains(#""periodStatus":"active""#), "\(start): \(body)")
            }
        }
    }

    func testADecisionStartsItsPeriodAndContractUnderTheRulesInForce() async throws {
        try await withPlannedApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/decisions"
            let (status, body) = try await post(app, path, decision(start: "2026-05-28", world: world), worker)
            XCTAssertEqual(status, .created, body)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).first()!
            XCTAssertEqual(period.state(on: TestWorld.today), .active, "starts today")
            XCTAssertEqual(period.endsOn, "2026-08-27", "the usual three months")
            let contract = try await Contract.query(on: app.db).filter(\.$period.$id == period.id!).first()!
            XCTAssertEqual(contract.compensationCentsPerDay, 900)
            let five = try await post(app, path, decision(start: "2026-09-01", days: 5, world: world), worker)
            XCTAssertEqual(five.0, .conflict)
            XCTAssertTrue(five.1.contains("ruleDaysMax"))
            // Counsellors prepare decisions; social workers make them.
            let counsellor = try await world.bearer(world.user(.socialCounsellor), on: app)
            let refused = try await post(app, path, decision(start: "2026-09-01", world: world), counsellor)
            XCTAssertEqual(refused.0, .forbidden)
        }
    }

    func testContinuingPastTwentyFourMonthsIsRefusedButExactlyTwentyFourIsAllowed() async throws {
        try await withPlannedApp { app, world in
            // In the service continuously since 1.8.2024 (the last period ended 30.4.2026, a gap of one month follows).
            try await Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2024-08-01", endsOn: "2026-04-30",
                             recorded: .ended).create(on: app.db)
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/decisions"
            let tooLong = try await post(app, path, decision(start: "2026-06-01", end: "2026-08-01", world: world), worker)
            XCTAssertEqual(tooLong.0, .conflict)
            XCTAssertTrue(tooLong.1.contains("ruleContinuous") && tooLong.1.contains("31.7.2026"), tooLong.1)
            let exactly = try await post(app, path, decision(start: "2026-06-01", end: "2026-07-31", world: world), worker)
            XCTAssertEqual(exactly.0, .created, "1.8.2024–31.7.2026 is exactly 24 months")
            let afterMaximum = try await post(app, path, decision(start: "2026-08-01", end: "2026-10-31", world: world), worker)
            XCTAssertEqual(afterMaximum.0, .conflict)
            XCTAssertTrue(afterMaximum.1.contains("ruleBreak") && afterMaximum.1.contains("1.11.2026"), afterMaximum.1)
        }
    }

    func testTheThreeAcceptancesAndAnInterruption() async throws {
        try await withPlannedApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let (_, body) = try await post(app, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", decision(start: "2026-06-01", world: world), worker)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            var view = try decoder.decode(DecisionDTO.self, from: Data(body.utf8))
            let base = "/api/v1/clients/\(world.joensuuClient.id!)/decisions/\(view.id)"
            for (index, party) in ["client", "place", "organizer"].enumerated() {
                let (status, body) = try await post(app, "\(base)/acceptances", ["party": AnyCodable.string(party), "acceptedBy": .string("N.N."), "version": .int(index + 1)], worker)
                XCTAssertEqual(status, .ok, body)
                view = try decoder.decode(DecisionDTO.self, from: Data(body.utf8))
            }
            XCTAssertEqual(view.contract?.organizerAcceptedOn, "2026-05-28")
            let stale = try await post(app, "\(base)/acceptances", ["party": AnyCodable.string("client"), "version": .int(1)], worker)
            XCTAssertEqual(stale.0, .conflict)
            let noReason = try await post(app, "\(base)/interruption", ["version": AnyCodable.int(1)], worker)
            XCTAssertEqual(noReason.0, .unprocessableEntity)
            let interrupted = try await post(app, "\(base)/interruption", ["reason": AnyCodable.string("Muutti paikkakunnalta"), "version": .int(1)], worker)
            XCTAssertEqual(interrupted.0, .ok, interrupted.1)
            let period = try await Period.query(on: app.db).filter(\.$decision.$id == view.id.rawValue).first()!
            XCTAssertEqual(period.recorded, .interrupted)
            XCTAssertEqual(period.interruptionReason, "Muutti paikkakunnalta")
        }
    }

    /// Issue 13, item 1: a missing field, days that do not add up and the organizer's rule come back in one round.
    func testEveryProblemOfTheDecisionFormComesBackInOneRound() async throws {
        try await withPlannedApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            // The limits in force are beside the fields before anything is typed.
            let empty = try await browser.get("/clients/\(world.joensuuClient.id!)/decisions/new").body.string
            XCTAssertTrue(empty.range(of: #"Järjestäjän säännön mukaan \d–4 päivää viikossa\."#, options: .regularExpression) != nil, "the days' rule")
            XCTAssertTrue(empty.contains("Vähintään 3 kk"), "the minimum length")
            let form = ["decidedOn": "28.5.2026", "placeId": world.place.id!.uuidString, "startsOn": "1.6.2026", "endsOn": "",
                        "daysPerWeek": "5", "hoursPerDay": "5", "tasks": "", "goals": "Päivärytmi", "travel": ""]
            let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
                .joined(separator: "&") + "&weekdays%5B%5D=1&weekdays%5B%5D=2"
            let refused = try await browser.post("/clients/\(world.joensuuClient.id!)/decisions", rawForm: body)
            XCTAssertEqual(refused.status, .unprocessableEntity, "a missing field makes it 422, with the rest")
            let html = refused.body.string
            XCTAssertTrue(html.contains(#"data-qa="error-tasks""#), "the missing tasks")
            XCTAssertTrue(html.contains(#"data-qa="error-weekdays""#), "two weekdays for five days")
            XCTAssertTrue(html.contains(#"data-qa="error-daysPerWeek">Järjestäjän sääntöjen mukaan enintään 4 päivää viikossa."#), "the rule")
            XCTAssertTrue(html.contains("Tarkista 3 kenttää alla."), "the summary counts the fields marked")
            let saved = try await Decision.query(on: app.db).count()
            XCTAssertEqual(saved, 0, "nothing saved")
            let one = try await browser.post("/clients/\(world.joensuuClient.id!)/decisions", form: form.merging(["daysPerWeek": "4", "tasks": ""]) { $1 })
            XCTAssertTrue(one.body.string.contains("Tarkista 1 kenttä alla."), "one field, in the singular")
        }
    }

    func testTheDecisionPagePrintsWithTheAppealInstructionsInTheClientsLanguage() async throws {
        try await withPlannedApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = ["decidedOn": "28.5.2026", "placeId": world.place.id!.uuidString, "startsOn": "1.6.2026", "endsOn": "",
                        "daysPerWeek": "5", "hoursPerDay": "5", "tasks": "Puutyöt", "goals": "Päivärytmi", "travel": ""]
            let refused = try await browser.post("/clients/\(world.joensuuClient.id!)/decisions", form: form)
            XCTAssertEqual(refused.status, .conflict)
            XCTAssertTrue(refused.body.string.contains(#"data-qa="error-daysPerWeek">Järjestäjän sääntöjen mukaan enintään 4 päivää viikossa."#))
            var fixed = form
            fixed["daysPerWeek"] = "4"
            let made = try await browser.post("/clients/\(world.joensuuClient.id!)/decisions", form: fixed)
            XCTAssertEqual(made.status, .seeOther)
            let page = try await browser.get(made.headers.first(name: .location)!).body.string
            XCTAssertTrue(page.contains(#"data-qa="decision-page""#))
            XCTAssertTrue(page.contains("oikaisua 30 päivän kuluessa"))
            XCTAssertTrue(page.contains("1.6.2026–31.8.2026"))
            XCTAssertTrue(page.contains("9,00\u{A0}€"))
            // The contract is a document of its own naming the three parties, with the identity code in full for the worker.
            let contract = try XCTUnwrap(page.components(separatedBy: #"data-qa="contract-page""#).last)
            XCTAssertTrue(contract.contains("Kuntouttavan työtoiminnan sopimus"))
            for party in [world.county.name, world.provider.name, world.place.name] { XCTAssertTrue(contract.contains(party), party) }
            let code = try ClientStore.identityCode(of: world.joensuuClient, crypto: app.fieldCrypto)
            XCTAssertTrue(contract.contains(code))
        }
    }

    func testAWorkCoachPrintsTheContractOfAPlacedClientWithTheIdentityCodeMasked() async throws {
        try await withPlannedApp { app, world in
            // setup: a continuation decision for the client placed at the coach's place
            let placedID = try world.placedClient.requireID()
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let made = try await post(app, "/api/v1/clients/\(placedID)/decisions", decision(start: "2026-08-01", world: world), worker)
            XCTAssertEqual(made.0, .created, made.1)
            let found = try await Decision.query(on: app.db).filter(\.$client.$id == placedID).first()
            let decision = try XCTUnwrap(found)
            // act
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let page = try await coach.get("/clients/\(placedID)/decisions/\(decision.requireID())").body.string
            let code = try ClientStore.identityCode(of: world.placedClient, crypto: app.fieldCrypto)
            XCTAssertTrue(page.contains(#"data-qa="contract-page""#))
            XCTAssertFalse(page.contains(code))
            XCTAssertTrue(page.contains(ClientDTO.masked(code)))
            XCTAssertFalse(page.contains(#"data-qa="accept-submit""#), "a coach reads the contract but does not record acceptances")
        }
    }

    func testTheDecisionsWeekdaysAddUpToItsDaysAndTellTheCoachWhoIsExpected() async throws {
        try await withPlannedApp { app, world in
            let placedID = try world.placedClient.requireID()
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(placedID)/decisions"
            var input = decision(start: "2026-08-01", world: world)
            input.weekdays = [1, 3]
            let tooFew = try await post(app, path, input, worker)
            XCTAssertEqual(tooFew.0, .conflict, "two weekdays for three days a week contradict each other")
            XCTAssertTrue(tooFew.1.contains("weekdays"), tooFew.1)
            input.weekdays = [1, 1, 3]
            let repeated = try await post(app, path, input, worker)
            XCTAssertEqual(repeated.0, .unprocessableEntity, repeated.1)
            input.weekdays = [5, 1, 3]
            let made = try await post(app, path, input, worker)
            XCTAssertEqual(made.0, .created, made.1)
            XCTAssertTrue(made.1.contains(#""weekdays":[1,3,5]"#), made.1)
            // The coach's week of 3.–9.8.2026: expected on Monday, Wednesday and Friday only.
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let week = try await coach.get("/coach/week?week=2026-W32").body.string
            XCTAssertEqual(week.components(separatedBy: #"data-expectation="expected""#).count - 1, 3, week)
            XCTAssertEqual(week.components(separatedBy: #"data-expectation="notExpected""#).count - 1, 2)
            XCTAssertFalse(week.contains(#"data-expectation="someDays""#))
        }
    }
}

/// Issue 11, item 8 (seed 002): a client assessed as needing special support has a social worker as responsible
/// worker (decision 110).
final class SpecialSupportTests: XCTestCase {
    func testOnlyASocialWorkerIsResponsibleForAClientNeedingSpecialSupport() async throws {
        try await withApp { app, world in
            let counsellor = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let client = "/api/v1/clients/\(world.joensuuClient.id!)"
            let assessed = try await counsellor.send(.POST, "\(client)/assessments", [
                "assessedOn": "2026-05-20", "needs": "Päivärytmi ja tuki arkeen.", "conclusion": "rehabilitativeWorkActivity",
                "needsSpecialSupport": true])
            XCTAssertEqual(assessed.status, .created, assessed.body.string)
            XCTAssertEqual(TestAPI.object(assessed)["needsSpecialSupport"] as? Bool, true)

            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let counsellorResponsible = try await worker.send(.POST, "\(client)/team", [
                "name": "Sanna Ohjaaja", "role": "socialCounsellor", "isResponsible": true])
            XCTAssertEqual(counsellorResponsible.status, .conflict, counsellorResponsible.body.string)
            XCTAssertTrue(counsellorResponsible.body.string.contains("ruleSpecialSupportResponsible"))
            let asMember = try await worker.send(.POST, "\(client)/team", ["name": "Sanna Ohjaaja", "role": "socialCounsellor"])
            XCTAssertEqual(asMember.status, .created, "a counsellor may still be on the team")
            let socialWorker = try await worker.send(.POST, "\(client)/team", [
                "name": "Sari Sosiaalityöntekijä", "role": "socialWorker", "isResponsible": true])
            XCTAssertEqual(socialWorker.status, .created, socialWorker.body.string)

            // Making the counsellor responsible afterwards is refused too, on the page.
            let member = try await TeamMember.query(on: app.db).filter(\.$role == .socialCounsellor).first()!
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let made = try await browser.post("/clients/\(world.joensuuClient.id!)/team/\(member.id!)/responsible", form: [:])
            XCTAssertEqual(made.status, .conflict)
            let responsible = try await TeamMember.query(on: app.db).filter(\.$isResponsible == true).all().map(\.role)
            XCTAssertEqual(responsible, [.socialWorker])
        }
    }
}

/// Issue 11, item 8: a change of responsible worker is a recorded hand-over (decision 111).
final class HandoverTests: XCTestCase {
    func testEveryChangeOfResponsibleWorkerIsRecordedAndShown() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let team = "/api/v1/clients/\(world.joensuuClient.id!)/team"
            let first = try await worker.send(.POST, team, ["name": "Anna Ensimmäinen", "role": "socialWorker", "isResponsible": true])
            XCTAssertEqual(first.status, .created, first.body.string)
            let second = try await worker.send(.POST, team, ["name": "Bertta Toinen", "role": "socialCounsellor"])
            let secondID = try XCTUnwrap(TestAPI.object(second)["id"] as? String)
            let handed = try await worker.send(.POST, "\(team)/\(secondID)/responsible", [:])
            XCTAssertEqual(handed.status, .ok, handed.body.string)
            let again = try await worker.send(.POST, "\(team)/\(secondID)/responsible", [:])
            XCTAssertEqual(again.status, .ok, "naming the responsible one again hands nothing over")

            let listed = try await worker.send(.GET, team)
            let handovers = try XCTUnwrap(TestAPI.object(listed)["handovers"] as? [[String: Any]])
            XCTAssertEqual(handovers.map { $0["toName"] as? String }, ["Bertta Toinen", "Anna Ensimmäinen"], "newest first")
            XCTAssertEqual(handovers.map { $0["fromName"] as? String }, ["Anna Ensimmäinen", nil])
            XCTAssertEqual(handovers.first?["handedOverOn"] as? String, "2026-05-28")

            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/clients/\(world.joensuuClient.id!)/team").body.string
            XCTAssertTrue(page.contains(#"data-qa="handovers""#) && page.contains("Anna Ensimmäinen"), page)
        }
    }
}

/// Issue 11, item 3: "not for everyone" — found on the assessment, confirmed with a reason on the decision (decision 112).
final class EligibilityTests: XCTestCase {
    func testADecisionForAClientTheAssessmentFoundMayNotBeEntitledNeedsTheReason() async throws {
        try await withApp { app, world in
            try await world.givePlan(to: world.joensuuClient, on: app)
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let client = "/api/v1/clients/\(world.joensuuClient.id!)"
            let unknown = try await worker.send(.POST, "\(client)/assessments", [
                "assessedOn": "2026-05-20", "needs": "Tuki arkeen.", "conclusion": "rehabilitativeWorkActivity", "eligibilityFlags": ["retired"]])
            XCTAssertEqual(unknown.status, .unprocessableEntity)
            XCTAssertTrue(unknown.body.string.contains(#""field":"eligibilityFlags""#), unknown.body.string)
            let assessed = try await worker.send(.POST, "\(client)/assessments", [
                "assessedOn": "2026-05-20", "needs": "Tuki arkeen.", "conclusion": "rehabilitativeWorkActivity",
                "eligibilityFlags": ["fullTimeStudent"]])
            XCTAssertEqual(assessed.status, .created, assessed.body.string)
            XCTAssertEqual(TestAPI.object(assessed)["eligibilityFlags"] as? [String], ["fullTimeStudent"])

            var body = HostileNumberTargets.decisionBody(world)
            let refused = try await worker.send(.POST, "\(client)/decisions", body)
            XCTAssertEqual(refused.status, .conflict)
            XCTAssertTrue(refused.body.string.contains(#""field":"eligibilityConfirmation""#), refused.body.string)
            body["eligibilityConfirmation"] = "Opinnot ovat keskeytyneet; oppilaitos vahvisti."
            let made = try await worker.send(.POST, "\(client)/decisions", body)
            XCTAssertEqual(made.status, .created, made.body.string)
            XCTAssertEqual(TestAPI.object(made)["eligibilityConfirmation"] as? String, "Opinnot ovat keskeytyneet; oppilaitos vahvisti.")
        }
    }
}
