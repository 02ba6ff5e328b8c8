import Fluent
import PolkuDomain
import Vapor

/// /queues: where there is room and who waits, per place.
struct PlaceQueuesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.queues.pathComponents, use: list)
        routes.get(SiteRoute.Kind.placeQueue.pathComponents, use: show)
    }

    /// Counts only, no client data: nothing to audit.
    func list(req: Request) async throws -> Response {
        PlaceQueuesPage(places: try await req.queueSummaries()).render(on: req)
    }

    func show(req: Request) async throws -> Response {
        let queue = try await req.placeQueue(try req.id(WorkActivityPlace.self))
        try await req.audit(.placeQueueRead, clients: queue.items.compactMap(\.clientId?.rawValue))
        let queued = queue.items.compactMap(\.clientId?.rawValue)
        let clients = queued.isEmpty ? [] : try await Client.query(on: req.db).filter(\.$id ~~ queued).all()
        var linkable: Set<ClientID> = []
        for client in clients where try await req.permits(.client(.read), on: client.facts) { linkable.insert(try client.typedID) }
        return PlaceQueuePage(queue: queue, linkable: linkable).render(on: req)
    }
}
