import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/assessments: the same rules, validation and audit as the pages, as JSON.
/// The client is authorized before the body is read: client data is never described to someone
/// outside its reach.
struct AssessmentsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.assessments.pathComponents, use: list)
        routes.post(APIRoute.Kind.assessments.pathComponents, use: create)
        routes.get(APIRoute.Kind.assessment.pathComponents, use: show)
        routes.put(APIRoute.Kind.assessment.pathComponents, use: update)
    }

    struct AssessmentList: Content { var items: [AssessmentDTO] }

    func list(req: Request) async throws -> AssessmentList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.read))
        let id = try client.requireID()
        let items = try await req.assessmentViews(try await AssessmentStore.all(of: id, on: req.db))
        try await req.audit(.assessmentList, clients: [id])
        return AssessmentList(items: items)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.write))
        let id = try client.requireID()
        let draft = try req.content.decode(AssessmentInput.self).validated()
        let assessment = try await AssessmentStore.create(draft, clientID: id, authorID: try req.requireUser().requireID(), on: req)
        let response = try await req.assessmentViews([assessment])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.assessment(client: try client.typedID, assessment: try assessment.typedID).path)
        return response
    }

    func show(req: Request) async throws -> AssessmentDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.read))
        let id = try client.requireID()
        let assessment = try await Assessment.find(try req.id(Assessment.self), of: try client.typedID, on: req.db)
        try await req.audit(.assessmentRead, clients: [id])
        return try await req.assessmentViews([assessment])[0]
    }

    func update(req: Request) async throws -> AssessmentDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.write))
        let assessment = try await Assessment.find(try req.id(Assessment.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(AssessmentInput.self)
        let draft = try input.validated(requireVersion: true)
        try await AssessmentStore.update(assessment, with: draft, expectedVersion: input.version!, on: req)
        return try await req.assessmentViews([assessment])[0]
    }
}
