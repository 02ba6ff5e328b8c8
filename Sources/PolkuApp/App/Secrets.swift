import Foundation
import Vapor

/// Where the three keys come from. Environment variables always win. In development, with an SQLite
/// file, a key not given is generated once and kept beside the database (mode 0600) so that a restart can
/// still read the data. Production and PostgreSQL (several app processes) require the variables.
enum Secrets {
    struct Keys { var encryption: SymmetricKeyData; var lookup: SymmetricKeyData; var audit: SymmetricKeyData }

    /// Each key's variable, and the fixed key development against PostgreSQL uses when it is not set.
    private static let variables: [(name: String, field: WritableKeyPath<Keys, SymmetricKeyData>, developmentByte: UInt8)] = [
        ("POLKU_ENCRYPTION_KEY", \.encryption, 1), ("POLKU_LOOKUP_KEY", \.lookup, 2), ("POLKU_AUDIT_KEY", \.audit, 3),
    ]

    static func load(environment: Environment, env: [String: String], database: AppConfig.Database) throws -> Keys {
        let missing = variables.filter { env[$0.name] == nil }.map(\.name)
        if environment == .production, !missing.isEmpty {
            throw ConfigError("production needs \(missing.joined(separator: ", ")) (base64 of 32 random bytes each)")
        }
        var keys: Keys
        switch database {
        case .sqliteFile(let path) where !missing.isEmpty:
            keys = try loadOrCreate(at: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("keys.json"))
        default:
            // Development against PostgreSQL: fixed, well-known keys. Never used in production (see above).
            let fixed = { (byte: UInt8) in SymmetricKeyData(bytes: Array(repeating: byte, count: 32)) }
            keys = Keys(encryption: fixed(1), lookup: fixed(2), audit: fixed(3))
        }
        for variable in variables {
            guard let value = env[variable.name] else { continue }
            guard let key = SymmetricKeyData(base64: value) else { throw ConfigError("\(variable.name) must be base64 of 32 bytes") }
            keys[keyPath: variable.field] = key
        }
        return keys
    }

    /// `audit` is optional: files written before the audit key existed gain one, keeping the other two.
    private struct Stored: Codable { var encryption: String; var lookup: String; var audit: String? }

    private static func loadOrCreate(at file: URL) throws -> Keys {
        let fm = FileManager.default
        var stored: Stored
        if let data = try? Data(contentsOf: file), let read = try? JSONDecoder().decode(Stored.self, from: data) {
            stored = read
        } else {
            try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            stored = Stored(encryption: randomKey(), lookup: randomKey(), audit: nil)
        }
        if stored.audit == nil {
            stored.audit = randomKey()
            try JSONEncoder().encode(stored).write(to: file, options: .atomic)
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        }
        guard let encryption = SymmetricKeyData(base64: stored.encryption), let lookup = SymmetricKeyData(base64: stored.lookup),
              let audit = stored.audit.flatMap(SymmetricKeyData.init(base64:)) else {
            throw ConfigError("\(file.path) holds a key that is not base64 of 32 bytes")
        }
        return Keys(encryption: encryption, lookup: lookup, audit: audit)
    }

    private static func randomKey() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString()
    }
}

struct ConfigError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
