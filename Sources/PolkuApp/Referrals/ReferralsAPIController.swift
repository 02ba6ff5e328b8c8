import Fluent
import PolkuDomain
import Vapor

/// /api/v1/referrals: the same rules, validation and audit as the pages, as JSON.
struct ReferralsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.referrals.pathComponents, use: list)
        routes.post(APIRoute.Kind.referrals.pathComponents, use: create)
        routes.get(APIRoute.Kind.referral.pathComponents, use: show)
        routes.post(APIRoute.Kind.referralDecision.pathComponents, use: decide)
    }

    struct ReferralPage: Content {
        var items: [ReferralDTO]
        var page: Int
        var perPage: Int
        var total: Int
        /// Give as `after` for the page after this one, as `before` for the one before; absent at either end.
        var nextCursor: String?
        var previousCursor: String?
    }

    /// Everything the user may see, sent or incoming, oldest first.
    func list(req: Request) async throws -> ReferralPage {
        try await req.authorizeReferrals()
        let search = try ReferralSearch.from(req, defaultView: nil)
        let result = try await search.run(scope: try await req.referralScope(), on: req.db)
        try await req.audit(.referralList, clients: result.referrals.clientIDs)
        return ReferralPage(items: try await req.referralViews(result.referrals), page: search.page, perPage: search.perPage,
                            total: result.total, nextCursor: result.next?.token(req.application.querySeal),
                          previousCursor: result.previous?.token(req.application.querySeal))
    }

    func create(req: Request) async throws -> Response {
        try await req.authorizeSending()
        let input = try req.content.decode(ReferralInput.self)
        let (clientID, draft) = try input.validated(fromAPI: true)
        let client = try await req.clientForReferral(clientID!)
        let referral = try await ReferralStore.create(draft, for: client, on: req)
        let response = try await req.referralViews([referral])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.referral(try referral.typedID).path)
        return response
    }

    func show(req: Request) async throws -> ReferralDTO {
        let (referral, client) = try await req.authorizedReferral(try req.id(Referral.self), for: .referral(.read))
        try await req.audit(.referralRead, clients: [try client.requireID()])
        return try await req.referralViews([referral])[0]
    }

    func decide(req: Request) async throws -> ReferralDTO {
        let (referral, _) = try await req.authorizedReferral(try req.id(Referral.self), for: .referral(.decide))
        let draft = try req.content.decode(ReferralDecisionInput.self).validated()
        try await ReferralStore.decide(referral, with: draft, on: req)
        return try await req.referralViews([referral])[0]
    }
}

extension [Referral] {
    /// Each client once, in list order: one audit event per client touched.
    var clientIDs: [UUID] {
        var seen: Set<UUID> = []
        return map { $0.$client.id }.filter { seen.insert($0).inserted }
    }
}
