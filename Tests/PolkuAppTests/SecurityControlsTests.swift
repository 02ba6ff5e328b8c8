import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The controls of docs/security.md's ASVS table that no other test held: the cookies' flags and HSTS as
/// production sets them (V3.4.1–3.4.3, V14.4.5), a new session at sign-in and the trail's record of sign-ins
/// (V3.2.1, V7.2.1), and output encoding of what a user stored (V5.3.3).
final class SecurityControlsTests: XCTestCase {
    /// The Set-Cookie header that sets `name`, split into its attributes, lower-cased (the value left out).
    private func cookieAttributes(_ res: TestingHTTPResponse, _ name: String) -> Set<String>? {
        guard let header = res.headers[.setCookie].first(where: { $0.hasPrefix(name + "=") }) else { return nil }
        return Set(header.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    func testInProductionTheCookiesAreSecureHttpOnlyAndSameSiteAndHSTSIsSent() async throws {
        // As `AppConfig.fromEnvironment` sets it for `--env production`; the session cookie's flags are fixed at
        // `configure`, so the app is made with it.
        let app = try await Application.make(.testing)
        var config = AppConfig.testing(database: .sqliteMemory)
        config.secureCookies = true
        do {
            try await configure(app, config: config)
            app.clock = AppClock(now: { TestWorld.now })
            try await app.autoMigrate()
            _ = try await TestWorld.make(on: app)
            try await app.test(.GET, "/login") { res async in
                XCTAssertEqual(res.status, .ok)
                let session = cookieAttributes(res, "polku_session")
                XCTAssertNotNil(session, "the login form starts a session for its CSRF token")
                XCTAssertTrue(session?.contains("secure") ?? false, "\(session ?? [])")
                XCTAssertTrue(session?.contains("httponly") ?? false, "\(session ?? [])")
                XCTAssertTrue(session?.contains("samesite=lax") ?? false, "\(session ?? [])")
                XCTAssertEqual(res.headers.first(name: "Strict-Transport-Security"), "max-age=31536000; includeSubDomains")
            }
            try await app.test(.GET, "/language/sv") { res async in
                let language = cookieAttributes(res, "lang")
                XCTAssertEqual(language?.isSuperset(of: ["secure", "httponly", "samesite=lax"]), true, "\(language ?? [])")
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    func testSignInStartsANewSessionTheTrailRecordsItAndTheSessionBeforeItOpensNothing() async throws {
        try await withApp { app, world in
            let worker = world.user(.socialWorker)
            // An attacker's session, planted in the victim's browser before they sign in.
            let browser = TestBrowser(app)
            try await browser.get("/login")
            let planted = try XCTUnwrap(browser.cookie)
            let wrong = try await browser.post("/login", form: ["email": worker.email, "password": "not the password"])
            XCTAssertEqual(wrong.status, .unauthorized)
            let signIn = try await browser.post("/login", form: ["email": worker.email, "password": TestWorld.password])
            XCTAssertEqual(signIn.status, .seeOther)
            let signedIn = try XCTUnwrap(browser.cookie)
            XCTAssertNotEqual(signedIn, planted, "sign-in sets a session id of its own")
            let front = try await browser.get("/")
            XCTAssertEqual(front.status, .ok, "the new session is signed in")
            try await app.test(.GET, "/", headers: ["Cookie": planted]) { res async in
                XCTAssertEqual(res.status, .seeOther, "the planted id opens no signed-in page")
                XCTAssertTrue(res.headers.first(name: .location)?.hasPrefix("/login") ?? false)
            }
            let keys = try await SessionRecord.query(on: app.db).all().map(\.key.string)
            XCTAssertFalse(keys.contains(Digest.sha256Hex(planted.replacingOccurrences(of: "polku_session=", with: ""))),
                           "the planted session is gone from the table")
            // Both attempts are in the sealed trail (ASVS V7.2.1): the failure without an actor, the sign-in with its user.
            let events = try await AuditEvent.query(on: app.db).all()
            XCTAssertEqual(events.filter { $0.action == AuditAction.loginFailed.rawValue }.count, 1)
            XCTAssertEqual(events.filter { $0.action == AuditAction.loginSucceeded.rawValue }.map(\.actorID), [worker.id])
        }
    }

    func testAStoredScriptIsShownAsTextInPagesAndAttributes() async throws {
        try await withApp { app, world in
            let first = "<script>alert(1)</script>", last = #""><img src=x onerror=alert(2)>"#
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            var id: UUID?
            try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(["firstName": first, "lastName": last, "personalIdentityCode": "150385-456R",
                                        "municipalityCode": "167", "language": "fi"])
            }) { res async throws in
                XCTAssertEqual(res.status, .created, res.body.string)
                id = try res.content.decode(ClientDTO.self).id.rawValue
                XCTAssertEqual(res.headers.contentType, .json, "JSON, never HTML")
            }
            let client = try XCTUnwrap(id)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            for path in ["/clients", "/clients/\(client)", "/clients/\(client)/edit"] {
                let page = try await browser.get(path)
                XCTAssertEqual(page.status, .ok, path)
                let html = page.body.string
                XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path): the name is shown as text")
                XCTAssertFalse(html.contains("<script"), "\(path): no script element")
                XCTAssertFalse(html.contains("<img src=x"), "\(path): no element from the name")
                XCTAssertFalse(html.contains(#""><img"#), "\(path): no attribute closed by the name")
            }
        }
    }
}
