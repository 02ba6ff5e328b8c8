import Crypto
import Foundation
import PolkuDomain
import Vapor

/// The key that seals the audit trail (decision 92): each event's hash is an HMAC over its fields and the
/// previous event's hash, and the checkpoint of the newest event is signed with it. Someone who can write
/// the database but lacks `POLKU_AUDIT_KEY` can neither rewrite events nor cut the newest ones off unseen.
struct AuditSeal: Sendable {
    private let key: SymmetricKey

    init(key: SymmetricKeyData) {
        self.key = SymmetricKey(data: key.bytes)
    }

    /// Hex HMAC-SHA256 of `payload`; the chain's `hash` function.
    func mac(_ payload: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key)).hexString
    }

    func seal(_ record: AuditRecord) -> AuditRecord {
        AuditChain.seal(record, hash: mac)
    }

    func checkpoint(sequence: Int64, hash: String) -> AuditCheckpoint {
        AuditCheckpoint.signed(sequence: sequence, hash: hash, mac: mac)
    }
}

extension Application {
    private struct SealKey: StorageKey { typealias Value = AuditSeal }
    /// Set once in `configure`.
    var auditSeal: AuditSeal {
        get { storage[SealKey.self]! }
        set { storage[SealKey.self] = newValue }
    }
}
