import Foundation
import PolkuDomain
import Testing

struct AuditChainTests {
    /// FNV-1a 64-bit as hex: deterministic and dependency-free; the app injects an HMAC.
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    private static func chain(length: Int) -> [AuditRecord] {
        var records: [AuditRecord] = []
        for sequence in 1...Int64(length) {
            let record = AuditRecord(
                sequence: sequence, occurredAt: Date(timeIntervalSince1970: 1_772_366_700 + Double(sequence) * 0.25),
                actorID: UUID(), actorRole: sequence.isMultiple(of: 2) ? "socialWorker" : nil,
                organizationID: UUID(), clientID: sequence == 3 ? nil : UUID(), action: "client.read",
                requestID: "req-\(sequence)", previousHash: records.last?.hash ?? AuditChain.genesisHash)
            records.append(AuditChain.seal(record, hash: fnv1a))
        }
        return records
    }

    @Test func intactChain() {
        #expect(AuditChain.verify(Self.chain(length: 5), hash: Self.fnv1a) == .intact(count: 5))
        #expect(AuditChain.verify([], hash: Self.fnv1a) == .intact(count: 0))
        #expect(AuditChain.genesisHash == String(repeating: "0", count: 64))
    }

    @Test func editedFieldIsDetected() {
        var records = Self.chain(length: 5)
        records[2].action = "client.update"
        #expect(AuditChain.verify(records, hash: Self.fnv1a) == .broken(atSequence: 3, reason: .hashMismatch))
    }

    @Test func editedTimeIsDetected() {
        var records = Self.chain(length: 5)
        records[1].occurredAt += 0.001
        #expect(AuditChain.verify(records, hash: Self.fnv1a) == .broken(atSequence: 2, reason: .hashMismatch))
    }

    @Test func deletedMiddleRecordIsDetected() {
        var records = Self.chain(length: 5)
        records.remove(at: 2)
        #expect(AuditChain.verify(records, hash: Self.fnv1a) == .broken(atSequence: 4, reason: .missingSequence(expected: 3)))
    }

    @Test func reorderedRecordsAreDetected() {
        var records = Self.chain(length: 5)
        records.swapAt(1, 2)
        #expect(AuditChain.verify(records, hash: Self.fnv1a) == .broken(atSequence: 3, reason: .missingSequence(expected: 2)))
    }

    @Test func renumberedSwapIsDetected() {
        var records = Self.chain(length: 5)
        records.swapAt(1, 2)
        (records[1].sequence, records[2].sequence) = (2, 3)
        #expect(AuditChain.verify(records, hash: Self.fnv1a) == .broken(atSequence: 2, reason: .hashMismatch))
    }

    @Test func resealedRecordBreaksTheNextLink() {
        var records = Self.chain(length: 5)
        records[2].action = "client.update"
        records[2] = AuditChain.seal(records[2], hash: Self.fnv1a)
        #expect(AuditChain.verify(records, hash: Self.fnv1a) == .broken(atSequence: 4, reason: .previousHashMismatch))
    }

    @Test func firstRecordMustStartFromGenesis() {
        var records = Self.chain(length: 2)
        records[0].previousHash = "f"
        records[0] = AuditChain.seal(records[0], hash: Self.fnv1a)
        #expect(AuditChain.verify(records, hash: Self.fnv1a) == .broken(atSequence: 1, reason: .previousHashMismatch))
    }

    @Test func payloadIsUnambiguous() {
        let base = AuditRecord(sequence: 1, occurredAt: Date(timeIntervalSince1970: 1.5), actorID: nil, actorRole: "a|b",
                               organizationID: nil, clientID: nil, action: "c", requestID: "", previousHash: "0")
        var shifted = base
        (shifted.actorRole, shifted.action) = ("a", "b|c")
        var emptyRole = base
        emptyRole.actorRole = ""
        var nilRole = base
        nilRole.actorRole = nil
        let payloads = [base, shifted, emptyRole, nilRole].map(AuditChain.canonicalPayload(of:))
        #expect(Set(payloads).count == 4)
        #expect(AuditChain.canonicalPayload(of: base) == "audit-v1|1:1|4:1500|-|3:a|b|-|-|1:c|0:|1:0")
    }

