import Fluent
import PolkuDomain
import Vapor

/// /api/v1: a client's queue entries, familiarization visits and shop-steward notices, and a place's queue.
struct PlacementAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.queueEntries.pathComponents, use: listEntries)
        routes.post(APIRoute.Kind.queueEntries.pathComponents, use: createEntry)
        routes.get(APIRoute.Kind.queueEntry.pathComponents, use: showEntry)
        routes.post(APIRoute.Kind.queueWithdrawal.pathComponents, use: withdraw)
        routes.get(APIRoute.Kind.placeQueue.pathComponents, use: placeQueue)
        routes.get(APIRoute.Kind.visits.pathComponents, use: listVisits)
        routes.post(APIRoute.Kind.visits.pathComponents, use: createVisit)
        routes.get(APIRoute.Kind.visit.pathComponents, use: showVisit)
        routes.put(APIRoute.Kind.visit.pathComponents, use: updateVisit)
        routes.get(APIRoute.Kind.notices.pathComponents, use: listNotices)
        routes.post(APIRoute.Kind.notices.pathComponents, use: createNotice)
        routes.get(APIRoute.Kind.notice.pathComponents, use: showNotice)
    }

    struct EntryList: Content { var items: [QueueEntryDTO] }
    struct VisitList: Content { var items: [VisitDTO] }
    struct NoticeList: Content { var items: [NoticeDTO] }

    // MARK: Queue

    func listEntries(req: Request) async throws -> EntryList {
        let id = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.read)).requireID()
        let items = try await req.queueEntryViews(try await QueueStore.all(of: id, on: req.db))
        try await req.audit(.queueList, clients: [id])
        return EntryList(items: items)
    }

    func createEntry(req: Request) async throws -> Response {
        let id = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.write)).requireID()
        let draft = try req.content.decode(QueueEntryInput.self).validated()
        let entry = try await QueueStore.create(draft, clientID: id, authorID: try req.requireUser().requireID(), on: req)
        let response = try await req.queueEntryViews([entry])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.queueEntry(client: entry.$client.typedID, entry: try entry.typedID).path)
        return response
    }

    func showEntry(req: Request) async throws -> QueueEntryDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.read))
        let id = try client.requireID()
        let entry = try await QueueEntry.find(try req.id(QueueEntry.self), of: try client.typedID, on: req.db)
        try await req.audit(.queueRead, clients: [id])
        return try await req.queueEntryViews([entry])[0]
    }

    func withdraw(req: Request) async throws -> QueueEntryDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.write))
        let entry = try await QueueEntry.find(try req.id(QueueEntry.self), of: try client.typedID, on: req.db)
        let valid = try req.content.decode(WithdrawalInput.self).validated()
        try await QueueStore.withdraw(entry, reason: valid.reason, expectedVersion: valid.version, on: req)
        return try await req.queueEntryViews([entry])[0]
    }

    func placeQueue(req: Request) async throws -> PlaceQueueDTO {
        let queue = try await req.placeQueue(try req.id(WorkActivityPlace.self))
        try await req.audit(.placeQueueRead, clients: queue.items.compactMap(\.clientId?.rawValue))
        return queue
    }

    // MARK: Visits

    func listVisits(req: Request) async throws -> VisitList {
        let id = try await req.authorizedClient(try req.id(Client.self), for: .visit(.read)).requireID()
        let items = try await req.visitViews(try await VisitStore.all(of: id, on: req.db))
        try await req.audit(.visitList, clients: [id])
        return VisitList(items: items)
    }

    func createVisit(req: Request) async throws -> Response {
        let id = try await req.authorizedClient(try req.id(Client.self), for: .visit(.write)).requireID()
        let draft = try req.content.decode(VisitInput.self).validated(today: req.today)
        let visit = try await VisitStore.create(draft, clientID: id, authorID: try req.requireUser().requireID(), on: req)
        let response = try await req.visitViews([visit])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.visit(client: visit.$client.typedID, visit: try visit.typedID).path)
        return response
    }

    func showVisit(req: Request) async throws -> VisitDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .visit(.read))
        let id = try client.requireID()
        let visit = try await FamiliarizationVisit.find(try req.id(FamiliarizationVisit.self), of: try client.typedID, on: req.db)
        try await req.audit(.visitRead, clients: [id])
        return try await req.visitViews([visit])[0]
    }

    func updateVisit(req: Request) async throws -> VisitDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .visit(.write))
        let visit = try await FamiliarizationVisit.find(try req.id(FamiliarizationVisit.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(VisitInput.self)
        let draft = try input.validated(today: req.today, requireVersion: true)
        try await VisitStore.update(visit, with: draft, expectedVersion: input.version!, on: req)
        return try await req.visitViews([visit])[0]
    }

    // MARK: Shop-steward notices

    func listNotices(req: Request) async throws -> NoticeList {
        let id = try await req.authorizedClient(try req.id(Client.self), for: .shopStewardNotice(.read)).requireID()
        let items = try await req.noticeViews(try await NoticeStore.all(of: id, on: req.db))
        try await req.audit(.noticeList, clients: [id])
        return NoticeList(items: items)
    }

    func createNotice(req: Request) async throws -> Response {
        let id = try await req.authorizedClient(try req.id(Client.self), for: .shopStewardNotice(.write)).requireID()
        let notice = try await NoticeStore.create(try req.content.decode(NoticeInput.self), clientID: id,
                                                  authorID: try req.requireUser().requireID(), on: req)
        let response = try await req.noticeViews([notice])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.notice(client: notice.$client.typedID, notice: try notice.typedID).path)
        return response
    }

    func showNotice(req: Request) async throws -> NoticeDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .shopStewardNotice(.read))
        let id = try client.requireID()
        let notice = try await ShopStewardNoticeRecord.find(try req.id(ShopStewardNoticeRecord.self), of: try client.typedID, on: req.db)
        try await req.audit(.noticeRead, clients: [id])
        return try await req.noticeViews([notice])[0]
    }
}
