import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Sessions end on the server (issue 10, item 5): after an idle spell, after a working day however busy, and
/// everywhere when the account's password is changed; and the table holds only hashes of their ids.
final class SessionLifetimeTests: XCTestCase {
    private func at(_ app: Application, minutes: Double) {
        app.clock = AppClock(now: { TestWorld.now.addingTimeInterval(minutes * 60) })
    }

    private func isSignedIn(_ browser: TestBrowser) async throws -> Bool {
        try await browser.get("/").status == .ok
    }

    func testAnIdleSessionEndsAfterThirtyMinutesAndABusyOneAfterTwelveHours() async throws {
        try await withApp { app, world in
            let idle = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let idleCookie = try XCTUnwrap(idle.cookie)
            at(app, minutes: 29)
            let stillIn = try await isSignedIn(idle)
            XCTAssertTrue(stillIn, "29 minutes idle")
            at(app, minutes: 29 + 31)
            let afterIdle = try await isSignedIn(idle)
            XCTAssertFalse(afterIdle, "31 minutes idle ends the session")

            at(app, minutes: 0)
            let busy = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let busyCookie = try XCTUnwrap(busy.cookie)
            for quarter in stride(from: 15.0, through: 11 * 60 + 45, by: 15) {
                at(app, minutes: quarter)
                let used = try await isSignedIn(busy)
                XCTAssertTrue(used, "used every 15 minutes, at \(quarter)")
            }
            at(app, minutes: 12 * 60 + 1)
            let afterDay = try await isSignedIn(busy)
            XCTAssertFalse(afterDay, "twelve hours after sign-in, however busy")
            let left = Set(try await SessionRecord.query(on: app.db).all().map(\.key.string))
            for cookie in [idleCookie, busyCookie].map({ $0.replacingOccurrences(of: "polku_session=", with: "") }) {
                XCTAssertFalse(left.contains(Digest.sha256Hex(cookie)), "an ended session is gone from the table")
            }
        }
    }

    func testAPasswordChangeEndsEverySessionAndTokenOfTheAccount() async throws {
        try await withApp { app, world in
            let worker = world.user(.socialWorker)
            let onePlace = try await TestBrowser.signedIn(app, email: worker.email)
            let another = try await TestBrowser.signedIn(app, email: worker.email)
            let token = try await world.bearer(worker, on: app)
            let colleague = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let changed = try await admin.post("/admin/users/\(worker.id!)", form: [
                "email": worker.email, "name": worker.name, "role": "socialWorker", "organizationId": worker.$organization.id!.uuidString,
                "language": "fi", "isActive": "on", "password": "Uusi pitkä lause 2026"])
            XCTAssertEqual(changed.status, .seeOther, changed.body.string)
            let first = try await isSignedIn(onePlace), second = try await isSignedIn(another)
            XCTAssertFalse(first)
            XCTAssertFalse(second)
            try await app.test(.GET, "/api/v1/clients", headers: token) { res async in
                XCTAssertEqual(res.status, .unauthorized, "the API token ended too")
            }
            let others = try await isSignedIn(colleague), admins = try await isSignedIn(admin)
            XCTAssertTrue(others, "other accounts stay signed in")
            XCTAssertTrue(admins)
        }
    }

    func testTheTableHoldsOnlyHashesOfSessionIDs() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let cookie = try XCTUnwrap(browser.cookie?.replacingOccurrences(of: "polku_session=", with: ""))
            let keys = try await SessionRecord.query(on: app.db).all().map(\.key.string)
            XCTAssertFalse(keys.contains(cookie), "the cookie's value is not stored")
            XCTAssertTrue(keys.contains(Digest.sha256Hex(cookie)))
        }
    }
}