    /// An event naming several clients (decision 132) seals their list; its order does not matter, and an event
    /// naming none keeps the payload written before the list existed.
    @Test func theClientsOfAWideEventAreSealed() throws {
        let first = try #require(UUID(uuidString: "00000000-0000-0000-0000-00000000000A"))
        let second = try #require(UUID(uuidString: "00000000-0000-0000-0000-00000000000B"))
        let third = try #require(UUID(uuidString: "00000000-0000-0000-0000-00000000000C"))
        let base = AuditRecord(sequence: 1, occurredAt: Date(timeIntervalSince1970: 1.5), actorID: nil, actorRole: nil,
                               organizationID: nil, clientID: nil, clientIDs: [second, first], action: "c", requestID: "",
                               previousHash: "0")
        #expect(AuditChain.canonicalPayload(of: base) == "audit-v1|1:1|4:1500|-|-|-|-|1:c|0:|1:0|73:"
                + "00000000-0000-0000-0000-00000000000A,00000000-0000-0000-0000-00000000000B")
        var reordered = base
        reordered.clientIDs = [first, second]
        #expect(AuditChain.canonicalPayload(of: reordered) == AuditChain.canonicalPayload(of: base))
        var one = base, added = base, none = base
        one.clientIDs = [first]
        added.clientIDs = [first, second, third]
        none.clientIDs = []
        let payloads = [base, one, added, none].map(AuditChain.canonicalPayload(of:))
        #expect(Set(payloads).count == 4, "a client taken away from or added to the list changes the seal")
        #expect(AuditChain.canonicalPayload(of: none) == "audit-v1|1:1|4:1500|-|-|-|-|1:c|0:|1:0")

        let sealed = AuditChain.seal(base, hash: Self.fnv1a)
        #expect(AuditChain.verify([sealed], previousHash: "0", hash: Self.fnv1a) == .intact(count: 1))
        var cut = sealed
        cut.clientIDs.removeLast()
        #expect(AuditChain.verify([cut], previousHash: "0", hash: Self.fnv1a) == .broken(atSequence: 1, reason: .hashMismatch))
    }

    /// A keyed stand-in: the "key" is a prefix only the signer knows.
    private static func signer(_ key: String) -> (String) -> String { { fnv1a(key + $0) } }

    @Test func theEndMustBeTheSignedCheckpoint() {
        let records = Self.chain(length: 5)
        let mac = Self.signer("k")
        let checkpoint = AuditCheckpoint.signed(sequence: 5, hash: records[4].hash, mac: mac)
        #expect(AuditChain.verifyEnd(newestSequence: 5, newestHash: records[4].hash, count: 5, against: checkpoint, mac: mac)
                == .intact(count: 5))
        // The two newest deleted.
        #expect(AuditChain.verifyEnd(newestSequence: 3, newestHash: records[2].hash, count: 3, against: checkpoint, mac: mac)
                == .broken(atSequence: 4, reason: .truncated(checkpoint: 5)))
        // Every event deleted: an empty chain against a checkpoint that names event 5.
        #expect(AuditChain.verifyEnd(newestSequence: 0, newestHash: AuditChain.genesisHash, count: 0, against: checkpoint, mac: mac)
                == .broken(atSequence: 1, reason: .truncated(checkpoint: 5)))
        // One more than the checkpoint knows, or the same length ending elsewhere.
        #expect(AuditChain.verifyEnd(newestSequence: 6, newestHash: "x", count: 6, against: checkpoint, mac: mac)
                == .broken(atSequence: 6, reason: .checkpointMismatch(checkpoint: 5)))
        #expect(AuditChain.verifyEnd(newestSequence: 5, newestHash: records[3].hash, count: 5, against: checkpoint, mac: mac)
                == .broken(atSequence: 5, reason: .checkpointMismatch(checkpoint: 5)))
    }

    @Test func aCheckpointSignedWithoutTheKeyIsForged() {
        let records = Self.chain(length: 3)
        let forged = AuditCheckpoint.signed(sequence: 3, hash: records[2].hash, mac: Self.signer("not the key"))
        #expect(!forged.isSigned(mac: Self.signer("k")))
        #expect(AuditChain.verifyEnd(newestSequence: 3, newestHash: records[2].hash, count: 3, against: forged, mac: Self.signer("k"))
                == .broken(atSequence: 3, reason: .checkpointForged))
    }
}
