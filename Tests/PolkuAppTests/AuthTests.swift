import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class AuthTests: XCTestCase {
    func testSignInThroughTheFormStartsASessionAndSignOutEndsIt() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let front = try await browser.get("/")
            XCTAssertEqual(front.status, .ok)
            XCTAssertTrue(front.body.string.contains(#"data-qa="front-page""#))
            let out = try await browser.post("/logout", form: [:])
            XCTAssertEqual(out.headers.first(name: .location), "/login")
            let after = try await browser.get("/")
            XCTAssertEqual(after.status, .seeOther, "the session is gone after sign-out")
        }
    }

    func testARedirectTargetFromOutsideStaysOnTheSiteAndWritesNoHeader() async throws {
        try await withApp { app, world in
            // Header injection from a plain link: CR LF in `returnTo` would start a Set-Cookie header.
            let injected = "/language/sv?returnTo=%2F%0D%0ASet-Cookie%3A%20polku_session%3Dattacker"
            try await app.test(.GET, injected) { res async in
                XCTAssertEqual(res.status, .seeOther)
                XCTAssertEqual(res.headers.first(name: .location), "/")
                XCTAssertFalse(res.headers.setCookie?.all.keys.contains("polku_session") ?? false, "no cookie of the attacker's")
            }
            try await app.test(.GET, "/language/sv?returnTo=%2Fclients%3Fpage%3D2") { res async in
                XCTAssertEqual(res.headers.first(name: .location), "/clients?page=2", "a local path is kept")
            }
            // After sign-in: a tab that browsers drop, a backslash, another host.
            for next in ["/\t/evil.example", "/\\evil.example", "//evil.example", "https://evil.example/", "/\r\nSet-Cookie: x=1"] {
                let browser = TestBrowser(app)
                let res = try await browser.post("/login", form: ["email": world.user(.socialWorker).email, "password": TestWorld.password,
                                                                  "next": next])
                XCTAssertEqual(res.status, .seeOther, next)
                XCTAssertEqual(res.headers.first(name: .location), "/", "\(next.debugDescription) leads to the front page")
            }
            let browser = TestBrowser(app)
            let res = try await browser.post("/login", form: ["email": world.user(.socialWorker).email, "password": TestWorld.password,
                                                              "next": "/referrals?view=sent"])
            XCTAssertEqual(res.headers.first(name: .location), "/referrals?view=sent")
        }
    }

    func testAWrongPasswordShowsTheFormAgainWithAMessage() async throws {
        try await withApp { app, world in
            let browser = TestBrowser(app)
            let res = try await browser.post("/login", form: ["email": world.user(.socialWorker).email, "password": "wrong"])
            XCTAssertEqual(res.status, .unauthorized)
            XCTAssertTrue(res.body.string.contains(#"data-qa="login-error""#))
            XCTAssertTrue(res.body.string.contains("Sähköpostiosoite tai salasana on väärin."))
        }
    }

    func testRepeatedFailuresBlockEvenTheRightPassword() async throws {
        try await withApp { app, world in
            let email = world.user(.socialWorker).email
            for _ in 0..<app.polkuConfig.maxFailedLogins {
                try await TestBrowser(app).post("/login", form: ["email": email, "password": "guess"])
            }
            let res = try await TestBrowser(app).post("/login", form: ["email": email, "password": TestWorld.password])
            XCTAssertEqual(res.status, .tooManyRequests)
            XCTAssertTrue(res.body.string.contains(#"data-qa="login-error""#))
        }
    }

    func testParallelGuessesAreCountedBeforeTheyAreCheckedAndTheRightPasswordThenWaits() async throws {
        try await withApp { app, world in
            let email = world.user(.socialWorker).email
            let limit = app.polkuConfig.maxFailedLogins
            let statuses = try await LiveServer.with(app) { server in
                try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                    for guess in 0..<14 {
                        group.addTask {
                            try await LiveUser(server).send(.POST, "/api/v1/auth/token", json: ["email": email, "password": "guess-\(guess)"]).status
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
            let checked = statuses.filter { $0 == .unauthorized }.count
            XCTAssertLessThanOrEqual(checked, limit, "at most \(limit) passwords are checked however they arrive: \(statuses)")
            XCTAssertEqual(statuses.filter { $0 == .tooManyRequests }.count, 14 - checked, "\(statuses)")
            try await app.test(.POST, "/api/v1/auth/token", beforeRequest: { req async throws in
                try req.content.encode(["email": email, "password": TestWorld.password], as: .json)
            }) { res async in
                XCTAssertEqual(res.status, .tooManyRequests, "the right password after the guesses waits for the window")
            }
        }
    }

    func testOneAddressTryingManyAccountsIsSlowedToo() async throws {
        try await withApp { app, world in
            app.polkuConfig.maxFailedLoginsPerAddress = 3
            for role in [Role.socialWorker, .workCoach, .manager] {
                let res = try await TestBrowser(app).post("/login", form: ["email": world.user(role).email, "password": "guess"])
                XCTAssertEqual(res.status, .unauthorized)
            }
            let res = try await TestBrowser(app).post("/login", form: ["email": world.user(.admin).email, "password": TestWorld.password])
            XCTAssertEqual(res.status, .tooManyRequests, "a fourth account from the same address")
            // X-Forwarded-For from a caller that is not a trusted proxy changes nothing.
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .xForwardedFor, value: "203.0.113.9")
            headers.contentType = .json
            try await app.test(.POST, "/api/v1/auth/token", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(["email": world.user(.admin).email, "password": TestWorld.password], as: .json)
            }) { res async in XCTAssertEqual(res.status, .tooManyRequests) }
        }
    }

    func testAPasswordLongerThanBcryptReadsIsRefusedNotCutShort() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let long = String(repeating: "Kärsivällisyys-", count: 5)  // 80 bytes
            let user = world.user(.socialWorker)
            user.passwordHash = try app.password.hash(String(long.utf8.prefix(72))!)
            try await user.save(on: app.db)
            let res = try await TestBrowser(app).post("/login", form: ["email": user.email, "password": long])
            XCTAssertEqual(res.status, .unauthorized, "bcrypt would have read only the first 72 bytes and let it in")
            // New passwords: too long, too common, and one that will do.
            let form = ["email": "uusi.tyontekija@example.fi", "name": "Uusi Työntekijä", "role": "socialWorker",
                        "organizationId": world.county.id!.uuidString, "language": "fi"]
            for (password, message) in [(long, "enintään 72 tavua"), ("Salasana1234!", "liian yleinen"), ("qwertyuiop123", "liian yleinen"),
                                        ("uusi.tyontekija2024", "liian yleinen")] {
                var fields = form
                fields["password"] = password
                let page = try await admin.post("/admin/users", form: fields)
                XCTAssertEqual(page.status, .unprocessableEntity, password)
                XCTAssertTrue(page.body.string.contains(message), password)
            }
            var fields = form
            fields["password"] = "Lumi-kinos ja 7 kuusta"
            let saved = try await admin.post("/admin/users", form: fields)
            XCTAssertEqual(saved.status, .seeOther)
        }
    }

    func testAFormWithoutTheCSRFTokenIsRefused() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let res = try await browser.post("/clients", form: ["firstName": "X"], csrf: false)
            XCTAssertEqual(res.status, .forbidden)
            browser.csrf = "forged"
            let forged = try await browser.post("/logout", form: [:])
            XCTAssertEqual(forged.status, .forbidden)
        }
    }

    func testTokensAreIssuedUsedAndRevoked() async throws {
        try await withApp { app, world in
            var token = ""
            try await app.test(.POST, "/api/v1/auth/token", beforeRequest: { req async throws in
                try req.content.encode(["email": world.user(.socialWorker).email, "password": TestWorld.password])
            }) { res async throws in
                XCTAssertEqual(res.status, .ok)
                token = try res.content.decode(AuthAPIController.TokenResponse.self).token
            }
            let stored = try await ApiToken.query(on: app.db).all()
            XCTAssertFalse(stored.contains { $0.tokenHash == token }, "only the hash is stored")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            try await app.test(.GET, "/api/v1/me", headers: headers) { res async throws in
                XCTAssertEqual(try res.content.decode(AuthAPIController.Me.self).role, .socialWorker)
            }
            try await app.test(.POST, "/api/v1/auth/revoke", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(["token": token])
            }) { res async in XCTAssertEqual(res.status, .noContent) }
            try await app.test(.GET, "/api/v1/me", headers: headers) { res async throws in
                XCTAssertEqual(res.status, .unauthorized)
                XCTAssertEqual(res.headers.first(name: .wwwAuthenticate), "Bearer realm=\"polku\"")
            }
        }
    }

    func testAnExpiredTokenCountsAsNone() async throws {
        try await withApp { app, world in
            let (_, plain) = try await ApiToken.issue(for: world.user(.socialWorker).id!, lifetime: -1, now: TestWorld.now, on: app.db)
            try await app.test(.GET, "/api/v1/me", headers: ["Authorization": "Bearer \(plain)"]) { res async in XCTAssertEqual(res.status, .unauthorized) }
        }
    }

    func testSessionCookiesDoNotOpenTheAPI() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let res = try await browser.get("/api/v1/clients")
            XCTAssertEqual(res.status, .unauthorized)
        }
    }
}
