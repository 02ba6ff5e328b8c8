import Fluent
import Foundation
import PolkuDomain
import Vapor

/// Appends events to the hash-chained audit trail. Appends within one process are serialized by
/// this actor; between processes (several app servers on one PostgreSQL) the unique sequence
/// makes a racing append fail, and it is retried on top of the new tail.
actor AuditWriter {
    struct Entry: Sendable {
        var actorID: UUID?
        var actorRole: String?
        var organizationID: UUID?
        var clientID: UUID?
        var action: String
        var requestID: String
    }

    func append(_ entries: [Entry], at time: Date, on db: Database) async throws {
        guard !entries.isEmpty else { return }
        // Hashes cover milliseconds; store exactly what was hashed.
        let occurredAt = Date(timeIntervalSince1970: (time.timeIntervalSince1970 * 1000).rounded() / 1000)
        var attempt = 0
        while true {
            do {
                try await db.transaction { tx in
                    let tail = try await AuditEvent.query(on: tx).sort(\.$sequence, .descending).first()
                    var sequence = tail?.sequence ?? 0
                    var previous = tail?.hash ?? AuditChain.genesisHash
                    for entry in entries {
                        sequence += 1
                        let record = AuditChain.seal(AuditRecord(
                            sequence: sequence, occurredAt: occurredAt, actorID: entry.actorID, actorRole: entry.actorRole,
                            organizationID: entry.organizationID, clientID: entry.clientID, action: entry.action,
                            requestID: entry.requestID, previousHash: previous), hash: Digest.sha256Hex)
                        previous = record.hash
                        try await AuditEvent(record).create(on: tx)
                    }
                }
                return
            } catch let error as any DatabaseError where error.isConstraintFailure && attempt < 10 {
                attempt += 1
            }
        }
    }
}

extension AuditEvent {
    convenience init(_ record: AuditRecord) {
        self.init()
        sequence = record.sequence
        occurredAt = record.occurredAt
        actorID = record.actorID
        actorRole = record.actorRole
        organizationID = record.organizationID
        clientID = record.clientID
        action = record.action
        requestID = record.requestID
        previousHash = record.previousHash
        hash = record.hash
    }

    var record: AuditRecord {
        AuditRecord(sequence: sequence, occurredAt: occurredAt, actorID: actorID, actorRole: actorRole,
                    organizationID: organizationID, clientID: clientID, action: action, requestID: requestID,
                    previousHash: previousHash, hash: hash)
    }
}

/// What was done, in the trail's stable vocabulary.
enum AuditAction: String, CaseIterable, Sendable {
    case clientList = "client.list"
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
    case planRead = "plan.read"
    case planCreate = "plan.create"
    case planAmend = "plan.amend"
    case teamRead = "team.read"
    case teamChange = "team.change"
    case decisionRead = "decision.read"
    case decisionCreate = "decision.create"
    case contractAccept = "contract.accept"
    case periodInterrupt = "period.interrupt"
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
    /// Records that the signed-in user did `action`, once per client touched (or once with no client).
    func audit(_ action: AuditAction, clients: [UUID] = [], user: User? = nil) async throws {
        let actor = user ?? auth.get(User.self)
        let base = AuditWriter.Entry(actorID: actor?.id, actorRole: actor?.role.rawValue,
                                     organizationID: actor?.$organization.id, clientID: nil,
                                     action: action.rawValue, requestID: id)
        let entries = clients.isEmpty ? [base] : clients.map { var e = base; e.clientID = $0; return e }
        try await application.auditWriter.append(entries, at: now, on: db)
    }
}
