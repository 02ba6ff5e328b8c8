import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Sending and deciding referrals through the API: the flow, validation, the version check, waiting
/// times, returns, the audit trail and the demo.
final class ReferralTests: XCTestCase {
    private func decide(_ app: Application, _ id: UUID, _ body: DecisionBody, as user: User, world: TestWorld,
                        check: @escaping (TestingHTTPResponse) async throws -> Void) async throws {
        try await app.test(.POST, "/api/v1/referrals/\(id)/decision", headers: try await world.bearer(user, on: app),
                           beforeRequest: { req async throws in try req.content.encode(body, as: .json) }, afterResponse: check)
    }

    private func read(_ app: Application, _ id: UUID, as user: User, world: TestWorld) async throws -> ReferralDTO {
        var view: ReferralDTO?
        try await app.test(.GET, "/api/v1/referrals/\(id)", headers: try await world.bearer(user, on: app)) { res async throws in
            XCTAssertEqual(res.status, .ok, res.body.string)
            view = try res.content.decode(ReferralDTO.self)
        }
        return try XCTUnwrap(view)
    }

    private func problemFields(_ res: TestingHTTPResponse) throws -> Set<String> {
        Set(try JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: res.body)).errors?.map(\.field) ?? [])
    }

    func testASentReferralIsReceivedByTheCountyAndAcceptedByItsCounsellor() async throws {
        try await withApp { app, world in
            // act
            let sent = try await world.sendReferral(for: world.joensuuClient, urgency: "urgent", consent: false, on: app)
            // check
            XCTAssertEqual(sent.state, .received)
            XCTAssertEqual(sent.receivedOn, "2026-05-28")
            XCTAssertEqual(sent.referrerOrganizationId, world.county.id)
            XCTAssertEqual(sent.referrerUserId, world.user(.socialWorker).id)
            XCTAssertEqual(sent.organizerId, world.county.id, "the county covering Joensuu organizes")
            XCTAssertEqual(sent.urgency, .urgent)
            XCTAssertFalse(sent.consentToShare, "a refused consent is recorded as such")
            XCTAssertEqual(sent.reason, "Tarvitsee päivärytmiä.\nToivoo puutöitä.", "line breaks are kept")
            XCTAssertFalse(sent.isReturn)
            XCTAssertEqual(sent.version, 1)
            XCTAssertEqual(sent.waitingDays, 0)

            // act: the north area's counsellor decides for the county
            try await decide(app, sent.id, DecisionBody(state: "accepted", note: nil, version: 1), as: world.user(.socialCounsellor),
                             world: world) { res async throws in
                XCTAssertEqual(res.status, .ok, res.body.string)
                let decided = try res.content.decode(ReferralDTO.self)
                XCTAssertEqual(decided.state, .accepted)
                XCTAssertEqual(decided.decidedOn, "2026-05-28")
                XCTAssertEqual(decided.decidedById, world.user(.socialCounsellor).id)
                XCTAssertEqual(decided.version, 2)
            }
            // check: the referrer sees what became of it
            let seen = try await read(app, sent.id, as: world.user(.socialWorker), world: world)
            XCTAssertEqual(seen.state, .accepted)
            XCTAssertEqual(seen.decidedByName, "Test socialCounsellor")
        }
    }

    func testTheCreateResponseNamesTheNewReferralAndMissingFieldsAre422() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.POST, "/api/v1/referrals", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(ReferralBody(clientId: world.lieksaClient.id!.uuidString, reason: "Syy", urgency: "normal",
                                                    consentToShare: true), as: .json)
            }) { res async throws in
                XCTAssertEqual(res.status, .created)
                let view = try res.content.decode(ReferralDTO.self)
                XCTAssertEqual(res.headers.first(name: .location), "/api/v1/referrals/\(view.id)")
            }
            try await app.test(.POST, "/api/v1/referrals", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(ReferralBody(clientId: "not-a-uuid", reason: " \n ", urgency: "soon", consentToShare: nil), as: .json)
            }) { res async throws in
                XCTAssertEqual(res.status, .unprocessableEntity)
                XCTAssertEqual(try self.problemFields(res), ["clientId", "reason", "urgency", "consentToShare"])
            }
            try await app.test(.POST, "/api/v1/referrals", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(ReferralBody(clientId: world.joensuuClient.id!.uuidString, reason: "Syy\u{0001}",
                                                    urgency: "normal", consentToShare: true), as: .json)
            }) { res async throws in
                XCTAssertEqual(res.status, .unprocessableEntity)
                XCTAssertTrue(res.body.string.contains(TextKey.errorInvalidCharacters.rawValue))
            }
            let count = try await Referral.query(on: app.db).count()
            XCTAssertEqual(count, 1, "nothing was saved from the invalid requests")
        }
    }

    /// Issue 11, item 9: every referral records where it comes from, as a code the reports can count.
    func testEveryReferralRecordsItsSourceAsTheReferrerSaysOrAsTheirOrganizationUsuallySends() async throws {
        try await withApp { app, world in
            func send(_ user: User, client: Client, source: String?) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.internalServerError, "")
                try await app.test(.POST, "/api/v1/referrals", headers: try await world.bearer(user, on: app), beforeRequest: { req async throws in
                    try req.content.encode(ReferralBody(clientId: client.id!.uuidString, reason: "Syy", urgency: "normal",
                                                        consentToShare: true, source: source), as: .json)
                }) { res async in result = (res.status, res.body.string) }
                return result
            }
            let worker = world.user(.socialWorker), employment = world.user(.employmentSpecialist)
            let said = try await send(worker, client: world.lieksaClient, source: "mentalHealthAndSubstanceServices")
            XCTAssertEqual(said.0, .created, said.1)
            XCTAssertTrue(said.1.contains(#""source":"mentalHealthAndSubstanceServices""#), said.1)
            let usualForWorker = try await send(worker, client: world.joensuuClient, source: nil)
            XCTAssertTrue(usualForWorker.1.contains(#""source":"adultSocialWork""#), usualForWorker.1)
            let usualForEmployment = try await send(employment, client: world.joensuuClient, source: nil)
            XCTAssertTrue(usualForEmployment.1.contains(#""source":"employmentServices""#), usualForEmployment.1)
            let unknown = try await send(worker, client: world.joensuuClient, source: "friend")
            XCTAssertEqual(unknown.0, .unprocessableEntity)
            XCTAssertTrue(unknown.1.contains(#""field":"source""#), unknown.1)
            let stored = try await Referral.query(on: app.db).all().map(\.source.rawValue).sorted()
            XCTAssertEqual(stored, ["adultSocialWork", "employmentServices", "mentalHealthAndSubstanceServices"])
            // The statistics count them by source, every source listed.
            let manager = try await TestBrowser.signedIn(app, email: world.user(.manager).email)
            let statistics = try await manager.get("/statistics").body.string
            for (source, count) in [("employmentServices", 1), ("adultSocialWork", 1), ("mentalHealthAndSubstanceServices", 1), ("selfReferral", 0)] {
                let row = try XCTUnwrap(statistics.range(of: #"data-qa="statistics-source-\#(source)".*?</tr>"#, options: .regularExpression))
                XCTAssertTrue(statistics[row].contains(">\(count)</td>"), String(statistics[row]))
            }

            // The form offers every source, the one the worker's organization usually sends chosen.
            let browser = try await TestBrowser.signedIn(app, email: employment.email)
            let form = try await browser.get("/clients/\(world.joensuuClient.id!)/referrals/new").body.string
            XCTAssertTrue(form.contains(#"<option value="employmentServices" selected"#), form)
            XCTAssertTrue(form.contains(#"<option value="selfReferral""#))
        }
    }

    func testAReturnNeedsAReasonNamedInThe422AndChangesNothingWithout() async throws {
        try await withApp { app, world in
            // setup
            let sent = try await world.sendReferral(for: world.joensuuClient, on: app)
            let worker = world.user(.socialWorker)
            // act
            for note in [nil, "   \n  "] as [String?] {
                try await decide(app, sent.id, DecisionBody(state: "returned", note: note, version: 1), as: worker, world: world) { res async throws in
                    // check
                    XCTAssertEqual(res.status, .unprocessableEntity)
                    XCTAssertEqual(try self.problemFields(res), ["note"])
                    XCTAssertTrue(res.body.string.contains(TextKey.errorRequired.rawValue))
                }
            }
            try await decide(app, sent.id, DecisionBody(state: "received", note: nil, version: 0), as: worker, world: world) { res async throws in
                XCTAssertEqual(res.status, .unprocessableEntity)
                XCTAssertEqual(try self.problemFields(res), ["state", "version"])
            }
            let unchanged = try await Referral.find(sent.id, on: app.db)!
            XCTAssertEqual(unchanged.state, .received)
            XCTAssertEqual(unchanged.version, 1)
            try await decide(app, sent.id, DecisionBody(state: "returned", note: "Aktivointisuunnitelma puuttuu.", version: 1),
                             as: worker, world: world) { res async throws in
                XCTAssertEqual(res.status, .ok)
                XCTAssertEqual(try res.content.decode(ReferralDTO.self).decisionNote, "Aktivointisuunnitelma puuttuu.")
            }
        }
    }

    func testAStaleVersionOrAFinalStateIs409AndChangesNothing() async throws {
        try await withApp { app, world in
            // setup: queued by one worker
            let sent = try await world.sendReferral(for: world.joensuuClient, on: app)
            let worker = world.user(.socialWorker)
            let counsellor = world.user(.socialCounsellor)
            try await decide(app, sent.id, DecisionBody(state: "queued", note: "Odottaa paikkaa.", version: 1), as: worker, world: world) { res async in
                XCTAssertEqual(res.status, .ok)
            }
            // act: another decides from the version they read before
            try await decide(app, sent.id, DecisionBody(state: "accepted", note: nil, version: 1), as: counsellor, world: world) { res async in
                XCTAssertEqual(res.status, .conflict)
                XCTAssertEqual(res.headers.first(name: .contentType), "application/problem+json; charset=utf-8")
            }
            // check
            var stored = try await Referral.find(sent.id, on: app.db)!
            XCTAssertEqual(stored.state, .queued)
            XCTAssertEqual(stored.version, 2)
            XCTAssertEqual(stored.decisionNote, "Odottaa paikkaa.")
            XCTAssertEqual(stored.$decidedBy.id, worker.id)

            // A queued referral is later accepted; an accepted one is final.
            try await decide(app, sent.id, DecisionBody(state: "accepted", note: nil, version: 2), as: counsellor, world: world) { res async in
                XCTAssertEqual(res.status, .ok)
            }
            try await decide(app, sent.id, DecisionBody(state: "returned", note: "Myöhästynyt.", version: 3), as: worker, world: world) { res async in
                XCTAssertEqual(res.status, .conflict)
                XCTAssertTrue(res.body.string.contains("hyväksyttyä tai palautettua"), res.body.string)
            }
            stored = try await Referral.find(sent.id, on: app.db)!
            XCTAssertEqual(stored.state, .accepted)
            XCTAssertEqual(stored.version, 3)
            XCTAssertNil(stored.decisionNote)
        }
    }

    func testWaitingDaysRunInHelsinkiTimeToTheDecisionOrToToday() async throws {
        // 1.3.2026 22:30 UTC is already 2.3. in Helsinki.
        let sentAt = Date(timeIntervalSince1970: 1_772_404_200)
        try await withApp(now: sentAt) { app, world in
            // setup
            let first = try await world.sendReferral(for: world.joensuuClient, on: app)
            let second = try await world.sendReferral(for: world.lieksaClient, on: app)
            XCTAssertEqual(first.receivedOn, "2026-03-02")
            let day: TimeInterval = 86_400
            // act: ten days later one is accepted, the other queued
            app.clock = AppClock(now: { sentAt.addingTimeInterval(10 * day) })
            let worker = world.user(.socialWorker)
            try await decide(app, first.id, DecisionBody(state: "accepted", note: nil, version: 1), as: worker, world: world) { _ in }
            try await decide(app, second.id, DecisionBody(state: "queued", note: nil, version: 1), as: worker, world: world) { _ in }
            app.clock = AppClock(now: { sentAt.addingTimeInterval(30 * day) })
            // check: the accepted one stopped at its decision, the queued one still waits
            let accepted = try await read(app, first.id, as: worker, world: world)
            XCTAssertEqual(accepted.decidedOn, "2026-03-12")
            XCTAssertEqual(accepted.waitingDays, 10)
            let queued = try await read(app, second.id, as: worker, world: world)
            XCTAssertEqual(queued.waitingDays, 30)
        }
    }

    func testANewReferralOfAFormerClientIsAReturn() async throws {
        try await withApp { app, world in
            // The placed client has had a period.
            let placed = try await world.sendReferral(for: world.placedClient, on: app)
            XCTAssertTrue(placed.isReturn)
            // A returned referral does not make a client a former client; an accepted one does.
            let first = try await world.sendReferral(for: world.joensuuClient, on: app)
            XCTAssertFalse(first.isReturn)
            try await decide(app, first.id, DecisionBody(state: "returned", note: "Ei vielä.", version: 1), as: world.user(.socialWorker),
                             world: world) { res async in XCTAssertEqual(res.status, .ok) }
            let second = try await world.sendReferral(for: world.joensuuClient, on: app)
            XCTAssertFalse(second.isReturn)
            try await decide(app, second.id, DecisionBody(state: "accepted", note: nil, version: 1), as: world.user(.socialWorker),
                             world: world) { res async in XCTAssertEqual(res.status, .ok) }
            let third = try await world.sendReferral(for: world.joensuuClient, on: app)
            XCTAssertTrue(third.isReturn)
        }
    }

    func testTheListFiltersByStateAndClientOldestFirst() async throws {
        // A day before the test world's "now": the test tokens are valid for an hour from it.
        try await withApp(now: TestWorld.now.addingTimeInterval(-86_400)) { app, world in
            let worker = world.user(.socialWorker)
            let headers = try await world.bearer(worker, on: app)
            let first = try await world.sendReferral(for: world.joensuuClient, on: app)
            app.clock = AppClock(now: { TestWorld.now })
            let second = try await world.sendReferral(for: world.lieksaClient, on: app)
            try await decide(app, second.id, DecisionBody(state: "queued", note: nil, version: 1), as: worker, world: world) { _ in }
            func ids(_ query: String) async throws -> [UUID] {
                var result: [UUID] = []
                try await app.test(.GET, "/api/v1/referrals?\(query)", headers: headers) { res async throws in
                    XCTAssertEqual(res.status, .ok, res.body.string)
                    result = try res.content.decode(ReferralsAPIController.ReferralPage.self).items.map(\.id)
                }
                return result
            }
            let all = try await ids("")
            XCTAssertEqual(all, [first.id, second.id])
            let queued = try await ids("state=queued")
            XCTAssertEqual(queued, [second.id])
            let joensuu = try await ids("clientId=\(world.joensuuClient.id!)")
            XCTAssertEqual(joensuu, [first.id])
            let secondPage = try await ids("perPage=1&page=2")
            XCTAssertEqual(secondPage, [second.id])
            // By cursor: from the first page to the second and back.
            var page: ReferralsAPIController.ReferralPage?
            try await app.test(.GET, "/api/v1/referrals?perPage=1", headers: headers) { res async throws in
                page = try res.content.decode(ReferralsAPIController.ReferralPage.self)
            }
            XCTAssertEqual(page?.items.map(\.id), [first.id])
            XCTAssertNil(page?.previousCursor)
            try await app.test(.GET, "/api/v1/referrals?perPage=1&after=\(try XCTUnwrap(page?.nextCursor))", headers: headers) { res async throws in
                page = try res.content.decode(ReferralsAPIController.ReferralPage.self)
            }
            XCTAssertEqual(page?.items.map(\.id), [second.id])
            XCTAssertNil(page?.nextCursor, "the last page has none after it")
            let back = try await ids("perPage=1&before=\(try XCTUnwrap(page?.previousCursor))")
            XCTAssertEqual(back, [first.id])
            let notADate = PageCursor(keys: ["yesterday", UUID().uuidString]).token(app.querySeal)
            for bad in ["state=open", "state=", "clientId=", "clientId=x", "perPage=0"] {
                try await app.test(.GET, "/api/v1/referrals?\(bad)", headers: headers) { res async in
                    XCTAssertEqual(res.status, .badRequest, bad)
                }
            }
            for nowhere in ["after=\(notADate)", "before=%25"] {
                try await app.test(.GET, "/api/v1/referrals?\(nowhere)", headers: headers) { res async in
                    XCTAssertEqual(res.status, .notFound, nowhere)
                }
            }
        }
    }

    func testEveryReadAndWriteIsAuditedWithTheClient() async throws {
        try await withApp { app, world in
            // setup
            let worker = world.user(.socialWorker)
            let headers = try await world.bearer(worker, on: app)
            let clientID = world.joensuuClient.id!
            // act
            let sent = try await world.sendReferral(for: world.joensuuClient, on: app)
            try await app.test(.GET, "/api/v1/referrals", headers: headers)
            _ = try await read(app, sent.id, as: worker, world: world)
            try await decide(app, sent.id, DecisionBody(state: "accepted", note: nil, version: 1), as: worker, world: world) { _ in }
            // check
            let events = try await AuditEvent.query(on: app.db).filter(\.$action ~~ ["referral.create", "referral.list", "referral.read", "referral.decide"])
                .sort(\.$sequence).all()
            XCTAssertEqual(events.map(\.action), ["referral.create", "referral.list", "referral.read", "referral.decide"])
            XCTAssertEqual(Set(events.map(\.clientID)), [clientID])
            XCTAssertEqual(Set(events.map(\.actorID)), [worker.id])
            // The client sees it in "who has seen my data".
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let placed = try await world.sendReferral(for: world.placedClient, on: app)
            XCTAssertTrue(placed.isReturn)
            let log = try await client.get("/me/access-log").body.string
            XCTAssertTrue(log.contains("Lähetti lähetteen"), log)
        }
    }

    func testTheDemoHasReferralsInEveryStateTheSameOnEveryRun() async throws {
        try await withApp { app, _ in
            let today = LocalDate(year: 2026, month: 5, day: 28)!
            let first = try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today)
            let again = try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today)
            XCTAssertEqual(first.referrals.map(\.id), again.referrals.map(\.id))
            XCTAssertEqual(first.referrals.map(\.receivedOn), again.referrals.map(\.receivedOn))
            let count = { (state: ReferralState) in first.referrals.filter { $0.state == state }.count }
            XCTAssertEqual([count(.received), count(.accepted), count(.returned), count(.queued)], [15, 40, 5, 5])
            let received = first.referrals.filter { $0.state == .received }
            XCTAssertTrue(received.contains { $0.urgency == .urgent })
            XCTAssertTrue(received.contains { $0.isReturn })
            XCTAssertTrue(first.referrals.filter { $0.state == .returned }.allSatisfy { !($0.decisionNote ?? "").isEmpty })
            let withPeriods = Set(first.periods.map { $0.$client.id })
            XCTAssertTrue(first.referrals.filter { $0.state == .accepted }.allSatisfy { withPeriods.contains($0.$client.id) })
            XCTAssertTrue(first.referrals.allSatisfy { $0.receivedOn <= today.isoString && ($0.decidedOn ?? "") <= today.isoString })
            // It goes into a database as it is.
            try await DemoSeeder.seed(on: app.db, crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today)
            let stored = try await Referral.query(on: app.db).count()
            XCTAssertGreaterThanOrEqual(stored, 65)
        }
    }
}

final class ReferralContractTests: XCTestCase {
    /// The served contract states the same text rules the server enforces for referrals.
    func testTheContractCarriesTheNoteRules() async throws {
        try await withApp { app, _ in
            var document: [String: Any] = [:]
            try await app.test(.GET, "/openapi.json") { res async throws in
                document = try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as! [String: Any]
            }
            let schemas = (document["components"] as! [String: Any])["schemas"] as! [String: [String: Any]]
            func property(_ schema: String, _ name: String) -> [String: Any]? {
                (schemas[schema]?["properties"] as? [String: [String: Any]])?[name]
            }
            XCTAssertEqual(property("ReferralInput", "reason")?["pattern"] as? String, TextRules.notePattern)
            XCTAssertEqual(property("ReferralInput", "reason")?["maxLength"] as? Int, ReferralInput.maxReasonLength)
            XCTAssertEqual(property("ReferralReturn", "note")?["pattern"] as? String, TextRules.notePattern)
            XCTAssertEqual(property("ReferralAcceptOrQueue", "note")?["pattern"] as? String, TextRules.optionalNotePattern)
            XCTAssertEqual(property("Referral", "state")?["enum"] as? [String], ReferralState.allCases.map(\.rawValue))
            XCTAssertEqual(property("ReferralInput", "urgency")?["enum"] as? [String], Urgency.allCases.map(\.rawValue))
            let decisions = (property("ReferralAcceptOrQueue", "state")?["enum"] as? [String] ?? [])
                + (property("ReferralReturn", "state")?["enum"] as? [String] ?? [])
            XCTAssertEqual(Set(decisions), Set(ReferralState.decisions.map(\.rawValue)))
        }
    }
}

/// A client can ask for the service themself (issue 11, item 9; decision 108).
final class SelfReferralTests: XCTestCase {
    func testAClientWithoutAPeriodAsksForTheServiceAndTheOrganizerReceivesIt() async throws {
        try await withApp { app, world in
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let running = try await client.get("/me").body.string
            XCTAssertFalse(running.contains(#"data-qa="self-referral-link""#), "a client in a period does not apply")

            // The period ended in April.
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            period.endsOn = "2026-04-30"
            period.recorded = .ended
            try await period.save(on: app.db)
            let own = try await client.get("/me").body.string
            XCTAssertTrue(own.contains(#"data-qa="self-referral-link""#), own)
            let form = try await client.get("/me/referral")
            XCTAssertEqual(form.status, .ok)

            let empty = try await client.post("/me/referral", form: ["reason": " ", "consentToShare": "on"])
            XCTAssertEqual(empty.status, .unprocessableEntity)
            XCTAssertTrue(empty.body.string.contains(#"data-qa="error-reason""#))
            let none = try await Referral.query(on: app.db).count()
            XCTAssertEqual(none, 0)

            let sent = try await client.post("/me/referral", form: ["reason": "Haluaisin päivärytmin takaisin.", "consentToShare": "on"])
            XCTAssertEqual(sent.status, .seeOther)
            let referral = try await Referral.query(on: app.db).first()!
            XCTAssertEqual(referral.source, .selfReferral)
            XCTAssertEqual(referral.$referrerUser.id, world.user(.client).id)
            XCTAssertEqual(referral.$referrerOrganization.id, world.county.id, "the client's request goes to the organizer")
            XCTAssertEqual(referral.urgency, .normal)
            XCTAssertTrue(referral.consentToShare)
            let waiting = try await client.get("/me").body.string
            XCTAssertTrue(waiting.contains(#"data-qa="self-referral-waiting""#), waiting)
            XCTAssertFalse(waiting.contains(#"data-qa="self-referral-link""#), "one request at a time")

            // The county's worker finds it among the received referrals.
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.GET, "/api/v1/referrals?state=received", headers: worker) { res async in
                XCTAssertTrue(res.body.string.contains(#""source":"selfReferral""#), res.body.string)
            }
        }
    }

    func testOnlyAClientAsksForThemself() async throws {
        try await withApp { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = try await worker.get("/me/referral")
            XCTAssertEqual(form.status, .forbidden)
            let posted = try await worker.post("/me/referral", form: ["reason": "Syy", "consentToShare": "on"])
            XCTAssertEqual(posted.status, .forbidden)
            let none = try await Referral.query(on: app.db).count()
            XCTAssertEqual(none, 0)
        }
    }
}
