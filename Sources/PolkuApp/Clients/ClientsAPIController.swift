import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients: the same rules, validation and audit as the pages, as JSON.
struct ClientsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.clients.pathComponents, use: list)
        routes.post(APIRoute.Kind.clients.pathComponents, use: create)
        routes.get(APIRoute.Kind.client.pathComponents, use: show)
        routes.put(APIRoute.Kind.client.pathComponents, use: update)
        routes.get(APIRoute.Kind.clientAccessLog.pathComponents, use: accessLog)
    }

    struct ClientPage: Content {
        var items: [ClientDTO]
        var page: Int
        var perPage: Int
        var total: Int
        /// Give as `after` for the page after this one, as `before` for the one before; absent at either end.
        var nextCursor: String?
        var previousCursor: String?
    }

    func list(req: Request) async throws -> ClientPage {
        try await req.require(.client(.list), on: nil)
        let search = try ClientSearch.from(req)
        let result = try await search.run(scope: ClientAccess.listScope(for: try await req.principal()), on: req)
        try await req.audit(.clientList, clients: result.clients.compactMap(\.id))
        return ClientPage(items: try await req.clientViews(result.clients), page: search.page, perPage: search.perPage, total: result.total,
                          nextCursor: result.next?.token(req.application.querySeal),
                          previousCursor: result.previous?.token(req.application.querySeal))
    }

    func create(req: Request) async throws -> Response {
        try await req.require(.client(.create), on: nil)
        let input = try req.content.decode(ClientInput.self)
        let draft = try input.validated(municipalities: Set(try await req.municipalities().map(\.code)), today: req.today)
        try await req.require(.client(.create), on: ClientFacts(id: UUID(), municipalityCode: draft.municipalityCode))
        let client = try await ClientStore.create(draft, on: req)
        let response = try await req.clientViews([client])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.client(try client.typedID).path)
        return response
    }

    func show(req: Request) async throws -> ClientDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.read))
        try await req.audit(.clientRead, clients: [try client.requireID()])
        return try await req.clientViews([client])[0]
    }

    func update(req: Request) async throws -> ClientDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.update))
        let input = try req.content.decode(ClientInput.self)
        var draft: ClientDraft?
        var problems: [FieldProblem] = []
        do { draft = try input.validated(municipalities: Set(try await req.municipalities().map(\.code)), today: req.today) }
        catch let failure as ValidationFailure {
            // A conflict with what is stored or with the date (409) keeps its status when nothing else is wrong.
            if failure.status != .unprocessableEntity, input.version != nil { throw failure }
            problems = failure.problems
        }
        if input.version == nil { problems.append(FieldProblem(field: "version", key: .errorRequired)) }
        guard let draft, let version = input.version, problems.isEmpty else { throw ValidationFailure(problems) }
        try await req.require(.client(.update), on: ClientFacts(id: try client.requireID(), municipalityCode: draft.municipalityCode))
        try await ClientStore.update(client, with: draft, expectedVersion: version, on: req)
        return try await req.clientViews([client])[0]
    }

    struct AccessLog: Content { var items: [AccessLogEntry] }

    func accessLog(req: Request) async throws -> AccessLog {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.readAccessLog))
        let id = try client.requireID()
        let items = try await AccessLogEntry.forClient(id, on: req.db)
        try await req.audit(.clientAccessLogRead, clients: [id])
        return AccessLog(items: items)
    }
}
