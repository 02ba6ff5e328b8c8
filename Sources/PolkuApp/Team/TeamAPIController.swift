import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/team: the client's multi-professional team.
struct TeamAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.clientTeam.pathComponents, use: list)
        routes.post(APIRoute.Kind.clientTeam.pathComponents, use: add)
        routes.delete(APIRoute.Kind.clientTeamMember.pathComponents, use: remove)
        routes.post(APIRoute.Kind.clientTeamResponsible.pathComponents, use: makeResponsible)
    }

    struct Team: Content {
        var items: [TeamMemberDTO]
        /// The changes of responsible worker, newest first (decision 111).
        var handovers: [HandoverDTO]
    }

    func list(req: Request) async throws -> Team {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .team(.read))
        try await req.audit(.teamRead, clients: [try client.requireID()])
        return Team(items: try await TeamMemberDTO.team(of: try client.requireID(), on: req.db),
                    handovers: try await HandoverDTO.of(try client.requireID(), on: req.db))
    }

    func add(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .team(.change))
        let member = try await req.content.decode(TeamInput.self).member(for: try client.requireID(), on: req.db)
        try await TeamStore.add(member, on: req)
        return try await TeamMemberDTO(member).encodeResponse(status: .created, for: req)
    }

    func remove(req: Request) async throws -> HTTPStatus {
        let (_, member) = try await req.authorizedTeamMember(for: .team(.change))
        try await TeamStore.remove(member, on: req)
        return .noContent
    }

    func makeResponsible(req: Request) async throws -> TeamMemberDTO {
        let (_, member) = try await req.authorizedTeamMember(for: .team(.change))
        try await TeamStore.makeResponsible(member, on: req)
        return try TeamMemberDTO(member)
    }
}
