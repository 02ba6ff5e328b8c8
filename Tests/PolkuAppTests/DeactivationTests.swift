import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// A deactivated account stops working at once: its API tokens answer 401 and its sessions end, whether the
/// admin deactivates it through the form or the record is changed by anything else; reactivating it later
/// does not bring the old tokens or sessions back.
final class DeactivationTests: XCTestCase {
    private func apiStatus(_ app: Application, _ token: HTTPHeaders) async throws -> HTTPStatus {
        var status = HTTPStatus.internalServerError
        try await app.test(.GET, "/api/v1/clients", headers: token) { res async in status = res.status }
        return status
    }

    /// Whether the browser's session still opens a signed-in page (an ended one is sent to the login form).
    private func signedIn(_ browser: TestBrowser) async throws -> Bool {
        let res = try await browser.get("/clients")
        if res.status == .seeOther { XCTAssertTrue(res.headers.first(name: .location)?.hasPrefix("/login") ?? false) }
        return res.status == .ok
    }

    private func userForm(_ user: User, active: Bool) -> [String: String] {
        var form = ["email": user.email, "name": user.name, "role": user.role.rawValue, "organizationId": user.$organization.id!.uuidString,
                    "language": "fi", "password": ""]
        if active { form["isActive"] = "on" }
        return form
    }

    func testAnAdminDeactivatingAnAccountEndsItsTokensAndSessionsForGood() async throws {
        try await withApp { app, world in
            let worker = world.user(.socialWorker)
            let token = try await world.bearer(worker, on: app)
            let session = try await TestBrowser.signedIn(app, email: worker.email)
            let tokenBefore = try await apiStatus(app, token), sessionBefore = try await signedIn(session)
            XCTAssertEqual(tokenBefore, .ok)
            XCTAssertTrue(sessionBefore)

            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let off = try await admin.post("/admin/users/\(worker.id!)", form: userForm(worker, active: false))
            XCTAssertEqual(off.status, .seeOther, off.body.string)
            let tokenOff = try await apiStatus(app, token), sessionOff = try await signedIn(session)
            XCTAssertEqual(tokenOff, .unauthorized, "the deactivated user's token stops working at once")
            XCTAssertFalse(sessionOff, "and their session ends")
            let refused = try await TestBrowser(app).post("/login", form: ["email": worker.email, "password": TestWorld.password])
            XCTAssertEqual(refused.status, .unauthorized, "a deactivated account cannot sign in")

            // Active again: the account signs in anew, but what was held before the deactivation stays ended.
            let on = try await admin.post("/admin/users/\(worker.id!)", form: userForm(worker, active: true))
            XCTAssertEqual(on.status, .seeOther, on.body.string)
            let fresh = try await TestBrowser.signedIn(app, email: worker.email)
            let freshIn = try await signedIn(fresh)
            XCTAssertTrue(freshIn, "reactivated, the account signs in again")
            let tokenAgain = try await apiStatus(app, token), sessionAgain = try await signedIn(session)
            XCTAssertEqual(tokenAgain, .unauthorized, "the token held before the deactivation does not come back")
            XCTAssertFalse(sessionAgain, "nor the session")
        }
    }

    func testAnAccountMadeInactiveByAnyMeansIsRefusedOnItsNextRequest() async throws {
        try await withApp { app, world in
            let coach = world.user(.workCoach)
            let token = try await world.bearer(coach, on: app)
            let session = try await TestBrowser.signedIn(app, email: coach.email)
            let tokenBefore = try await apiStatus(app, token), sessionBefore = try await signedIn(session)
            XCTAssertEqual(tokenBefore, .ok)
            XCTAssertTrue(sessionBefore)
            // Not through the admin's form (which also deletes the sessions and tokens): only the flag changes, as
            // a restore, another instance or a script would leave it.
            coach.isActive = false
            try await coach.save(on: app.db)
            let tokenOff = try await apiStatus(app, token), sessionOff = try await signedIn(session)
            XCTAssertEqual(tokenOff, .unauthorized, "an inactive account's token answers 401")
            XCTAssertFalse(sessionOff, "an inactive account's session opens no page")
        }
    }
}
