import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Failed sign-ins count only within the throttle window (`loginWindow`, 15 minutes): within it the right
/// password waits, after it the user signs in again — by the form and for a token alike (decision 88).
final class SignInThrottleWindowTests: XCTestCase {
    private func at(_ app: Application, seconds: TimeInterval) {
        app.clock = AppClock(now: { TestWorld.now.addingTimeInterval(seconds) })
    }

    private func formSignIn(_ app: Application, _ email: String, _ password: String) async throws -> HTTPStatus {
        try await TestBrowser(app).post("/login", form: ["email": email, "password": password]).status
    }

    private func tokenSignIn(_ app: Application, _ email: String, _ password: String) async throws -> HTTPStatus {
        var status = HTTPStatus.internalServerError
        try await app.test(.POST, "/api/v1/auth/token", beforeRequest: { req async throws in
            try req.content.encode(["email": email, "password": password], as: .json)
        }) { res async in status = res.status }
        return status
    }

    func testFailedSignInsLeaveTheWindowAndTheUserSignsInAgain() async throws {
        try await withApp { app, world in
            let email = world.user(.socialWorker).email
            let window = app.polkuConfig.loginWindow
            XCTAssertEqual(window, 15 * 60)
            at(app, seconds: 0)
            for _ in 0..<app.polkuConfig.maxFailedLogins {
                let guess = try await formSignIn(app, email, "guess")
                XCTAssertEqual(guess, .unauthorized)
            }
            at(app, seconds: 60)
            let soon = try await formSignIn(app, email, TestWorld.password)
            XCTAssertEqual(soon, .tooManyRequests, "a minute later the right password waits")
            at(app, seconds: window - 1)
            let lastSecond = try await tokenSignIn(app, email, TestWorld.password)
            XCTAssertEqual(lastSecond, .tooManyRequests, "the window's last second, for a token too")
            at(app, seconds: window + 1)
            let afterForm = try await formSignIn(app, email, TestWorld.password)
            XCTAssertEqual(afterForm, .seeOther, "the guesses have left the window: the form signs in")
            let afterToken = try await tokenSignIn(app, email, TestWorld.password)
            XCTAssertEqual(afterToken, .ok, "and a token is issued")
        }
    }

    func testGuessesSpreadOverTheWindowStillCount() async throws {
        try await withApp { app, world in
            let email = world.user(.workCoach).email
            let limit = app.polkuConfig.maxFailedLogins, window = app.polkuConfig.loginWindow
            // One guess every two minutes: all of them within fifteen minutes of the last.
            for guess in 0..<limit {
                at(app, seconds: TimeInterval(guess) * 120)
                let status = try await formSignIn(app, email, "guess-\(guess)")
                XCTAssertEqual(status, .unauthorized)
            }
            at(app, seconds: TimeInterval(limit - 1) * 120 + 60)
            let refused = try await formSignIn(app, email, TestWorld.password)
            XCTAssertEqual(refused, .tooManyRequests, "\(limit) failures within the window")
            // The window slides: when the first guess is older than fifteen minutes, the later ones (and the refused
            // attempt, recorded as a failure) still count.
            at(app, seconds: window + 1)
            let stillRefused = try await formSignIn(app, email, TestWorld.password)
            XCTAssertEqual(stillRefused, .tooManyRequests, "the guesses of the last fifteen minutes still count")
            // Fifteen minutes after the last guess, few enough failures are left in the window.
            at(app, seconds: TimeInterval(limit - 1) * 120 + window + 1)
            let admitted = try await formSignIn(app, email, TestWorld.password)
            XCTAssertEqual(admitted, .seeOther, "the guesses have left the window")
        }
    }
}
