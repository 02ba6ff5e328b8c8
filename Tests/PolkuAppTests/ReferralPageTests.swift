import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The referral pages: send from the client page, decide on the referral page, the lists, and the
/// same rules as the API.
final class ReferralPageTests: XCTestCase {
    func testAWorkerSendsAReferralFromTheClientPage() async throws {
        try await withApp { app, world in
            // setup
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let clientID = world.joensuuClient.id!
            let clientPage = try await browser.get("/clients/\(clientID)").body.string
            XCTAssertTrue(clientPage.contains(#"href="/clients/\#(clientID)/referrals/new" class="button" data-qa="referral-new""#), clientPage)
            let form = try await browser.get("/clients/\(clientID)/referrals/new")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.body.string.contains("Testin hyvinvointialue"), "the form names the organizer")
            // act: invalid first
            let invalid = try await browser.post("/clients/\(clientID)/referrals", form: ["reason": "  ", "urgency": "urgent"])
            // check
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            XCTAssertTrue(invalid.body.string.contains(#"data-qa="error-reason""#))
            XCTAssertTrue(invalid.body.string.contains(#"<option value="urgent" selected>"#), "the choice is kept")
            // act
            let sent = try await browser.post("/clients/\(clientID)/referrals",
                                              form: ["reason": "Tarvitsee päivärytmiä.", "urgency": "urgent", "consentToShare": "on"])
            // check
            XCTAssertEqual(sent.status, .seeOther)
            let referral = try await Referral.query(on: app.db).first()!
            XCTAssertEqual(sent.headers.first(name: .location), "/referrals/\(referral.id!)")
            XCTAssertTrue(referral.consentToShare)
            XCTAssertEqual(referral.urgency, .urgent)
            let page = try await browser.get("/referrals/\(referral.id!)").body.string
            XCTAssertTrue(page.contains(#"data-qa="referral-page""#))
            XCTAssertTrue(page.contains("Asiakas on antanut suostumuksen"))
            // Without the tick the consent is recorded as refused.
            _ = try await browser.post("/clients/\(clientID)/referrals", form: ["reason": "Toinen.", "urgency": "normal"])
            let refused = try await Referral.query(on: app.db).filter(\.$reason == "Toinen.").first()!
            XCTAssertFalse(refused.consentToShare)
            let listed = try await browser.get("/clients/\(clientID)").body.string
            XCTAssertTrue(listed.contains(#"data-qa="client-referral-row""#))
        }
    }

    func testTheDeciderAcceptsAndAStaleOrInvalidDecisionIsExplained() async throws {
        try await withApp { app, world in
            // setup
            let sent = try await world.sendReferral(for: world.joensuuClient, on: app)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            let queue = try await browser.get("/referrals").body.string
            XCTAssertTrue(queue.contains(#"data-qa="referral-row""#), queue)
            let page = try await browser.get("/referrals/\(sent.id)").body.string
            XCTAssertTrue(page.contains(#"name="version" value="1""#))
            XCTAssertTrue(page.contains(#"data-qa="decision-submit""#))
            let path = "/referrals/\(sent.id)"
            // act: a return without a reason
            let invalid = try await browser.post(path, form: ["state": "returned", "note": "", "version": "1"])
            // check
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            XCTAssertTrue(invalid.body.string.contains(#"id="note-error" data-qa="error-note">Pakollinen tieto puuttuu."#))
            XCTAssertTrue(invalid.body.string.contains(#"value="returned" checked"#), "the choice is kept")
            // act: someone else queues it meanwhile; this decider's save is stale
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.POST, "/api/v1/referrals/\(sent.id)/decision", headers: worker, beforeRequest: { req async throws in
                try req.content.encode(DecisionBody(state: "queued", note: "Jonossa.", version: 1), as: .json)
            })
            let stale = try await browser.post(path, form: ["state": "accepted", "note": "", "version": "1"])
            // check
            XCTAssertEqual(stale.status, .conflict)
            XCTAssertTrue(stale.body.string.contains(#"data-qa="conflict">Joku muu tallensi"#), stale.body.string)
            XCTAssertTrue(stale.body.string.contains(#"data-qa="referral-state">Jonossa"#))
            XCTAssertTrue(stale.body.string.contains(#"name="version" value="2""#), "the form now carries what is stored")
            // act
            // Accepting cannot be undone: the page's form asks once (issue 13, item 3).
            let asked = try await browser.post(path, form: ["state": "accepted", "note": "", "version": "2", "confirm": "ask"])
            XCTAssertEqual(asked.status, .ok)
            XCTAssertTrue(asked.body.string.contains("Hyväksytäänkö lähete?") && asked.body.string.contains("Päätöstä ei voi perua."))
            let stillQueued = try await Referral.find(sent.id, on: app.db)?.state
            XCTAssertEqual(stillQueued, .queued, "not yet decided")
            let accepted = try await browser.post(path, form: ["state": "accepted", "note": "", "version": "2", "confirm": "ask", "confirmed": "yes"])
            // check
            XCTAssertEqual(accepted.status, .seeOther)
            let closed = try await browser.get(path).body.string
            XCTAssertTrue(closed.contains(#"data-qa="referral-state">Hyväksytty"#))
            XCTAssertTrue(closed.contains(#"data-qa="referral-closed""#))
            XCTAssertFalse(closed.contains(#"data-qa="decision-submit""#))
        }
    }

    func testTheReferrerSeesWhatBecameOfIt() async throws {
        try await withApp { app, world in
            let sent = try await world.sendReferral(for: world.joensuuClient, as: world.user(.employmentSpecialist), on: app)
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.POST, "/api/v1/referrals/\(sent.id)/decision", headers: worker, beforeRequest: { req async throws in
                try req.content.encode(DecisionBody(state: "returned", note: "Aktivointisuunnitelma puuttuu.", version: 1), as: .json)
            })
            let browser = try await TestBrowser.signedIn(app, email: world.user(.employmentSpecialist).email)
            let list = try await browser.get("/referrals")
            XCTAssertEqual(list.status, .ok)
            let html = list.body.string
            XCTAssertTrue(html.contains("Organisaationi lähettämät"))
            XCTAssertFalse(html.contains(#"data-qa="referral-view-incoming""#), "no incoming queue for those who do not decide")
            XCTAssertTrue(html.contains(#"data-qa="referral-row-state">Palautettu"#))
            XCTAssertTrue(html.contains("Aktivointisuunnitelma puuttuu."))
            XCTAssertTrue(html.contains("28.5.2026"))
            let page = try await browser.get("/referrals/\(sent.id)").body.string
            XCTAssertFalse(page.contains(#"data-qa="decision-submit""#))
            let decide = try await browser.post("/referrals/\(sent.id)", form: ["state": "accepted", "version": "2"])
            XCTAssertEqual(decide.status, .forbidden)
        }
    }

    func testTheQueueStartsFromReceivedAndFiltersByState() async throws {
        try await withApp { app, world in
            let waiting = try await world.sendReferral(for: world.joensuuClient, on: app)
            let queued = try await world.sendReferral(for: world.lieksaClient, on: app)
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.POST, "/api/v1/referrals/\(queued.id)/decision", headers: worker, beforeRequest: { req async throws in
                try req.content.encode(DecisionBody(state: "queued", note: nil, version: 1), as: .json)
            })
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let start = try await browser.get("/referrals").body.string
            XCTAssertTrue(start.contains("/referrals/\(waiting.id)"))
            XCTAssertFalse(start.contains("/referrals/\(queued.id)"))
            let all = try await browser.get("/referrals?view=incoming&state=").body.string
            XCTAssertTrue(all.contains("/referrals/\(waiting.id)") && all.contains("/referrals/\(queued.id)"))
            let onlyQueued = try await browser.get("/referrals?view=incoming&state=queued").body.string
            XCTAssertTrue(onlyQueued.contains("/referrals/\(queued.id)"))
            XCTAssertFalse(onlyQueued.contains("/referrals/\(waiting.id)"))
            let bad = try await browser.get("/referrals?state=open")
            XCTAssertEqual(bad.status, .badRequest)
        }
    }

    func testPagesFollowTheSameRules() async throws {
        try await withApp { app, world in
            let sent = try await world.sendReferral(for: world.joensuuClient, on: app)
            for role in [Role.workCoach, .manager, .admin, .client] {
                let browser = try await TestBrowser.signedIn(app, email: world.user(role).email)
                let list = try await browser.get("/referrals")
                XCTAssertEqual(list.status, .forbidden, "\(role)")
                XCTAssertTrue(list.body.string.contains(#"data-qa="error-page""#))
                let front = try await browser.get("/").body.string
                XCTAssertFalse(front.contains(#"href="/referrals""#), "\(role) is not offered referrals")
            }
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let coachForm = try await coach.get("/clients/\(world.placedClient.id!)/referrals/new")
            XCTAssertEqual(coachForm.status, .forbidden)
            let coachClient = try await coach.get("/clients/\(world.placedClient.id!)").body.string
            XCTAssertFalse(coachClient.contains(#"data-qa="client-referrals""#))
            let south = try await TestBrowser.signedIn(app, email: world.southWorker.email)
            let hidden = try await south.get("/referrals/\(sent.id)")
            XCTAssertEqual(hidden.status, .notFound)
            let outside = try await south.get("/clients/\(world.joensuuClient.id!)/referrals/new")
            XCTAssertEqual(outside.status, .notFound)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let front = try await worker.get("/").body.string
            XCTAssertTrue(front.contains(#"href="/referrals""#))
            let anonymous = try await TestBrowser(app).get("/referrals")
            XCTAssertEqual(anonymous.status, .seeOther)
        }
    }
}
