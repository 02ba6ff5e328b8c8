import Fluent
import PolkuDomain
import Vapor

/// Familiarization visits: book one, then record how it went.
struct VisitsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientVisits.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientVisits.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientVisitNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.clientVisit.pathComponents, use: edit)
        routes.post(SiteRoute.Kind.clientVisit.pathComponents, use: update)
    }

    /// The visits are listed on the client page.
    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .visit(.read))
        return req.redirect(to: SiteRoute.client(try client.typedID).path)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .visit(.write))
        var parameters = QueryParameters(req)
        let place = parameters.uuid("placeId")
        try parameters.finish()
        return try await form(client, .create, VisitInput(placeId: place?.uuidString), nil, on: req).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .visit(.write))
        let id = try client.requireID()
        let input = try req.content.decode(VisitInput.self)
        do {
            _ = try await VisitStore.create(try input.validated(today: req.today), clientID: id, authorID: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.client(try client.typedID).path)
        } catch let failure as ValidationFailure {
            return try await form(client, .create, input, failure, on: req).render(on: req, status: failure.status)
        }
    }

    func edit(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .visit(.write))
        let id = try client.requireID()
        let visit = try await FamiliarizationVisit.find(try req.id(FamiliarizationVisit.self), of: try client.typedID, on: req.db)
        try await req.audit(.visitRead, clients: [id])
        return try await form(client, .edit(try visit.typedID), VisitInput(visit), nil, on: req).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .visit(.write))
        let visit = try await FamiliarizationVisit.find(try req.id(FamiliarizationVisit.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(VisitInput.self)
        let mode = RecordFormMode.edit(try visit.typedID)
        return try await req.saveForm {
            let draft = try input.validated(today: req.today)
            guard let version = input.version else { throw VersionConflict(on: req) }
            try await VisitStore.update(visit, with: draft, expectedVersion: version, on: req)
            return req.redirect(to: SiteRoute.client(try client.typedID).path)
        } showAgain: { rejected in
            var page = try await form(client, mode, input, rejected.failure, on: req)
            page.conflict = rejected.isConflict
            return page.render(on: req, status: rejected.status)
        }
    }

    private func form(_ client: Client, _ mode: RecordFormMode<FamiliarizationVisit>, _ input: VisitInput, _ failure: ValidationFailure?,
                      on req: Request) async throws -> VisitFormPage {
        let id = try client.requireID()
        let places = try await WorkActivityPlace.query(on: req.db).sort(\.$name).all().compactMap { p in p.id.map { (id: $0, name: p.name) } }
        let team = try await TeamMember.query(on: req.db).filter(\.$client.$id == id).all().map(\.name)
        return VisitFormPage(clientID: try client.typedID, clientName: client.fullName, places: places, teamNames: team, mode: mode, input: input, failure: failure)
    }
}
