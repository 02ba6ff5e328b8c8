import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/decisions: decisions, the periods they start and their contracts.
struct DecisionsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.clientDecisions.pathComponents, use: list)
        routes.post(APIRoute.Kind.clientDecisions.pathComponents, use: create)
        routes.get(APIRoute.Kind.clientDecision.pathComponents, use: show)
        routes.post(APIRoute.Kind.clientDecisionAcceptances.pathComponents, use: accept)
        routes.post(APIRoute.Kind.clientDecisionInterruption.pathComponents, use: interrupt)
        routes.post(APIRoute.Kind.clientDecisionNoEvaluation.pathComponents, use: noEvaluation)
    }

    struct DecisionList: Content { var items: [DecisionDTO] }

    func list(req: Request) async throws -> DecisionList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.read))
        let decisions = try await Decision.query(on: req.db).filter(\.$client.$id == client.requireID()).sort(\.$startsOn, .descending).all()
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        return DecisionList(items: try await DecisionDTO.loadAll(decisions, for: req))
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.make))
        let user = try req.requireUser()
        let valid = try await req.content.decode(DecisionInput.self).validated(for: client, on: req)
        let decision = try await DecisionStore.create(valid, for: client, by: user, on: req)
        let response = try await DecisionDTO.load(decision, for: req).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.clientDecision(client: try client.typedID, decision: try decision.typedID).path)
        return response
    }

    func show(req: Request) async throws -> DecisionDTO {
        let (client, decision) = try await req.authorizedDecision(for: .decision(.read))
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        return try await DecisionDTO.load(decision, for: req)
    }

    func accept(req: Request) async throws -> DecisionDTO {
        let (_, decision) = try await req.authorizedDecision(for: .decision(.accept))
        try await ContractStore.accept(try req.content.decode(AcceptanceInput.self), decision: decision, on: req)
        return try await DecisionDTO.load(decision, for: req)
    }

    struct InterruptionInput: Content {
        var reason: String?
        var version: Int?

        static let maxReasonLength = 2000
    }

    func interrupt(req: Request) async throws -> DecisionDTO {
        let (_, decision) = try await req.authorizedDecision(for: .decision(.interrupt))
        let input = try req.content.decode(InterruptionInput.self)
        try await ContractStore.interrupt(decision: decision, reason: input.reason, version: input.version, on: req)
        return try await DecisionDTO.load(decision, for: req)
    }

    /// After an interruption: why the situation is not evaluated (decision 115).
    func noEvaluation(req: Request) async throws -> DecisionDTO {
        let (_, decision) = try await req.authorizedDecision(for: .decision(.excuseEvaluation))
        try await NoEvaluationStore.record(try req.content.decode(NoEvaluationInput.self), decision: decision, by: try req.requireUser(), on: req)
        return try await DecisionDTO.load(decision, for: req)
    }
}
