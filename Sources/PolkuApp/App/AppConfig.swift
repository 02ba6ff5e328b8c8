import Foundation
import Vapor

/// Everything the app reads from its environment, read once at start.
/// Development defaults make `swift run polku serve` work on a fresh machine;
/// production refuses to start without real secrets.
public struct AppConfig: Sendable {
    public enum Database: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        case postgres(url: String)
    }

    public var database: Database
    /// AES-256 key for personal identity codes at rest.
    public var encryptionKey: SymmetricKeyData
    /// HMAC key for the searchable hash of personal identity codes.
    public var lookupKey: SymmetricKeyData
    /// HMAC key that seals the audit trail (decision 92); the database never holds it.
    public var auditKey: SymmetricKeyData
    /// bcrypt cost; low in tests only.
    public var bcryptCost: Int
    public var secureCookies: Bool
    public var seedDemoWhenEmpty: Bool
    public var demoClientCount: Int
    /// How long an API token lives.
    public var tokenLifetime: TimeInterval
    /// Failed logins per e-mail address within `loginWindow` before logins are refused.
    public var maxFailedLogins: Int
    public var loginWindow: TimeInterval
    public var jsonLogs: Bool
    /// SQLite's `synchronous` setting (decision 65): NORMAL, or FULL to flush the disk on every commit.
    public var sqliteSynchronous: String
    /// How long an SQLite statement waits for another process's lock before the request is answered 503.
    public var sqliteBusyTimeoutMilliseconds: Int = 10_000
    /// A session ends on the server after this long without a request (ASVS 3.3.2, level 2: 30 minutes)…
    public var sessionIdleLifetime: TimeInterval = 30 * 60
    /// …and this long after sign-in however it is used (ASVS: 12 hours).
    public var sessionAbsoluteLifetime: TimeInterval = 12 * 3600
    /// Failed sign-ins from one client address within `loginWindow` before its sign-ins are refused.
    public var maxFailedLoginsPerAddress: Int = 30
    /// Proxies whose `X-Forwarded-For` names the client (`POLKU_TRUSTED_PROXIES`, comma-separated).
    public var trustedProxies: Set<String> = []
    /// The client addresses `/metrics` answers (`POLKU_METRICS_FROM`, comma-separated); others get 404.
    public var metricsAddresses: Set<String> = ["127.0.0.1", "::1"]

    public init(
        database: Database,
        encryptionKey: SymmetricKeyData,
        lookupKey: SymmetricKeyData,
        auditKey: SymmetricKeyData,
        bcryptCost: Int = 12,
        secureCookies: Bool = false,
        seedDemoWhenEmpty: Bool = false,
        demoClientCount: Int = 200,
        tokenLifetime: TimeInterval = 8 * 3600,
        maxFailedLogins: Int = 5,
        loginWindow: TimeInterval = 15 * 60,
        jsonLogs: Bool = false,
        sqliteSynchronous: String = "NORMAL"
    ) {
        self.database = database
        self.encryptionKey = encryptionKey
        self.lookupKey = lookupKey
        self.auditKey = auditKey
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.seedDemoWhenEmpty = seedDemoWhenEmpty
        self.demoClientCount = demoClientCount
        self.tokenLifetime = tokenLifetime
        self.maxFailedLogins = maxFailedLogins
        self.loginWindow = loginWindow
        self.jsonLogs = jsonLogs
        self.sqliteSynchronous = sqliteSynchronous
    }

    /// Reads the process environment. Keys:
    /// `DATABASE_URL` (postgres://…), `SQLITE_PATH` (default `data/polku.sqlite`),
    /// `POLKU_ENCRYPTION_KEY`, `POLKU_LOOKUP_KEY` and `POLKU_AUDIT_KEY` (base64, 32 bytes each),
    /// `POLKU_DEMO_CLIENTS`, `LOG_FORMAT=json`, `SQLITE_SYNCHRONOUS` (normal or full), `POLKU_METRICS_FROM`, `POLKU_TRUSTED_PROXIES`.
    public static func fromEnvironment(_ environment: Environment) throws -> AppConfig {
        let env = ProcessInfo.processInfo.environment
        let database: Database
        if let url = env["DATABASE_URL"], !url.isEmpty {
            database = .postgres(url: url)
        } else {
            database = .sqliteFile(env["SQLITE_PATH"] ?? "data/polku.sqlite")
        }
        let keys = try Secrets.load(environment: environment, env: env, database: database)
        var config = AppConfig(
            database: database,
            encryptionKey: keys.encryption,
            lookupKey: keys.lookup,
            auditKey: keys.audit,
            bcryptCost: environment == .production ? 12 : 10,
            secureCookies: environment == .production,
            seedDemoWhenEmpty: environment != .production,
            demoClientCount: Int(env["POLKU_DEMO_CLIENTS"] ?? "") ?? 200,
            jsonLogs: env["LOG_FORMAT"] == "json",
            sqliteSynchronous: try sqliteSynchronous(env["SQLITE_SYNCHRONOUS"])
        )
        if let from = env["POLKU_METRICS_FROM"] { config.metricsAddresses = addresses(from) }
        if let proxies = env["POLKU_TRUSTED_PROXIES"] { config.trustedProxies = addresses(proxies) }
        return config
    }

    private static func addresses(_ list: String) -> Set<String> {
        Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// `SQLITE_SYNCHRONOUS`: `normal` (the default) or `full`; anything else stops the start.
    static func sqliteSynchronous(_ value: String?) throws -> String {
        switch value?.lowercased() {
        case nil, "", "normal": "NORMAL"
        case "full": "FULL"
        default: throw CommandFailure("SQLITE_SYNCHRONOUS must be normal or full")
        }
    }

    /// Fixed keys and a cheap hash for the test suite.
    public static func testing(database: Database) -> AppConfig {
        AppConfig(
            database: database,
            encryptionKey: SymmetricKeyData(bytes: Array(repeating: 7, count: 32)),
            lookupKey: SymmetricKeyData(bytes: Array(repeating: 9, count: 32)),
            auditKey: SymmetricKeyData(bytes: Array(repeating: 11, count: 32)),
            bcryptCost: 4
        )
    }
}

/// 32 bytes of key material.
public struct SymmetricKeyData: Sendable, Equatable {
    public let bytes: [UInt8]
    public init(bytes: [UInt8]) { self.bytes = bytes }

    init?(base64: String) {
        guard let data = Data(base64Encoded: base64), data.count == 32 else { return nil }
        bytes = Array(data)
    }
}
