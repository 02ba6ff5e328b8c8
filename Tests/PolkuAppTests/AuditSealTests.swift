import Fluent
@testable import PolkuApp
import PolkuDomain
import SQLKit
import Vapor
import XCTVapor
import XCTest

/// The audit trail cannot be cut short or rewritten by someone who can write the database but lacks
/// `POLKU_AUDIT_KEY` (issue 10, item 6; decision 92). Each test is the attack, made with SQL.
final class AuditSealTests: XCTestCase {
    func testDeletingTheNewestEventsIsFound() async throws {
        try await withAuditedReads(3) { app, sql, _ in
            try await sql.delete(from: AuditEvent.schema).where("sequence", .greaterThan, 7).run()
            let result = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(result, .broken(atSequence: 8, reason: .truncated(checkpoint: 9)))
        }
    }

    func testACheckpointMovedBackToTheShortenedEndIsFound() async throws {
        try await withAuditedReads(3) { app, sql, _ in
            let newest = try await AuditEvent.query(on: app.db).filter(\.$sequence == 7).first()!
            try await sql.delete(from: AuditEvent.schema).where("sequence", .greaterThan, 7).run()
            // The attacker knows the new newest event and writes it into the head; signing it needs the key.
            var moved = try await AuditChainHead.checkpoint(on: sql)
            moved.sequence = 7
            moved.hash = newest.hash
            try await AuditChainHead.move(to: moved, on: sql)
            let forged = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(forged, .broken(atSequence: 7, reason: .checkpointForged))
            // Signed with a key of their own, it is just as wrong.
            try await AuditChainHead.move(to: AuditSeal(key: SymmetricKeyData(bytes: Array(repeating: 42, count: 32)))
                .checkpoint(sequence: 7, hash: newest.hash), on: sql)
            let ownKey = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(ownKey, .broken(atSequence: 7, reason: .checkpointForged))
        }
    }

    func testAnEditedEventWhoseChainIsRecomputedWithoutTheKeyIsFound() async throws {
        try await withAuditedReads(2) { app, sql, _ in
            // Rewrite who read a record, then recompute every hash as an unkeyed chain (the old seal) would.
            try await sql.update(AuditEvent.schema).set("actor_role", to: "manager").where("sequence", .equal, 2).run()
            try await rechain(app, sql, with: Digest.sha256Hex)
            let result = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(result, .broken(atSequence: 1, reason: .hashMismatch))
        }
    }

    func testEventsAddedPastTheCheckpointAreFound() async throws {
        try await withAuditedReads(1) { app, sql, _ in
            // An event appended by hand, correctly chained with the key (a stolen key), but not through Polku.
            let newest = try await AuditChainHead.checkpoint(on: sql)
            let sneaked = app.auditSeal.seal(AuditRecord(sequence: newest.sequence + 1, occurredAt: Date(timeIntervalSince1970: 0),
                                                         actorID: nil, actorRole: nil, organizationID: nil, clientID: nil,
                                                         action: "client.read", requestID: "x", previousHash: newest.hash))
            try await sql.insert(into: AuditEvent.schema)
                .columns("id", "sequence", "occurred_at", "action", "request_id", "previous_hash", "hash")
                .values(SQLBind(UUID()), SQLBind(sneaked.sequence), SQLBind(sneaked.occurredAt), SQLBind(sneaked.action),
                        SQLBind(sneaked.requestID), SQLBind(sneaked.previousHash), SQLBind(sneaked.hash)).run()
            let result = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(result, .broken(atSequence: newest.sequence + 1, reason: .checkpointMismatch(checkpoint: newest.sequence)))
        }
    }

