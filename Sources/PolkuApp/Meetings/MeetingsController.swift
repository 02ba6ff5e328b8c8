import Fluent
import PolkuDomain
import Vapor

/// Meetings with the client: the team books them, the client sees the next one.
struct MeetingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.meetings.pathComponents, use: list)
        routes.post(SiteRoute.Kind.meetings.pathComponents, use: add)
    }

    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .meeting(.read))
        try await req.audit(.meetingRead, clients: [try client.requireID()])
        return try await page(req, client: client, input: MeetingInput(), failure: nil)
    }

    func add(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .meeting(.write))
        let input = try req.content.decode(MeetingInput.self)
        do {
            try await MeetingStore.create(try input.meeting(for: try client.requireID(), author: try req.requireUser().requireID()), on: req)
            return req.redirect(to: SiteRoute.meetings(try client.typedID).path)
        } catch let failure as ValidationFailure {
            return try await page(req, client: client, input: input, failure: failure, status: failure.status)
        }
    }

    private func page(_ req: Request, client: Client, input: MeetingInput, failure: ValidationFailure?, status: HTTPStatus = .ok) async throws -> Response {
        let meetings = try await MeetingDTO.upcoming(for: try client.requireID(), from: req.today, on: req.db)
        return try MeetingsPage(client: client, meetings: meetings, mayAdd: try await req.permits(.meeting(.write), on: client.facts),
                            input: input, failure: failure).render(on: req, status: status)
    }
}

/// /api/v1/clients/{clientId}/meetings
struct MeetingsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.clientMeetings.pathComponents, use: list)
        routes.post(APIRoute.Kind.clientMeetings.pathComponents, use: add)
    }

    struct MeetingList: Content { var items: [MeetingDTO] }

    func list(req: Request) async throws -> MeetingList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .meeting(.read))
        try await req.audit(.meetingRead, clients: [try client.requireID()])
        return MeetingList(items: try await MeetingDTO.upcoming(for: try client.requireID(), from: req.today, on: req.db))
    }

    func add(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .meeting(.write))
        let meeting = try req.content.decode(MeetingInput.self).meeting(for: try client.requireID(), author: try req.requireUser().requireID())
        try await MeetingStore.create(meeting, on: req)
        return try await MeetingDTO(meeting).encodeResponse(status: .created, for: req)
    }
}
