import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/evaluations: the same rules, validation and audit as the pages, as JSON.
/// The perspective is the signed-in user's; the client is authorized before the body is read.
struct EvaluationsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.evaluations.pathComponents, use: list)
        routes.post(APIRoute.Kind.evaluations.pathComponents, use: create)
        routes.get(APIRoute.Kind.evaluation.pathComponents, use: show)
        routes.put(APIRoute.Kind.evaluation.pathComponents, use: update)
    }

    struct EvaluationList: Content { var items: [EvaluationDTO] }

    func list(req: Request) async throws -> EvaluationList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .evaluation(.read))
        let id = try client.requireID()
        let items = try await req.evaluationViews(try await EvaluationStore.all(of: id, on: req.db))
        try await req.audit(.evaluationList, clients: [id])
        return EvaluationList(items: items)
    }

    func create(req: Request) async throws -> Response {
        let (client, evaluator) = try await req.clientForEvaluating(try req.id(Client.self))
        let id = try client.requireID()
        let draft = try req.content.decode(EvaluationInput.self).validated()
        let evaluation = try await EvaluationStore.create(draft, clientID: id, by: evaluator, on: req)
        let response = try await req.evaluationViews([evaluation])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.evaluation(client: try client.typedID, evaluation: try evaluation.typedID).path)
        return response
    }

    func show(req: Request) async throws -> EvaluationDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .evaluation(.read))
        let id = try client.requireID()
        let evaluation = try await Evaluation.find(try req.id(Evaluation.self), of: try client.typedID, on: req.db)
        try await req.audit(.evaluationRead, clients: [id])
        return try await req.evaluationViews([evaluation])[0]
    }

    /// Only a role that writes its perspective changes it: another perspective's evaluation is 403.
    func update(req: Request) async throws -> EvaluationDTO {
        let (client, evaluator) = try await req.clientForEvaluating(try req.id(Client.self))
        let evaluation = try await Evaluation.find(try req.id(Evaluation.self), of: try client.typedID, on: req.db)
        _ = try evaluator.writing(evaluation.perspective)
        let input = try req.content.decode(EvaluationInput.self)
        let draft = try input.validated(fixed: (evaluation.$period.id, evaluation.kind))
        try await EvaluationStore.update(evaluation, with: draft, expectedVersion: input.version!, by: evaluator, on: req)
        return try await req.evaluationViews([evaluation])[0]
    }
}
