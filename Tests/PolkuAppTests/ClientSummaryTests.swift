import Fluent
@testable import PolkuApp
import PolkuDomain
import XCTest

/// Issue 13, item 5: no dead ends — the client page opens with where the client is, the matching page leads to the
/// queue, a visit and a decision per place, and an accepted referral to the assessment.
final class ClientSummaryTests: XCTestCase {
    func testTheClientPageOpensWithTheSummaryAndListsEachDecisionsPlaceAndState() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/clients/\(world.placedClient.id!)").body.string
            let summary = try XCTUnwrap(page.range(of: #"data-qa="client-summary""#), "the summary is on the page")
            let facts = try XCTUnwrap(page.range(of: "Henkilötunnus"))
            XCTAssertLessThan(summary.lowerBound, facts.lowerBound, "the summary comes before the personal facts")
            XCTAssertTrue(page.contains(#"data-qa="summary-step">Vaihe 7/9: "#), "where the client is on the path")
            XCTAssertTrue(page.contains(#"data-qa="summary-responsible"><strong class="late-since">Omatyöntekijää ei ole nimetty"#)
                          || page.contains(#"data-qa="summary-responsible">"#), "the responsible worker, or that there is none")
            XCTAssertTrue(page.contains(#"data-qa="summary-period">Puutyöpaja, 1.5.2026–31.7.2026 · Käynnissä"#), "the period now, with its place and state")
            // Naming the responsible worker shows in the summary.
            let member = TeamMember()
            member.$client.id = world.placedClient.id!
            member.name = "Sari Sosiaalityöntekijä"
            member.role = .socialWorker
            member.organizationName = "Siun sote"
            member.contact = "040 123 4567"
            member.isResponsible = true
            member.version = 1
            try await member.create(on: app.db)
            let named = try await browser.get("/clients/\(world.placedClient.id!)").body.string
            XCTAssertTrue(named.contains(#"data-qa="summary-responsible">Sari Sosiaalityöntekijä, <a href="tel:0401234567""#), named)
        }
    }

    func testTheMatchingPageLeadsToTheQueueAVisitAndADecisionPerPlace() async throws {
        try await withApp { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await worker.get("/clients/\(world.joensuuClient.id!)/matching").body.string
            let place = world.place.id!.uuidString
            XCTAssertTrue(page.contains("/clients/\(world.joensuuClient.id!)/queue/new?placeId=\(place)"), "queue")
            XCTAssertTrue(page.contains("/clients/\(world.joensuuClient.id!)/visits/new?placeId=\(place)"), "visit")
            XCTAssertTrue(page.contains("/clients/\(world.joensuuClient.id!)/decisions/new?placeId=\(place)"), "decision")
            let decisionForm = try await worker.get("/clients/\(world.joensuuClient.id!)/decisions/new?placeId=\(place)").body.string
            XCTAssertTrue(decisionForm.contains(#"<option value="\#(place)" selected"#), "the decision form has the place chosen")
        }
    }

    func testAnAcceptedReferralLeadsToTheAssessment() async throws {
        try await withApp { app, world in
            let sent = try await world.sendReferral(for: world.joensuuClient, on: app)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let path = "/referrals/\(sent.id)"
            let before = try await browser.get(path).body.string
            XCTAssertFalse(before.contains("referral-next-step"), "not before it is accepted")
            let accepted = try await browser.post(path, form: ["state": "accepted", "note": "", "version": "1"])
            XCTAssertEqual(accepted.status, .seeOther)
            let page = try await browser.get(path).body.string
            XCTAssertTrue(page.contains(#"href="/clients/\#(world.joensuuClient.id!)/assessments/new" class="button" data-qa="referral-next-step-link""#), page)
        }
    }
}
