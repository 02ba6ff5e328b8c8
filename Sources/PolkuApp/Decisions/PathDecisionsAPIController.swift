import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/path-decisions: refusals, changes and endings (decisions 207, 228), made and read as
/// on the web, every read audited.
struct PathDecisionsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.clientPathDecisions.pathComponents, use: list)
        routes.post(APIRoute.Kind.clientPathDecisions.pathComponents, use: create)
        routes.get(APIRoute.Kind.clientPathDecision.pathComponents, use: show)
    }

    struct PathDecisionList: Content { var items: [PathDecisionDTO] }

    func list(req: Request) async throws -> PathDecisionList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.read))
        let records = try await PathDecision.query(of: client.requireID(), on: req.db).sort(\.$decidedOn, .descending)
            .sort(\.$caseNumber, .descending).all()
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        return PathDecisionList(items: try await PathDecisionDTO.loadAll(records, on: req.db))
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.make))
        let valid = try await req.content.decode(PathDecisionInput.self).validated(for: try client.typedID, on: req.db)
        let record = try await PathDecisionStore.create(valid, for: client, by: try req.requireUser(), on: req)
        let response = try await PathDecisionDTO.loadAll([record], on: req.db)[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location,
                                      value: APIRoute.clientPathDecision(client: try client.typedID, pathDecision: try record.typedID).path)
        return response
    }

    func show(req: Request) async throws -> PathDecisionDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.read))
        let record = try await PathDecision.find(try req.id(PathDecision.self), of: try client.typedID, on: req.db)
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        return try await PathDecisionDTO.loadAll([record], on: req.db)[0]
    }
}
