import Fluent
import PolkuDomain
import Vapor

/// A queue entry as the client's pages and the API show it.
struct QueueEntryDTO: Content {
    var id: QueueEntryID
    var clientId: ClientID
    var placeId: PlaceID
    var placeName: String
    var queuedAt: Date
    var queuedOn: String
    var isUrgent: Bool
    var reason: String
    var state: String
    /// Place in the queue (1 = next) while waiting.
    var position: Int?
    /// From queuing to today while waiting, to the closing day after.
    var waitingDays: Int
    var closedOn: String?
    var withdrawalReason: String?
    var decisionId: DecisionID?
    var authorName: String?
    var version: Int
}

extension Request {
    /// Entries with their places, positions and authors in four queries however many there are.
    func queueEntryViews(_ entries: [QueueEntry]) async throws -> [QueueEntryDTO] {
        guard !entries.isEmpty else { return [] }
        let placeIDs = Array(Set(entries.map { $0.$place.id }))
        let names = try await placeNames(placeIDs)
        let queues = try await QueueStore.waiting(at: placeIDs, on: db)
        let authors = try await UserNames.of(entries.map { $0.$author.id }, on: db)
        let today = self.today
        return try entries.map { entry in
            let id = try entry.typedID
            let queuedOn = LocalDate(isoString: entry.queuedOn) ?? today
            let end = entry.closedOn.flatMap(LocalDate.init(isoString:)) ?? today
            let position = entry.state == .waiting ? queues[entry.$place.id]?.firstIndex { $0.id == id.rawValue }.map { $0 + 1 } : nil
            return QueueEntryDTO(id: id, clientId: entry.$client.typedID, placeId: entry.$place.typedID, placeName: names[entry.$place.id] ?? "",
                                  queuedAt: entry.queuedAt, queuedOn: entry.queuedOn, isUrgent: entry.isUrgent, reason: entry.reason,
                                  state: entry.state.rawValue, position: position,
                                  waitingDays: PlacementQueue.waitingDays(queuedOn: queuedOn, until: end), closedOn: entry.closedOn,
                                  withdrawalReason: entry.withdrawalReason, decisionId: entry.$decision.typedID,
                                  authorName: authors[entry.$author.id], version: entry.version)
        }
    }
}

extension Request {
    /// The client page's placement section, recorded as read.
    func clientPlacement(_ client: Client) async throws -> ClientPlacement {
        let id = try client.requireID()
        let section = ClientPlacement(clientID: try client.typedID, entries: try await queueEntryViews(try await QueueStore.all(of: id, on: db)),
                                      visits: try await visitViews(try await VisitStore.all(of: id, on: db)),
                                      mayQueue: try await permits(.queueEntry(.write), on: client.facts),
                                      mayVisit: try await permits(.visit(.write), on: client.facts), texts: texts)
        try await audit(.queueList, clients: [id])
        try await audit(.visitList, clients: [id])
        return section
    }
}
