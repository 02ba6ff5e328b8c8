import Fluent
import PolkuDomain
import Vapor

/// `/clients/:clientID/matching`: places ranked for the client, with reasons. It reads the client's
/// data, so it is audited.
struct MatchingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientMatching.pathComponents, use: show)
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.clientForMatching(try req.id(Client.self))
        let id = try client.requireID()
        let matching = try await ClientMatching.load(for: client, on: req)
        try await req.audit(.matchingRead, clients: [id])
        let view = try await req.clientViews([client])[0]
        return MatchingPage(clientID: try client.typedID, clientName: view.fullName, municipalityName: view.municipalityName ?? client.municipalityCode,
                            matching: matching, mayAssess: try await req.permits(.assessment(.write), on: client.facts),
                            mayQueue: try await req.permits(.queueEntry(.write), on: client.facts),
                            mayVisit: try await req.permits(.visit(.write), on: client.facts),
                            mayDecide: try await req.permits(.decision(.make), on: client.facts)).render(on: req)
    }
}

/// GET /api/v1/clients/{clientId}/matching: the same ranking as JSON.
struct MatchingAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.clientMatching.pathComponents, use: show)
    }

    struct MatchDTO: Content {
        var placeId: PlaceID
        var placeName: String
        var score: Int
        var reasons: [MatchReasonDTO]
        var freeSeats: [Int]
    }

    struct MatchList: Content {
        var clientId: ClientID
        var assessedOn: String?
        var interests: [PlaceTask]
        var supportNeed: SupportLevel?
        var needsRemote: Bool
        var items: [MatchDTO]
    }

    func show(req: Request) async throws -> MatchList {
        let client = try await req.clientForMatching(try req.id(Client.self))
        let id = try client.requireID()
        let matching = try await ClientMatching.load(for: client, on: req)
        try await req.audit(.matchingRead, clients: [id])
        return MatchList(clientId: try client.typedID, assessedOn: matching.assessedOn,
                         interests: PlaceTask.allCases.filter(matching.profile.interests.contains), supportNeed: matching.profile.supportNeed,
                         needsRemote: matching.profile.needsRemote,
                         items: matching.rows.map { row in
                             MatchDTO(placeId: row.place.id, placeName: row.place.name, score: row.score, reasons: row.reasons.map(MatchReasonDTO.init),
                                       freeSeats: row.place.weeks.map(\.free))
                         })
    }
}
