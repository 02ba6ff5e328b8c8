import Fluent
import Foundation
import PolkuDomain
import SQLKit
import Vapor

extension AuditEvent {
    /// The event as sealed; `clients` are those of a wide event (`AuditEventClients`), empty for any other.
    func record(clients: [UUID] = []) -> AuditRecord {
        AuditRecord(sequence: sequence, occurredAt: occurredAt, actorID: actorID, actorRole: actorRole,
                    organizationID: organizationID, clientID: clientID, clientIDs: clients, action: action, requestID: requestID,
                    previousHash: previousHash, hash: hash)
    }
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
