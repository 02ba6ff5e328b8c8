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
            if distinct.count == 1 { entry.clientID = distinct.first } else { entry.clientIDs = distinct.sorted { $0.uuidString < $1.uuidString } }
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

/// The audit trail's lock row (decision 66), which also holds the signed checkpoint of the newest event
/// (decision 92): apart from the events, moved in the transaction that appends them.
enum AuditChainHead {
    static let table = "audit_chain_head"

    /// Takes the chain for this transaction: other appenders wait here until it commits.
    static func lock(on db: any Database, appends: Int) async throws {
        try await db.incrementCounter("appends", of: table, by: Int64(appends))
    }

    static func checkpoint(on sql: any SQLDatabase) async throws -> AuditCheckpoint {
        guard let row = try await sql.select().columns("newest_sequence", "newest_hash", "signature").from(table)
            .where("id", .equal, 1).first() else {
            throw Abort(.internalServerError, reason: "the audit trail's head row is missing")
        }
        return AuditCheckpoint(sequence: try row.decode(column: "newest_sequence", as: Int64.self),
                               hash: try row.decode(column: "newest_hash", as: String.self),
                               signature: try row.decode(column: "signature", as: String.self))
    }

    static func move(to checkpoint: AuditCheckpoint, on sql: any SQLDatabase) async throws {
        try await sql.update(table).set("newest_sequence", to: checkpoint.sequence).set("newest_hash", to: checkpoint.hash)
            .set("signature", to: checkpoint.signature).where("id", .equal, 1).run()
    }
}

extension AuditEvent {
    /// The event as sealed; `clients` are those of a wide event (`AuditEventClients`), empty for any other.
    func record(clients: [UUID] = []) -> AuditRecord {
        AuditRecord(sequence: sequence, occurredAt: occurredAt, actorID: actorID, actorRole: actorRole,
                    organizationID: organizationID, clientID: clientID, clientIDs: clients, action: action, requestID: requestID,
                    previousHash: previousHash, hash: hash)
    }
}

/// What was done, in the trail's stable vocabulary.
enum AuditAction: String, CaseIterable, Sendable {
    case clientList = "client.list"
    /// The front page named these clients in its reminders.
    case reminderList = "reminder.list"
    case clientRead = "client.read"
    case clientCreate = "client.create"
    case clientUpdate = "client.update"
    case clientAccessLogRead = "client.accessLog.read"
    case loginSucceeded = "auth.login"
    case loginFailed = "auth.loginFailed"
    case logout = "auth.logout"
    case tokenIssued = "auth.tokenIssued"
    case userCreate = "user.create"
    case userUpdate = "user.update"
    case organizationCreate = "organization.create"
    case organizationUpdate = "organization.update"
    case auditSearch = "audit.search"
    case policyCreate = "policy.create"
    case policyUpdate = "policy.update"
    case organizerDocumentCreate = "organizerDocument.create"
    case organizerDocumentUpdate = "organizerDocument.update"
    case planRead = "plan.read"
    case planCreate = "plan.create"
    case planAmend = "plan.amend"
    case teamRead = "team.read"
    case teamChange = "team.change"
    case decisionRead = "decision.read"
    case decisionCreate = "decision.create"
    case contractAccept = "contract.accept"
    case periodInterrupt = "period.interrupt"
    case periodNoEvaluation = "period.noEvaluation"
    case meetingRead = "meeting.read"
    case meetingCreate = "meeting.create"
    case referralList = "referral.list"
    case referralRead = "referral.read"
    case referralCreate = "referral.create"
    case referralDecide = "referral.decide"
    // Assessment
    case assessmentList = "assessment.list"
    case assessmentRead = "assessment.read"
    case assessmentCreate = "assessment.create"
    case assessmentUpdate = "assessment.update"
    // Ending
    case endingList = "ending.list"
    case endingRead = "ending.read"
    // Places and providers
    case placeCreate = "place.create"
    case placeUpdate = "place.update"
    case providerContractCreate = "providerContract.create"
    case providerContractUpdate = "providerContract.update"
    case matchingRead = "matching.read"
    case endingCreate = "ending.create"
    case endingUpdate = "ending.update"
    case followUpList = "followUp.list"
    case followUpRead = "followUp.read"
    case followUpCreate = "followUp.create"
    case followUpUpdate = "followUp.update"
    // Evaluation
    case evaluationList = "evaluation.list"
    case evaluationRead = "evaluation.read"
    case evaluationCreate = "evaluation.create"
    case evaluationUpdate = "evaluation.update"
    // Placement
    case queueList = "queue.list"
    case queueRead = "queue.read"
    case queueCreate = "queue.create"
    case queueWithdraw = "queue.withdraw"
    case placeQueueRead = "placeQueue.read"
    case visitList = "visit.list"
    case visitRead = "visit.read"
    case visitCreate = "visit.create"
    case visitUpdate = "visit.update"
    case noticeList = "shopStewardNotice.list"
    case noticeRead = "shopStewardNotice.read"
    case noticeCreate = "shopStewardNotice.create"
    case coachWeekRead = "coachWeek.read"
    // Feedback
    case feedbackList = "feedback.list"
    case feedbackRead = "feedback.read"
    case feedbackCreate = "feedback.create"
    case feedbackUpdate = "feedback.update"
}

extension Application {
    private struct AuditKey: StorageKey { typealias Value = AuditWriter }
    /// Set once in `configure`.
    var auditWriter: AuditWriter {
        get { storage[AuditKey.self]! }
        set { storage[AuditKey.self] = newValue }
    }
}

extension Request {
    /// Records that the signed-in user did `action` to `clients`: one event, naming them all (decision 132).
    /// Returns when the event is committed.
    func audit(_ action: AuditAction, clients: [UUID] = [], user: User? = nil) async throws {
        try await audit([action], clients: clients, user: user)
    }

    /// Several actions on the same clients (a page that shows the client and their evaluations), in one append.
    func audit(_ actions: [AuditAction], clients: [UUID], user: User? = nil) async throws {
        let entries = actions.flatMap { auditEntries($0, clients: clients, user: user) }
        try await application.auditWriter.append(entries, at: now, on: application.db)
    }

    /// Runs `change` in a transaction and records `action` for the clients it names in the same one: a saved
    /// change and its audit events commit together, or neither does.
    func auditedChange<T: Sendable>(_ action: AuditAction, user: User? = nil,
                                    _ change: @escaping @Sendable (any Database) async throws -> (result: T, clients: [UUID])) async throws -> T {
        let base = auditEntry(action, user: user)
        let time = AuditWriter.truncatedToMilliseconds(now)
        let seal = application.auditSeal
        return try await db.transaction { tx in
            let (result, clients) = try await change(tx)
            try await AuditWriter.appendInTransaction([([base.naming(clients)], time)], seal: seal, on: tx)
            return result
        }
    }

    private func auditEntries(_ action: AuditAction, clients: [UUID], user: User?) -> [AuditWriter.Entry] {
        [auditEntry(action, user: user).naming(clients)]
    }

    /// The signed-in user (or `user`) doing `action`, with no client yet.
    private func auditEntry(_ action: AuditAction, user: User?) -> AuditWriter.Entry {
        let actor = user ?? auth.get(User.self)
        return AuditWriter.Entry(actorID: actor?.id, actorRole: actor?.role.rawValue, organizationID: actor?.$organization.id,
                                 clientID: nil, action: action.rawValue, requestID: requestID)
    }
}
