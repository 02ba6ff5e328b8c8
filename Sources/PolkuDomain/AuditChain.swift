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
    /// The clients of an event that names several at once — a list or a front page shown (decision 132) — in
    /// any order; empty when the event names one client (`clientID`) or none.
    public var clientIDs: [UUID]
    public var action: String
    public var requestID: String
    public var previousHash: String
    public var hash: String

    public init(sequence: Int64, occurredAt: Date, actorID: UUID?, actorRole: String?,
                organizationID: UUID?, clientID: UUID?, clientIDs: [UUID] = [], action: String, requestID: String,
                previousHash: String, hash: String = "") {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.actorRole = actorRole
        self.organizationID = organizationID
        self.clientID = clientID
        self.clientIDs = clientIDs
        self.action = action
        self.requestID = requestID
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// The newest event's sequence and hash, signed with the trail's key and kept apart from the events
/// (decision 92). Deleting the newest events leaves a chain that verifies on its own; it no longer ends
/// where the checkpoint says, and a checkpoint moved back to the new end needs the key to sign it.
public struct AuditCheckpoint: Sendable, Equatable {
    public var sequence: Int64
    public var hash: String
    public var signature: String

    public init(sequence: Int64, hash: String, signature: String) {
        self.sequence = sequence
        self.hash = hash
        self.signature = signature
    }

    public static func signed(sequence: Int64, hash: String, mac: (String) -> String) -> AuditCheckpoint {
        AuditCheckpoint(sequence: sequence, hash: hash, signature: mac(payload(sequence: sequence, hash: hash)))
    }

    public func isSigned(mac: (String) -> String) -> Bool {
        signature == mac(Self.payload(sequence: sequence, hash: hash))
    }

    private static func payload(sequence: Int64, hash: String) -> String {
        "audit-checkpoint-v1|\(sequence)|\(hash)"
    }
}

/// Rules of the hash chain. The hash function (an HMAC in the app, decision 92) is injected so this
/// module needs no crypto library.
public enum AuditChain {
    /// The `previousHash` of the first record.
    public static let genesisHash = String(repeating: "0", count: 64)

    public enum BreakReason: Sendable, Equatable {
        case hashMismatch, previousHashMismatch
        case missingSequence(expected: Int64)
        /// The checkpoint is not signed with the trail's key: it was written by someone else.
        case checkpointForged
        /// The chain ends before the checkpoint's event: the newest events were deleted.
        case truncated(checkpoint: Int64)
        /// The chain goes on past the checkpoint, or its newest event is not the checkpoint's.
        case checkpointMismatch(checkpoint: Int64)
        /// An event recorded earlier outside the database (`polku audit verify --expect`) is not in the chain.
        case expectedEventMissing
    }

    public enum VerificationResult: Sendable, Equatable {
        case intact(count: Int)
        case broken(atSequence: Int64, reason: BreakReason)
    }

    /// Every field except `hash`, each length-prefixed ("5:hello") so that no two different
    /// records share a payload; nil is "-", which no length prefix can start with.
    ///
    /// The clients of an event that names several follow as one more field, sorted, so that the order they were
    /// stored or read in does not matter. An event without them has exactly the payload it had before the field
    /// existed, so a trail written then still verifies; one with them cannot be mistaken for one without, since
    /// that one ends at its length-prefixed previous hash.
    public static func canonicalPayload(of record: AuditRecord) -> String {
        let milliseconds = Int64((record.occurredAt.timeIntervalSince1970 * 1000).rounded())
        var fields: [String?] = [
            String(record.sequence), String(milliseconds),
            record.actorID?.uuidString, record.actorRole, record.organizationID?.uuidString,
            record.clientID?.uuidString, record.action, record.requestID, record.previousHash,
        ]
        if !record.clientIDs.isEmpty {
            fields.append(record.clientIDs.map(\.uuidString).sorted().joined(separator: ","))
        }
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

    /// The end of a whole, intact chain (`newest` is 0 and the genesis hash when it has no events) compared
    /// with the signed checkpoint.
    public static func verifyEnd(newestSequence: Int64, newestHash: String, count: Int, against checkpoint: AuditCheckpoint,
                                 mac: (String) -> String) -> VerificationResult {
        guard checkpoint.isSigned(mac: mac) else { return .broken(atSequence: checkpoint.sequence, reason: .checkpointForged) }
        if newestSequence < checkpoint.sequence {
            return .broken(atSequence: newestSequence + 1, reason: .truncated(checkpoint: checkpoint.sequence))
        }
        guard newestSequence == checkpoint.sequence, newestHash == checkpoint.hash else {
            return .broken(atSequence: min(newestSequence, checkpoint.sequence + 1), reason: .checkpointMismatch(checkpoint: checkpoint.sequence))
        }
        return .intact(count: count)
    }
}

extension AuditChain.BreakReason: CustomStringConvertible {
    /// What `polku audit verify` tells the operator.
    public var description: String {
        switch self {
        case .hashMismatch: "its seal does not match its fields (edited, or sealed with another POLKU_AUDIT_KEY)"
        case .previousHashMismatch: "it does not follow the event before it"
        case .missingSequence(let expected): "event \(expected) is missing"
        case .checkpointForged: "the checkpoint is not signed with POLKU_AUDIT_KEY"
        case .truncated(let checkpoint): "the trail ends before event \(checkpoint), which the checkpoint names as the newest: events were deleted"
        case .checkpointMismatch(let checkpoint): "the trail does not end at event \(checkpoint) as the checkpoint says"
        case .expectedEventMissing: "this event is not in the trail as it was recorded earlier"
        }
    }
}
