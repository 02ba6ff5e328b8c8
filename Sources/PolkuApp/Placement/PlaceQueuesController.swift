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
        let queue = try await req.placeQueue(try req.uuidParameter("placeID"))
        try await req.audit(.placeQueueRead, clients: queue.items.compactMap(\.clientId))
        return PlaceQueuePage(queue: queue, linkClients: try req.requireUser().role != .workCoach).render(on: req)
    }
}
