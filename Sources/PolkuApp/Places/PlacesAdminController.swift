import Fluent
import PolkuDomain
import Vapor

/// Administrators add and change places (`/admin/places`); every change is in the audit trail.
struct PlacesAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.requiring(.place(.administer))
        admin.get(SiteRoute.Kind.adminPlaces.pathComponents, use: list)
        admin.post(SiteRoute.Kind.adminPlaces.pathComponents, use: create)
        admin.get(SiteRoute.Kind.adminPlaceNew.pathComponents, use: new)
        admin.get(SiteRoute.Kind.adminPlace.pathComponents, use: edit)
        admin.post(SiteRoute.Kind.adminPlace.pathComponents, use: update)
    }

    func list(req: Request) async throws -> Response {
        let places = try await WorkActivityPlace.query(on: req.db).with(\.$provider).sort(\.$name).all()
        let weeks = try await PlaceStore.occupancy(of: places, today: req.today, weeks: 1, on: req.db)
        return PlaceAdminListPage(places: try await req.placeViews(places, weeks: weeks)).render(on: req)
    }

    func new(req: Request) async throws -> Response {
        var input = PlaceInput()
        input.openDays = ["1", "2", "3", "4", "5"]
        input.languages = [PlaceLanguage.fi.rawValue]
        return try await PlaceFormPage(id: nil, input: input, failure: nil).render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let place = try await find(req)
        return try await PlaceFormPage(id: try place.typedID, input: PlaceInput(place), failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(PlaceInput.self)
        return try await req.saveForm {
            let draft = try await validated(input, on: req)
            let place = try await PlaceStore.create(draft, on: req)
            return req.redirect(to: SiteRoute.place(try place.typedID).path)
        } showAgain: { rejected in
            try await PlaceFormPage(id: nil, input: input, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    func update(req: Request) async throws -> Response {
        let place = try await find(req)
        let input = try req.content.decode(PlaceInput.self)
        return try await req.saveForm {
            let draft = try await validated(input, on: req)
            try await PlaceStore.update(place, with: draft, expectedVersion: input.version ?? 0, on: req)
            return req.redirect(to: SiteRoute.place(try place.typedID).path)
        } showAgain: { rejected in
            try await PlaceFormPage(id: try place.typedID, input: input, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    private func validated(_ input: PlaceInput, on req: Request) async throws -> PlaceDraft {
        let providers = try await Organization.query(on: req.db).filter(\.$kind == .provider).all()
        let municipalities = try await Organization.query(on: req.db).filter(\.$kind == .municipality).all()
        return try input.validated(providers: providers, municipalities: municipalities)
    }

    private func find(_ req: Request) async throws -> WorkActivityPlace {
        guard let place = try await WorkActivityPlace.find(try req.id(WorkActivityPlace.self), on: req.db) else { throw Abort(.notFound) }
        return place
    }
}
