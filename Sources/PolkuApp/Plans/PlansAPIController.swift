import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/plans: activation and multisectoral employment plans, versioned.
struct PlansAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.clientPlans.pathComponents, use: list)
        routes.post(APIRoute.Kind.clientPlans.pathComponents, use: create)
        routes.get(APIRoute.Kind.clientPlan.pathComponents, use: show)
        routes.post(APIRoute.Kind.clientPlanVersions.pathComponents, use: amend)
    }

    struct PlanList: Content { var items: [PlanDTO] }

    func list(req: Request) async throws -> PlanList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .plan(.read))
        let plans = try await Plan.query(on: req.db).filter(\.$client.$id == client.requireID()).sort(\.$createdAt, .descending).all()
        try await req.audit(.planRead, clients: [try client.requireID()])
        return PlanList(items: try await PlanDTO.loadAll(plans, on: req.db))
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .plan(.create))
        let valid = try req.content.decode(PlanInput.self).validated(isAmendment: false, book: try await Organizer.book(for: client, on: req.today, db: req.db))
        let plan = try await PlanStore.create(valid, for: try client.requireID(), author: try req.requireUser().requireID(), on: req)
        let response = try await PlanDTO.load(plan, on: req.db).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.clientPlan(client: try client.typedID, plan: try plan.typedID).path)
        return response
    }

    func show(req: Request) async throws -> PlanDTO {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.read))
        try await req.audit(.planRead, clients: [try client.requireID()])
        return try await PlanDTO.load(plan, on: req.db)
    }

    func amend(req: Request) async throws -> Response {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.amend))
        let input = try req.content.decode(PlanInput.self)
        let book = try await Organizer.book(for: client, on: req.today, db: req.db)
        guard let version = input.version else {
            // Name a missing version together with whatever else is wrong, the organizer's rules included.
            var problems = [FieldProblem(field: "version", key: .errorRequired)]
            do { _ = try input.validated(isAmendment: true, book: book) } catch let failure as ValidationFailure {
                problems = failure.problems + problems
            }
            throw ValidationFailure(problems)
        }
        let valid = try input.validated(isAmendment: true, book: book)
        try await PlanStore.amend(plan, with: valid, expectedVersion: version, author: try req.requireUser().requireID(), on: req)
        return try await PlanDTO.load(plan, on: req.db).encodeResponse(status: .created, for: req)
    }
}
