import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/endings: the same rules, validation and audit as the pages, as JSON.
/// The client is authorized before the body is read.
struct EndingsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.endings.pathComponents, use: list)
        routes.post(APIRoute.Kind.endings.pathComponents, use: create)
        routes.get(APIRoute.Kind.ending.pathComponents, use: show)
        routes.put(APIRoute.Kind.ending.pathComponents, use: update)
    }

    struct EndingList: Content { var items: [EndingDTO] }

    func list(req: Request) async throws -> EndingList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.read))
        let id = try client.requireID()
        let items = try await req.endingViews(try await EndingStore.all(of: id, on: req.db))
        try await req.audit(.endingList, clients: [id])
        return EndingList(items: items)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.write))
        let id = try client.requireID()
        let draft = try await req.content.decode(EndingInput.self).validated(clientID: id, on: req.db)
        let ending = try await EndingStore.create(draft, clientID: id, authorID: try req.requireUser().requireID(), on: req)
        let response = try await req.endingViews([ending])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.ending(client: try client.typedID, ending: try ending.typedID).path)
        return response
    }

    func show(req: Request) async throws -> EndingDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.read))
        let id = try client.requireID()
        let ending = try await Ending.find(try req.id(Ending.self), of: try client.typedID, on: req.db)
        try await req.audit(.endingRead, clients: [id])
        return try await req.endingViews([ending])[0]
    }

    func update(req: Request) async throws -> EndingDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.write))
        let ending = try await Ending.find(try req.id(Ending.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(EndingInput.self)
        let draft = try await input.validated(clientID: ending.$client.id, except: ending.id, requireVersion: true, on: req.db)
        try await EndingStore.update(ending, with: draft, expectedVersion: input.version!, on: req)
        return try await req.endingViews([ending])[0]
    }
}