    func testATrailRolledBackAsAWholeIsFoundByAnEventKeptOffTheMachine() async throws {
        try await withAuditedReads(1) { app, sql, readClients in
            let before = try await AuditChainHead.checkpoint(on: sql)
            try await readClients(2)
            let recorded = try await AuditChainHead.checkpoint(on: sql)
            guard case .intact = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal,
                                                                 expected: [recorded.sequence: recorded.hash]) else {
                return XCTFail("an untouched trail has the recorded event")
            }
            // The whole database is put back as it was (the events and their checkpoint): it verifies by itself…
            try await sql.delete(from: AuditEvent.schema).where("sequence", .greaterThan, before.sequence).run()
            try await AuditChainHead.move(to: before, on: sql)
            guard case .intact = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal) else {
                return XCTFail("a consistent older copy verifies on its own")
            }
            // …but not against the event the operator kept from the later `polku audit verify`.
            let result = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal, expected: [recorded.sequence: recorded.hash])
            XCTAssertEqual(result, .broken(atSequence: recorded.sequence, reason: .expectedEventMissing))
        }
    }

    func testTheExpectOptionParsesPairsAndRefusesAnythingElse() {
        let hash = String(repeating: "ab", count: 32)
        XCTAssertEqual(AuditVerifier.expectations("12:\(hash), 40:\(hash.uppercased())"), [12: hash, 40: hash])
        XCTAssertEqual(AuditVerifier.expectations(""), [:])
        for bad in ["12", "x:\(hash)", "0:\(hash)", "12:abc", "12:\(hash):1", "-1:\(hash)", "12:" + String(repeating: "g", count: 64)] {
            XCTAssertNil(AuditVerifier.expectations(bad), bad)
        }
    }

    func testTheUpgradeSealsAnUnkeyedTrailAndRefusesABrokenOne() async throws {
        try await withAuditedReads(2) { app, sql, _ in
            // The trail as the version before the key wrote it: a plain SHA-256 chain.
            try await rechain(app, sql, with: Digest.sha256Hex)
            let migration = SealAuditTrail(seal: app.auditSeal)
            let newest = try await app.db.transaction { try await migration.resealEvents(on: $0, sql: $0 as! any SQLDatabase) }
            try await AuditChainHead.move(to: app.auditSeal.checkpoint(sequence: newest.sequence, hash: newest.hash), on: sql)
            let sealed = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal, pageSize: 3)
            XCTAssertEqual(sealed, .intact(count: 6))

            try await rechain(app, sql, with: Digest.sha256Hex)
            try await sql.update(AuditEvent.schema).set("actor_role", to: "manager").where("sequence", .equal, 4).run()
            do {
                _ = try await app.db.transaction { try await migration.resealEvents(on: $0, sql: $0 as! any SQLDatabase) }
                XCTFail("a broken trail must not be sealed")
            } catch {
                XCTAssertTrue("\(error)".contains("broken at event 4"), "\(error)")
            }
        }
    }

    // MARK: -

    /// A trail with `times` × 3 events (a worker lists three clients each time).
    /// `body` gets a way to list the clients again as the same worker.
    private func withAuditedReads(_ times: Int, _ body: @escaping (Application, any SQLDatabase, _ readClients: (Int) async throws -> Void) async throws -> Void) async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let readClients = { (times: Int) in
                for _ in 0..<times {
                    try await app.test(.GET, "/api/v1/clients", headers: headers, afterResponse: { res async in XCTAssertEqual(res.status, .ok) })
                }
            }
            try await readClients(times)
            guard case .intact = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal) else {
                return XCTFail("the untouched trail verifies")
            }
            try await body(app, app.db as! any SQLDatabase, readClients)
        }
    }
}

private func rechain(_ app: Application, _ sql: any SQLDatabase, with hash: (String) -> String) async throws {
    var previous = AuditChain.genesisHash
    for event in try await AuditEvent.query(on: app.db).sort(\.$sequence).all() {
        var record = event.record
        record.previousHash = previous
        record = AuditChain.seal(record, hash: hash)
        try await sql.update(AuditEvent.schema).set("previous_hash", to: record.previousHash).set("hash", to: record.hash)
            .where("sequence", .equal, record.sequence).run()
        previous = record.hash
    }
}
