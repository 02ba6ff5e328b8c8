import Fluent
import Foundation
import PolkuDomain
import SQLKit
import Vapor

/// Appends events to the hash-chained audit trail (decision 66).
///
/// Requests hand their events to this writer and wait. The writer appends whatever has gathered in one
/// transaction — the events of many requests in one multi-row statement — and then answers them all:
/// a group commit, so that a busy hour costs one commit per batch rather than one per page shown.
/// Each transaction first updates the chain's head row, which orders appends from every instance of
/// Polku on one database; the tail it then reads is the real tail.
actor AuditWriter {
    struct Entry: Sendable {
        var actorID: UUID?
        var actorRole: String?
        var organizationID: UUID?
        var clientID: UUID?
        var clientIDs: [UUID] = []
        var action: String
        var requestID: String

        /// This event about `clients`: one client in `clientID`, several together in one wide event
        /// (decision 132), or none.
        func naming(_ clients: [UUID]) -> Entry {
            var entry = self
            let distinct = Set(clients)
            if distinct.count == 1 { entry.clientID = distinct.first } else { entry.clientIDs = distinct.sorted(by: UUID.inStringOrder) }
            return entry
        }
    }

    private struct Waiting {
        let entries: [Entry]
        let occurredAt: Date
        let continuation: CheckedContinuation<Void, any Error>
    }

    /// Rows per INSERT: under SQLite's 32,766 bound values with 11 columns.
    private static let rowsPerStatement = 1_000
    private let seal: AuditSeal
    private var waiting: [Waiting] = []
    private var draining = false

    init(seal: AuditSeal) {
        self.seal = seal
    }

    /// Returns when the events are committed; throws if they could not be.
    func append(_ entries: [Entry], at time: Date, on db: any Database) async throws {
        guard !entries.isEmpty else { return }
        let occurredAt = Self.truncatedToMilliseconds(time)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            waiting.append(Waiting(entries: entries, occurredAt: occurredAt, continuation: continuation))
            if !draining {
                draining = true
                Task { await drain(on: db) }
            }
        }
    }

    private func drain(on db: any Database) async {
        while !waiting.isEmpty {
            let batch = waiting
            waiting = []
            do {
                try await Self.write(batch, seal: seal, on: db)
                for request in batch { request.continuation.resume() }
            } catch {
                for request in batch { request.continuation.resume(throwing: error) }
            }
        }
        draining = false
    }

    private static func write(_ batch: [Waiting], seal: AuditSeal, on db: any Database) async throws {
        try await db.transaction { tx in
            try await appendInTransaction(batch.map { ($0.entries, $0.occurredAt) }, seal: seal, on: tx)
        }
    }

    /// Appends in the caller's transaction, so that the events commit with the change they record or not at all.
    static func appendInTransaction(_ groups: [(entries: [Entry], occurredAt: Date)], seal: AuditSeal, on tx: any Database) async throws {
        guard let sql = tx as? any SQLDatabase else { throw Abort(.internalServerError, reason: "the audit trail needs an SQL database") }
        try await AuditChainHead.lock(on: tx, appends: groups.count)
        // Plain rows, not Fluent models: this runs on every page that shows a client, and building a model by
        // reflection for each event cost more than the statement.
        let tail = try await AuditChainHead.checkpoint(on: sql)
        var sequence = tail.sequence
        var previous = tail.hash
        var events: [AuditRecord] = []
        for group in groups {
            for entry in group.entries {
                sequence += 1
                let record = seal.seal(AuditRecord(
                    sequence: sequence, occurredAt: group.occurredAt, actorID: entry.actorID, actorRole: entry.actorRole,
                    organizationID: entry.organizationID, clientID: entry.clientID, clientIDs: entry.clientIDs, action: entry.action,
                    requestID: entry.requestID, previousHash: previous))
                previous = record.hash
                events.append(record)
            }
        }
        for start in stride(from: 0, to: events.count, by: rowsPerStatement) {
            let insert = sql.insert(into: AuditEvent.schema)
                .columns("id", "sequence", "occurred_at", "actor_id", "actor_role", "organization_id", "client_id", "action",
                         "request_id", "previous_hash", "hash")
            for event in events[start..<min(start + rowsPerStatement, events.count)] {
                insert.values(SQLBind(UUID()), SQLBind(event.sequence), SQLBind(event.occurredAt), SQLBind(event.actorID),
                              SQLBind(event.actorRole), SQLBind(event.organizationID), SQLBind(event.clientID), SQLBind(event.action),
                              SQLBind(event.requestID), SQLBind(event.previousHash), SQLBind(event.hash))
            }
            try await insert.run()
        }
        try await AuditEventClients.insert(events, rowsPerStatement: rowsPerStatement, on: sql)
        try await AuditChainHead.move(to: seal.checkpoint(sequence: sequence, hash: previous), on: sql)
    }

    /// Hashes cover milliseconds; store exactly what was hashed.
    static func truncatedToMilliseconds(_ time: Date) -> Date {
        Date(timeIntervalSince1970: (time.timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}
