@testable import PolkuApp
import XCTest

/// Issue 13, item 3: after a save, the page the worker lands on says what was saved, once.
final class SavedNoticeTests: XCTestCase {
    func testTheNextPageSaysWhatWasSavedOnce() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let team = "/clients/\(world.joensuuClient.id!)/team"
            let added = try await browser.post(team, form: ["name": "Tiina Terveydenhoitaja", "role": "healthNurse", "organizationName": "Siun sote"])
            XCTAssertEqual(added.status, .seeOther, added.body.string)
            let landed = try await browser.get(added.headers.first(name: .location)!).body.string
            XCTAssertTrue(landed.contains(#"<p class="saved-notice" role="status" data-qa="saved-notice">Tiimi päivitetty.</p>"#), landed)
            let again = try await browser.get(team).body.string
            XCTAssertFalse(again.contains("saved-notice"), "shown once")
            // A refused form saves nothing and says nothing was saved.
            let refused = try await browser.post(team, form: ["name": "", "role": "healthNurse"])
            XCTAssertEqual(refused.status, .unprocessableEntity)
            let after = try await browser.get(team).body.string
            XCTAssertFalse(after.contains("saved-notice"))
            // Signing out is no save.
            let out = try await browser.post("/logout", form: [:])
            XCTAssertEqual(out.status, .seeOther)
            let login = try await browser.get("/login").body.string
            XCTAssertFalse(login.contains("saved-notice"))
        }
    }
}
