import Fluent
import PolkuDomain
import Vapor

/// One place's queue as staff see it: every position, with the client named where the viewer may know them.
struct PlaceQueueDTO: Content {
    struct Item: Content {
        var position: Int
        var entryId: QueueEntryID
        /// Nil for a client outside the viewer's reach: the position shows, the person does not.
        var clientId: ClientID?
        var clientName: String?
        /// Masked (like a work coach sees it); the queue is for preparing, not for identifying.
        var identityCode: String?
        var isUrgent: Bool
        var queuedOn: String
        var waitingDays: Int
    }

    var placeId: PlaceID
    var placeName: String
    var providerName: String
    var capacity: Int
    /// This week's seats, counted as the registry counts them (`SeatOccupancy`).
    var occupied: Int
    var free: Int
    var isFull: Bool
    var items: [Item]
}

/// Whose queues a user sees: a worker every place's, a coach their own provider's.
private enum QueueReach: Sendable, CustomStringConvertible {
    case everyPlace, provider(UUID), noPlace

    var description: String {
        switch self {
        case .everyPlace: return "all"
        case .provider(let id): return id.uuidString
        case .noPlace: return "none"
        }
    }
}

extension Request {
    /// Which places' queues the user may see: workers all, coaches their own organization's, others none (403).
    func queuePlaces() async throws -> [WorkActivityPlace] {
        try await Self.queuePlaces(of: try await queueReach(), on: db)
    }

    /// Whose queues the user sees; 403 for the roles that see none.
    private func queueReach() async throws -> QueueReach {
        try await require(.placeQueue(.list), on: nil)
        switch Action.PlaceQueue.providerScope(of: try await principal()) {
        case .none: return .everyPlace
        case .some(let provider): return provider.map(QueueReach.provider) ?? .noPlace
        }
    }

    private static func queuePlaces(of reach: QueueReach, on db: any Database) async throws -> [WorkActivityPlace] {
        switch reach {
        case .noPlace: return []
        case .everyPlace: return try await WorkActivityPlace.query(on: db).sort(\.$name).all()
        case .provider(let id): return try await WorkActivityPlace.query(on: db).filter(\.$provider.$id == id).sort(\.$name).all()
        }
    }

    /// 403 for roles that never see queues, 404 for a place outside reach (a coach's other organizations) or missing.
    func placeQueue(_ placeID: PlaceID) async throws -> PlaceQueueDTO {
        let place = try await WorkActivityPlace.find(placeID.rawValue, on: db)
        try await require(.placeQueue(.read), on: place.map { PlaceFacts(providerID: $0.$provider.id) })
        guard let queue = try await placeQueues([placeID.rawValue]).first else { throw Abort(.notFound) }
        return queue
    }

    /// The queues of the places within reach among `placeIDs`, in their order, in a fixed number of queries.
    func placeQueues(_ placeIDs: [UUID]) async throws -> [PlaceQueueDTO] {
        let reachable = Dictionary(try await queuePlaces().compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let places = placeIDs.compactMap { reachable[$0] }
        guard !places.isEmpty else { return [] }
        let today = self.today
        let seats = try await PlaceStore.thisWeek(of: places, today: today, on: db)
        let waiting = try await QueueStore.waiting(at: places.compactMap(\.id), on: db)
        let principal = try await self.principal()
        let clientIDs = waiting.values.flatMap { $0.map { $0.$client.id } }
        let clients = clientIDs.isEmpty ? [] : try await Client.query(on: db).filter(\.$id ~~ clientIDs).all()
        let byID = Dictionary(clients.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        let providerIDs = Array(Set(places.map { $0.$provider.id }))
        let providers = Dictionary(try await Organization.query(on: db).filter(\.$id ~~ providerIDs).all().compactMap { o in o.id.map { ($0, o.name) } },
                                   uniquingKeysWith: { a, _ in a })
        let crypto = application.fieldCrypto
        return try places.compactMap { place -> PlaceQueueDTO? in
            guard let placeID = place.id, let seats = seats[placeID] else { return nil }
            let items = try (waiting[placeID] ?? []).enumerated().map { index, entry -> PlaceQueueDTO.Item in
                let client = byID[entry.$client.id]
                let visible = client.map { visibleInQueue($0, principal: principal) } ?? false
                return PlaceQueueDTO.Item(
                    position: index + 1, entryId: try entry.typedID, clientId: visible ? try client?.typedID : nil, clientName: visible ? client?.fullName : nil,
                    identityCode: visible ? client.flatMap { try? ClientDTO.masked(ClientStore.identityCode(of: $0, crypto: crypto)) } : nil,
                    isUrgent: entry.isUrgent, queuedOn: entry.queuedOn,
                    waitingDays: PlacementQueue.waitingDays(queuedOn: LocalDate(isoString: entry.queuedOn) ?? today, until: today))
            }
            return PlaceQueueDTO(placeId: try place.typedID, placeName: place.name, providerName: providers[place.$provider.id] ?? "",
                                  capacity: seats.capacity, occupied: seats.occupied, free: seats.free, isFull: seats.isFull, items: items)
        }
    }

    /// The place's coaches see everyone queued for it (they prepare for them); workers see the clients in their reach.
    private func visibleInQueue(_ client: Client, principal: Principal) -> Bool {
        Action.QueueEntry.readInPlaceQueue.decide(by: principal, on: client.facts) == .allow
    }

    /// The overview of queues, which holds no client data: computed once per data generation, day and reach.
    func queueSummaries() async throws -> [PlaceQueueSummary] {
        let reach = try await queueReach()
        let today = self.today
        let db = self.db
        return try await cached("queues.summaries|\(reach)|\(today.isoString)") {
            let places = try await Self.queuePlaces(of: reach, on: db)
            let ids = places.compactMap(\.id)
            let seats = try await PlaceStore.thisWeek(of: places, today: today, on: db)
            let waiting = try await QueueStore.waitingCounts(at: ids, on: db)
            let providers = try await Organization.query(on: db).filter(\.$id ~~ Array(Set(places.map { $0.$provider.id }))).all()
            let providerNames = Dictionary(providers.compactMap { o in o.id.map { ($0, o.name) } }, uniquingKeysWith: { a, _ in a })
            return try places.compactMap { place in
                guard let id = place.id, let week = seats[id] else { return nil }
                return PlaceQueueSummary(placeId: try place.typedID, placeName: place.name, providerName: providerNames[place.$provider.id] ?? "",
                                         seats: week, waiting: waiting[id] ?? 0)
            }
        }
    }
}
