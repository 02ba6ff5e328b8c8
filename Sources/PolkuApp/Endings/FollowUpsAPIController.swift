import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/follow-ups: where former clients are 3 and 6 months after their ending.
struct FollowUpsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.followUps.pathComponents, use: list)
        routes.post(APIRoute.Kind.followUps.pathComponents, use: create)
        routes.get(APIRoute.Kind.followUp.pathComponents, use: show)
        routes.put(APIRoute.Kind.followUp.pathComponents, use: update)
    }

    struct FollowUpList: Content { var items: [FollowUpDTO] }

    func list(req: Request) async throws -> FollowUpList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.read))
        let id = try client.requireID()
        let items = try await req.followUpViews(try await FollowUpStore.all(of: id, on: req.db))
        try await req.audit(.followUpList, clients: [id])
        return FollowUpList(items: items)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.write))
        let id = try client.requireID()
        let draft = try req.content.decode(FollowUpInput.self).validated(today: req.today)
        let followUp = try await FollowUpStore.create(draft, clientID: id, authorID: try req.requireUser().requireID(), on: req)
        let response = try await req.followUpViews([followUp])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.followUp(client: try client.typedID, followUp: try followUp.typedID).path)
        return response
    }

    func show(req: Request) async throws -> FollowUpDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.read))
        let id = try client.requireID()
        let followUp = try await FollowUp.find(try req.id(FollowUp.self), of: try client.typedID, on: req.db)
        try await req.audit(.followUpRead, clients: [id])
        return try await req.followUpViews([followUp])[0]
    }

    func update(req: Request) async throws -> FollowUpDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.write))
        let followUp = try await FollowUp.find(try req.id(FollowUp.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(FollowUpInput.self)
        let draft = try input.validated(today: req.today, requireVersion: true)
        try await FollowUpStore.update(followUp, with: draft, expectedVersion: input.version!, on: req)
        return try await req.followUpViews([followUp])[0]
    }
}
