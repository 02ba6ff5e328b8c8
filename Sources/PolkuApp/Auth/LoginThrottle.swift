import Fluent
import Vapor

/// Refuses logins for an e-mail address after too many failures within the window, whatever the
/// password, so that guessing is slow. Successful logins are recorded too, for the audit picture.
enum LoginThrottle {
    static func isBlocked(email: String, on req: Request) async throws -> Bool {
        let since = req.now.addingTimeInterval(-req.config.loginWindow)
        let failures = try await LoginAttempt.query(on: req.db)
            .filter(\.$email == email)
            .filter(\.$attemptedAt >= since)
            .filter(\.$succeeded == false)
            .count()
        return failures >= req.config.maxFailedLogins
    }

    static func record(email: String, succeeded: Bool, on req: Request) async throws {
        let ip = req.remoteAddress?.ipAddress ?? "unknown"
        try await LoginAttempt(email: email, ip: ip, succeeded: succeeded, attemptedAt: req.now).create(on: req.db)
    }
}

/// Checks an e-mail and password; shared by the login form and the token API.
enum Credentials {
    enum Outcome { case success(User), invalid, throttled }

    static func check(email rawEmail: String, password: String, on req: Request) async throws -> Outcome {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        if try await LoginThrottle.isBlocked(email: email, on: req) { return .throttled }
        let user = try await User.query(on: req.db).filter(\.$email == email).filter(\.$isActive == true).first()
        // Verify against a real hash even for an unknown address, so timing does not reveal accounts.
        let hash = user?.passwordHash ?? dummyHash
        let matches = (try? req.password.verify(password, created: hash)) ?? false
        guard let user, matches else {
            try await LoginThrottle.record(email: email, succeeded: false, on: req)
            try await req.audit(.loginFailed)
            return .invalid
        }
        try await LoginThrottle.record(email: email, succeeded: true, on: req)
        return .success(user)
    }

    /// bcrypt of a random password, cost 10.
    private static let dummyHash = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.w7xK4y3kSdVwZmG1G9lWcwOe0Jq."
}
