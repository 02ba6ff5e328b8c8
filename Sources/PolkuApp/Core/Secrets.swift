import Foundation
import Vapor

/// Where the two data keys come from. Environment variables always win. In development, with an
/// SQLite file, keys are generated once and kept beside the database (mode 0600) so that a restart
/// can still read the data. Production and PostgreSQL (several app processes) require the variables.
enum Secrets {
    struct Keys { var encryption: SymmetricKeyData; var lookup: SymmetricKeyData }

    static func load(environment: Environment, env: [String: String], database: AppConfig.Database) throws -> Keys {
        if let e = env["POLKU_ENCRYPTION_KEY"], let l = env["POLKU_LOOKUP_KEY"] {
            guard let enc = SymmetricKeyData(base64: e), let look = SymmetricKeyData(base64: l) else {
                throw ConfigError("POLKU_ENCRYPTION_KEY and POLKU_LOOKUP_KEY must be base64 of 32 bytes")
            }
            return Keys(encryption: enc, lookup: look)
        }
        guard environment != .production else {
            throw ConfigError("production needs POLKU_ENCRYPTION_KEY and POLKU_LOOKUP_KEY (base64, 32 bytes each)")
        }
        switch database {
        case .sqliteFile(let path):
            let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("keys.json")
            return try loadOrCreate(at: file)
        case .sqliteMemory, .postgres:
            // Development against PostgreSQL: a fixed, well-known key. Never used in production (see above).
            return Keys(encryption: SymmetricKeyData(bytes: Array(repeating: 1, count: 32)),
                        lookup: SymmetricKeyData(bytes: Array(repeating: 2, count: 32)))
        }
    }

    private struct Stored: Codable { var encryption: String; var lookup: String }

    private static func loadOrCreate(at file: URL) throws -> Keys {
        let fm = FileManager.default
        if let data = try? Data(contentsOf: file), let stored = try? JSONDecoder().decode(Stored.self, from: data),
           let enc = SymmetricKeyData(base64: stored.encryption), let look = SymmetricKeyData(base64: stored.lookup) {
            return Keys(encryption: enc, lookup: look)
        }
        try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let stored = Stored(encryption: randomKey(), lookup: randomKey())
        try JSONEncoder().encode(stored).write(to: file, options: .atomic)
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        return Keys(encryption: SymmetricKeyData(base64: stored.encryption)!, lookup: SymmetricKeyData(base64: stored.lookup)!)
    }

    private static func randomKey() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString()
    }
}

struct ConfigError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
