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

    /// A list shown is one event naming its clients (decision 132); taking a client out of it, adding one or
    /// moving one to another event breaks the seal like any other edit.
    func testTheClientsOfAListShownCannotBeChanged() async throws {
        try await withAuditedReads(1) { app, sql, _ in
            let list = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.clientList.rawValue).first()!
            let named = try await AuditEventClients.of([list], on: app.db)[list.sequence] ?? []
            XCTAssertEqual(named.count, 3, "the three clients within the worker's reach, in one event")
            XCTAssertNil(list.clientID)
            let table = AuditEventClients.table

            try await sql.delete(from: table).where("sequence", .equal, list.sequence).where("client_id", .equal, named[0]).run()
            let removed = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(removed, .broken(atSequence: list.sequence, reason: .hashMismatch))
            try await sql.insert(into: table).columns("sequence", "client_id").values(SQLBind(list.sequence), SQLBind(named[0])).run()
            guard case .intact = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal) else { return XCTFail("put back, it verifies") }

            // The event after the list names one client in its own column; a row naming another beside it is found.
            try await sql.insert(into: table).columns("sequence", "client_id").values(SQLBind(list.sequence + 1), SQLBind(named[1])).run()
            let added = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(added, .broken(atSequence: list.sequence + 1, reason: .hashMismatch))
        }
    }

    /// "Who has seen my data" and the audit search find a client in the lists that named them.
    func testAClientNamedInAListFindsTheList() async throws {
        try await withApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.GET, "/api/v1/clients", headers: worker, afterResponse: { res async in XCTAssertEqual(res.status, .ok) })
            let log = try await AccessLogEntry.forClient(world.joensuuClient.id!, on: app.db)
            XCTAssertEqual(log.map(\.action), [AuditAction.clientList.rawValue])

            let admin = try await world.bearer(world.user(.admin), on: app)
            try await app.test(.GET, "/api/v1/audit?clientId=\(world.joensuuClient.id!)", headers: admin, afterResponse: { res async throws in
                XCTAssertEqual(res.status, .ok)
                let page = try res.content.decode(DirectoryAPIController.AuditPage.self)
                XCTAssertEqual(page.items.map(\.action), [AuditAction.clientList.rawValue])
                XCTAssertEqual(Set(page.items[0].clientIds), [world.placedClient.id!, world.joensuuClient.id!, world.lieksaClient.id!])
            })
            // A worker of the south area finds the same list through their Lieksa client, and sees no other client's id.
            let south = try await world.bearer(world.southWorker, on: app)
            try await app.test(.GET, "/api/v1/audit?action=client.list", headers: south, afterResponse: { res async throws in
                XCTAssertEqual(res.status, .ok)
                let page = try res.content.decode(DirectoryAPIController.AuditPage.self)
                XCTAssertEqual(page.items.count, 1)
                XCTAssertEqual(page.items.first?.clientIds, [world.lieksaClient.id!])
            })
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
        try await withAuditedReads(3, lists: false) { app, sql, _ in
            // The trail as the version before the key wrote it: a plain SHA-256 chain, and no list named its clients
            // in one event yet (the table of those clients is made after this migration).
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

    /// A trail with `times` × 3 events: each time a worker lists the clients (one event naming all three,
    /// decision 132) and opens two of them; without `lists`, `times` × 2 events of opened clients only.
    /// `body` gets a way to read them again as the same worker.
    private func withAuditedReads(_ times: Int, lists: Bool = true,
                                  _ body: @escaping (Application, any SQLDatabase, _ readClients: (Int) async throws -> Void) async throws -> Void) async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let opened = [world.placedClient.id!, world.lieksaClient.id!].map { "/api/v1/clients/\($0)" }
            let readClients = { (times: Int) in
                for _ in 0..<times {
                    for path in (lists ? ["/api/v1/clients"] : []) + opened {
                        try await app.test(.GET, path, headers: headers, afterResponse: { res async in XCTAssertEqual(res.status, .ok) })
                    }
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
    let events = try await AuditEvent.query(on: app.db).sort(\.$sequence).all()
    let clients = try await AuditEventClients.of(events, on: app.db)
    for event in events {
        var record = event.record(clients: clients[event.sequence] ?? [])
        record.previousHash = previous
        record = AuditChain.seal(record, hash: hash)
        try await sql.update(AuditEvent.schema).set("previous_hash", to: record.previousHash).set("hash", to: record.hash)
            .where("sequence", .equal, record.sequence).run()
        previous = record.hash
    }
}
