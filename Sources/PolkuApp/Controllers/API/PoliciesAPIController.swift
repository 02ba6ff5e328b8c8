import Fluent
import PolkuDomain
import Vapor

/// /api/v1/policies: everyone signed in reads the rules; administrators write them.
struct PoliciesAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.policies.pathComponents, use: list)
        routes.post(APIRoute.policies.pathComponents, use: create)
        routes.get(APIRoute.policy.pathComponents, use: show)
        routes.put(APIRoute.policy.pathComponents, use: update)
    }

    struct PolicyView: Content {
        var id: UUID
        var organizerId: UUID
        var validFrom: String
        var validTo: String?
        var minDaysPerWeek: Int
        var maxDaysPerWeek: Int
        var minMinutesPerDay: Int
        var maxMinutesPerDay: Int
        var maxMinutesPerWeek: Int
        var usualPeriodMonths: Int
        var maxContinuousMonths: Int
        var breakMonths: Int
        var continuationPastMaximumAllowed: Bool
        var compensationCentsPerDay: Int
        var travelRules: String
        var version: Int

        init(_ record: PolicyRecord) throws {
            id = try record.requireID()
            organizerId = record.$organizer.id
            validFrom = record.validFrom
            validTo = record.validTo
            minDaysPerWeek = record.minDaysPerWeek
            maxDaysPerWeek = record.maxDaysPerWeek
            minMinutesPerDay = record.minMinutesPerDay
            maxMinutesPerDay = record.maxMinutesPerDay
            maxMinutesPerWeek = record.maxMinutesPerWeek
            usualPeriodMonths = record.usualPeriodMonths
            maxContinuousMonths = record.maxContinuousMonths
            breakMonths = record.breakMonths
            continuationPastMaximumAllowed = record.continuationPastMaximumAllowed
            compensationCentsPerDay = record.compensationCentsPerDay
            travelRules = record.travelRules
            version = record.version
        }
    }

    struct PolicyList: Content { var items: [PolicyView] }

    func list(req: Request) async throws -> PolicyList {
        var parameters = QueryParameters(req)
        let organizer = parameters.uuid("organizerId")
        try parameters.finish()
        let query = PolicyRecord.query(on: req.db).sort(\.$validFrom, .descending)
        if let organizer { query.filter(\.$organizer.$id == organizer) }
        return PolicyList(items: try await query.all().map(PolicyView.init))
    }

    func show(req: Request) async throws -> PolicyView {
        try PolicyView(try await find(req))
    }

    // Writes check the input before the role: a policy holds nothing secret, and so a caller learns
    // what is wrong with a request before learning that someone else must send it.
    func create(req: Request) async throws -> Response {
        let (organizerID, policy) = try req.content.decode(PolicyInput.self).validated(organizers: try await Organization.query(on: req.db).all())
        try requireAdmin(req)
        let record = try await PolicyStore.create(policy, organizerID: organizerID, on: req.db)
        try await req.audit(.policyCreate)
        let response = try await PolicyView(record).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/policies/\(try record.requireID())")
        return response
    }

    func update(req: Request) async throws -> PolicyView {
        let record = try await find(req)
        let input = try req.content.decode(PolicyInput.self)
        var (organizerID, policy): (UUID, Policy)
        do {
            (organizerID, policy) = try input.validated(organizers: try await Organization.query(on: req.db).all())
            if input.version == nil { throw ValidationFailure([FieldProblem(field: "version", key: .errorRequired)]) }
        } catch var failure as ValidationFailure {
            if input.version == nil, !failure.problems.contains(where: { $0.field == "version" }) {
                failure.problems.append(FieldProblem(field: "version", key: .errorRequired))
            }
            throw failure
        }
        try requireAdmin(req)
        try await PolicyStore.update(record, to: policy, organizerID: organizerID, expectedVersion: input.version!, on: req)
        try await req.audit(.policyUpdate)
        return try PolicyView(record)
    }

    private func find(_ req: Request) async throws -> PolicyRecord {
        guard let record = try await PolicyRecord.find(try req.uuidParameter("policyID"), on: req.db) else { throw Abort(.notFound) }
        return record
    }

    private func requireAdmin(_ req: Request) throws {
        guard try req.requireUser().role.canManageOrganizations else { throw Abort(.forbidden) }
    }
}
