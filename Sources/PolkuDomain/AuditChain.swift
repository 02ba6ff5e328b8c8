import Foundation

/// One row of the audit trail. Each record's hash covers its own fields and the previous
/// record's hash, so editing, deleting or reordering rows breaks the chain.
public struct AuditRecord: Sendable, Equatable {
    public var sequence: Int64
    /// Hashed at millisecond precision; store it at that precision so it reads back the same.
    public var occurredAt: Date
    public var actorID: UUID?
    public var actorRole: String?
    public var organizationID: UUID?
    public var clientID: UUID?
    public var action: String
    public var requestID: String
    public var previousHash: String
    public var hash: String

    public init(sequence: Int64, occurredAt: Date, actorID: UUID?, actorRole: String?,
                organizationID: UUID?, clientID: UUID?, action: String, requestID: String,
                previousHash: String, hash: String = "") {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.actorRole = actorRole
        self.organizationID = organizationID
        self.clientID = clientID
        self.action = action
        self.requestID = requestID
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// Rules of the hash chain. The hash function is injected so this module needs no crypto library.
public enum AuditChain {
    /// The `previousHash` of the first record.
    public static let genesisHash = String(repeating: "0", count: 64)

    public enum BreakReason: Sendable, Equatable {
        case hashMismatch, previousHashMismatch
        case missingSequence(expected: Int64)
    }

    public enum VerificationResult: Sendable, Equatable {
        case intact(count: Int)
        case broken(atSequence: Int64, reason: BreakReason)
    }

    /// Every field except `hash`, each length-prefixed ("5:hello") so that no two different
    /// records share a payload; nil is "-", which no length prefix can start with.
    public static func canonicalPayload(of record: AuditRecord) -> String {
        let milliseconds = Int64((record.occurredAt.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [
            String(record.sequence), String(milliseconds),
            record.actorID?.uuidString, record.actorRole, record.organizationID?.uuidString,
            record.clientID?.uuidString, record.action, record.requestID, record.previousHash,
        ]
        return "audit-v1|" + fields.map { field in
            field.map { "\($0.utf8.count):\($0)" } ?? "-"
        }.joined(separator: "|")
    }

    /// The record with its `hash` filled in, ready to append.
    public static func seal(_ record: AuditRecord, hash: (String) -> String) -> AuditRecord {
        var sealed = record
        sealed.hash = hash(canonicalPayload(of: record))
        return sealed
    }

    /// Expects the whole chain in sequence order, starting at 1. A truncated tail cannot be
    /// seen from the records alone; compare the count with an externally kept value for that.
    ///
    /// To verify a long chain in pages, pass each page with the last sequence and hash of the one before.
    public static func verify<S: Sequence>(_ records: S, after lastSequence: Int64 = 0, previousHash lastHash: String = genesisHash,
                                           hash: (String) -> String) -> VerificationResult
    where S.Element == AuditRecord {
        var expectedSequence = lastSequence + 1
        var previousHash = lastHash
        for record in records {
            guard record.sequence == expectedSequence else {
                return .broken(atSequence: record.sequence, reason: .missingSequence(expected: expectedSequence))
            }
            guard hash(canonicalPayload(of: record)) == record.hash else {
                return .broken(atSequence: record.sequence, reason: .hashMismatch)
            }
            guard record.previousHash == previousHash else {
                return .broken(atSequence: record.sequence, reason: .previousHashMismatch)
            }
            previousHash = record.hash
            expectedSequence += 1
        }
        return .intact(count: Int(expectedSequence - 1 - lastSequence))
    }
}
