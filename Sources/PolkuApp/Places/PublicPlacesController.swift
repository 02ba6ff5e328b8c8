import Fluent
import PolkuDomain
import Vapor

/// The public registry: `/places` and `/places/:placeID`, no sign-in. Only what places offer and
/// how many seats are free; never a client.
struct PublicPlacesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.places.pathComponents, use: list)
        routes.get(SiteRoute.Kind.place.pathComponents, use: show)
    }

    func list(req: Request) async throws -> Response {
        let search = try PlaceSearch(req)
        let result = try await search.run(on: req)
        let areas = try await Organization.query(on: req.db).filter(\.$kind == .area).sort(\.$name).all()
        return PlaceListPage(search: search, places: result.places, total: result.total,
                             municipalities: try await req.municipalities(), areas: areas).render(on: req)
    }

    func show(req: Request) async throws -> Response {
        let place = try await req.placeView(try req.id(WorkActivityPlace.self))
        // Occupied seats and overbooking are for the staff who place clients, not the public or clients.
        return PlacePage(place: place, showsOccupancy: try await req.visitorPermits(.place(.readOccupancy)),
                         mayEdit: try await req.visitorPermits(.place(.administer))).render(on: req)
    }
}
