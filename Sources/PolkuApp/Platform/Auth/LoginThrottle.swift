import Fluent
import PolkuDomain
import Vapor

/// Slows password guessing (issue 10, item 4; decision 88). Every attempt is recorded *before* its password is
/// checked and then counted with the others in the window, so attempts sent in parallel cannot all slip in
/// before the first failure is written: however they arrive, at most `maxFailedLogins` passwords are checked
/// per e-mail address in the window, and `maxFailedLoginsPerAddress` per client address (one address trying
/// many accounts). A successful attempt is marked as such and does not count.
enum LoginThrottle {
    /// Records an attempt about to be checked; nil when it is over a limit (it stays recorded as a failure).
    static func admit(email: String, on req: Request) async throws -> LoginAttempt? {
        let address = req.clientAddress
        let attempt = LoginAttempt(email: email, ip: address, succeeded: false, attemptedAt: req.now)
        try await attempt.create(on: req.db)
        let since = req.now.addingTimeInterval(-req.config.loginWindow)
        let byEmail = try await LoginAttempt.query(on: req.db).filter(\.$email == email).filter(\.$attemptedAt >= since)
            .filter(\.$succeeded == false).count()
        let byAddress = try await LoginAttempt.query(on: req.db).filter(\.$ip == address).filter(\.$attemptedAt >= since)
            .filter(\.$succeeded == false).count()
        return byEmail > req.config.maxFailedLogins || byAddress > req.config.maxFailedLoginsPerAddress ? nil : attempt
    }

    static func succeeded(_ attempt: LoginAttempt, on req: Request) async throws {
        attempt.succeeded = true
        try await attempt.update(on: req.db)
    }
}

/// Checks an e-mail and password; shared by the login form and the token API.
enum Credentials {
    enum Outcome { case success(User), invalid, throttled }

    static func check(email rawEmail: String, password: String, on req: Request) async throws -> Outcome {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        guard let attempt = try await LoginThrottle.admit(email: email, on: req) else { return .throttled }
        let user = try await User.query(on: req.db).filter(\.$email == email).filter(\.$isActive == true).first()
        // Verify against a hash of the same cost even for an unknown address, so timing does not reveal accounts.
        let hash: String
        if let user { hash = user.passwordHash } else { hash = try await req.application.dummyPasswordHash() }
        // bcrypt reads 72 bytes; a longer password could never have been set, so it is refused (not cut short).
        let fits = password.utf8.count <= PasswordRules.maxBytes
        let matches = (try? await req.password.async.verify(fits ? password : "", created: hash)) ?? false
        guard let user, matches, fits else {
            try await req.audit(.loginFailed)
            return .invalid
        }
        try await LoginThrottle.succeeded(attempt, on: req)
        return .success(user)
    }
}

extension Application {
    private struct DummyHashKey: StorageKey { typealias Value = String }

    /// A hash of a random password at the configured cost, made once: checking against it takes as long as
    /// checking a real account's password.
    func dummyPasswordHash() async throws -> String {
        if let known = storage[DummyHashKey.self] { return known }
        let hash = try await password.async.hash(UUID().uuidString)
        storage[DummyHashKey.self] = hash
        return hash
    }
}

extension Request {
    /// The client's address. Behind a proxy listed in `POLKU_TRUSTED_PROXIES`, the address the proxy put last
    /// into `X-Forwarded-For`; from anyone else that header is ignored, since a caller can write anything into it.
    var clientAddress: String {
        let remote = remoteAddress?.ipAddress ?? "unknown"
        guard config.trustedProxies.contains(remote),
              let forwarded = headers.first(name: .xForwardedFor)?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
              !forwarded.isEmpty, forwarded.count <= 45 else { return remote }
        return forwarded
    }
}
