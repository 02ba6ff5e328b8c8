import Fluent
import SQLKit
import PolkuDomain
import Vapor

/// The queue: one waiting entry per client and place; closed by a withdrawal or by the decision for that place.
/// Every change and its audit event commit together, or neither does.
enum QueueStore {
    static func create(_ draft: QueueEntryDraft, clientID: UUID, authorID: UUID, on req: Request) async throws -> QueueEntry {
        guard try await WorkActivityPlace.find(draft.placeID, on: req.db) != nil else {
            throw ValidationFailure([FieldProblem(field: "placeId", key: .errorUnknownPlace)], status: .conflict)
        }
        let key = QueueEntry.openKey(client: clientID, place: draft.placeID)
        if try await QueueEntry.query(on: req.db).filter(\.$openKey == key).first() != nil { throw alreadyQueued }
        let entry = QueueEntry()
        entry.$client.id = clientID
        entry.$place.id = draft.placeID
        entry.queuedAt = req.now
        entry.queuedOn = req.today.isoString
        entry.isUrgent = draft.isUrgent
        entry.reason = draft.reason
        entry.state = .waiting
        entry.openKey = key
        entry.$author.id = authorID
        entry.version = 1
        do {
            try await req.auditedChange(.queueCreate) { tx in
                try await entry.create(on: tx)
                return ((), [clientID])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw alreadyQueued  // queued by someone else a moment ago
        }
        return entry
    }

    static func withdraw(_ entry: QueueEntry, reason: String, expectedVersion: Int, on req: Request) async throws {
        guard entry.state == .waiting else {
            throw ValidationFailure([FieldProblem(field: "reason", key: .errorQueueEntryClosed)], status: .conflict)
        }
        let today = req.today.isoString
        let id = try entry.requireID(), clientID = entry.$client.id
        try await req.versionedSave(.queueWithdraw, table: QueueEntry.schema, id: id, expectedVersion: expectedVersion, fields: [
            ("state", QueueEntry.State.withdrawn.rawValue), ("open_key", String?.none), ("closed_on", today), ("withdrawal_reason", reason),
        ], clients: [clientID])
        entry.state = .withdrawn
        entry.openKey = nil
        entry.closedOn = today
        entry.withdrawalReason = reason
        entry.version = expectedVersion + 1
    }

    /// Placing from the queue: the decision for a place closes the client's waiting entry for it, in the decision's transaction.
    static func place(clientID: UUID, placeID: UUID, decisionID: UUID, on day: LocalDate, db: any Database) async throws {
        guard let entry = try await QueueEntry.query(on: db).filter(\.$openKey == QueueEntry.openKey(client: clientID, place: placeID)).first()
        else { return }
        entry.state = .placed
        entry.openKey = nil
        entry.closedOn = day.isoString
        entry.$decision.id = decisionID
        entry.version += 1
        try await entry.save(on: db)
    }


    /// The client's entries, waiting first, then newest first.
    static func all(of clientID: UUID, on db: any Database) async throws -> [QueueEntry] {
        try await QueueEntry.query(on: db).filter(\.$client.$id == clientID).sort(\.$queuedAt, .descending).all()
            .sorted { ($0.state == .waiting ? 0 : 1) < ($1.state == .waiting ? 0 : 1) }
    }

    /// Waiting entries at the places, each place's in queue order.
    static func waiting(at placeIDs: [UUID], on db: any Database) async throws -> [UUID: [QueueEntry]] {
        guard !placeIDs.isEmpty else { return [:] }
        let entries = try await QueueEntry.query(on: db).filter(\.$place.$id ~~ placeIDs).filter(\.$state == .waiting).all()
        return Dictionary(grouping: entries, by: { $0.$place.id }).mapValues(ordered)
    }

    /// How many wait at each place: an SQL count, for the overview of every place (a county has thousands
    /// of queue entries, and a model of each cost more than the page).
    static func waitingCounts(at placeIDs: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !placeIDs.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().column("place_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(QueueEntry.schema)
            .where("place_id", .in, SQLBind.group(placeIDs))
            .where("state", .equal, SQLBind(QueueEntry.State.waiting.rawValue))
            .groupBy("place_id")
            .all()
        var counts: [UUID: Int] = [:]
        for row in rows { counts[try row.decode(column: "place_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        return counts
    }

    static func ordered(_ entries: [QueueEntry]) -> [QueueEntry] {
        let byID = Dictionary(entries.compactMap { e in e.id.map { ($0, e) } }, uniquingKeysWith: { a, _ in a })
        return PlacementQueue.ordered(entries.compactMap { e in e.id.map { PlacementQueue.Entry(id: $0, queuedAt: e.queuedAt, isUrgent: e.isUrgent) } })
            .compactMap { byID[$0.id] }
    }

    private static let alreadyQueued = ValidationFailure([FieldProblem(field: "placeId", key: .errorAlreadyQueued)], status: .conflict)
}
