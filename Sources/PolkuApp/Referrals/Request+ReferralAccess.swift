import Fluent
import PolkuDomain
import Vapor

extension Request {
    private struct ReferralPartyKey: StorageKey { typealias Value = ReferralParty }

    /// The signed-in user's organization and those above it, loaded once per request.
    func referralParty() async throws -> ReferralParty {
        if let cached = storage[ReferralPartyKey.self] { return cached }
        let own = try requireUser().$organization.id
        var chain: Set<UUID> = []
        var next = own
        // The tree is shallow (county, area, municipality); the bound guards against a cycle.
        while let id = next, chain.count < 10, chain.insert(id).inserted {
            next = try await Organization.find(id, on: db)?.$parent.id
        }
        let party = ReferralParty(organizationID: own, organizationChain: chain)
        storage[ReferralPartyKey.self] = party
        return party
    }

    /// What `Action.Referral` decides on: the user's place among organizations, and the referral or client.
    func referralTarget(_ referral: ReferralFacts? = nil, client: ClientFacts? = nil) async throws -> ReferralTarget {
        ReferralTarget(party: try await referralParty(), referral: referral, client: client)
    }

    /// 403 unless the user's role works with referrals at all.
    func authorizeReferrals() async throws {
        try await require(.referral(.list), on: try await referralTarget())
    }

    /// 403 unless the user's role may send referrals (before the body is even read).
    func authorizeSending() async throws {
        try await require(.referral(.send), on: try await referralTarget())
    }

    /// Which referrals lists may show the signed-in user.
    func referralScope() async throws -> ReferralScope? {
        ReferralAccess.listScope(for: try await principal(), party: try await referralParty())
    }

    /// Loads a client the signed-in user may send a referral for: 403 for a role that may not send,
    /// 404 for a client that does not exist or is outside the user's reach.
    func clientForReferral(_ id: ClientID) async throws -> Client {
        try await authorizedClient(id) { try await self.require(.referral(.send), on: try await self.referralTarget(client: $0)) }
    }

    /// Whether the signed-in user may send a referral for this client (to offer the link).
    func maySendReferral(for client: Client) async throws -> Bool {
        try await permits(.referral(.send), on: try await referralTarget(client: client.facts))
    }

    /// Loads a referral the signed-in user may act on, with its client. A referral that does not exist
    /// and one outside the user's reach get the same 404.
    func authorizedReferral(_ id: ReferralID, for action: Action.Referral) async throws -> (Referral, Client) {
        let referral = try await Referral.find(id.rawValue, on: db)
        var client: Client?
        if let referral { client = try await Client.find(referral.$client.id, on: db) }
        try await require(action, on: try await referralTarget(referral.flatMap { r in client.map { r.facts(client: $0) } }))
        guard let referral, let client else { throw Abort(.notFound) }
        return (referral, client)
    }

    /// Whether the signed-in user may decide this referral (to offer the form).
    func mayDecide(_ referral: Referral, of client: Client) async throws -> Bool {
        try await permits(.referral(.decide), on: try await referralTarget(referral.facts(client: client)))
    }
}

extension Referral {
    func facts(client: Client) -> ReferralFacts {
        ReferralFacts(client: client.facts, referrerOrganizationID: $referrerOrganization.id, organizerID: $organizer.id)
    }
}

extension Request {
    /// For the client page: the client's latest referrals within the user's reach (audited when any are
    /// shown) and whether the user may send one; nil referrals for roles that do not work with them.
    func clientReferralSummary(_ client: Client) async throws -> (referrals: [ReferralDTO]?, mayRefer: Bool) {
        guard Action.Referral.list.isGranted(to: try await principal()) else { return (nil, false) }
        let search = ReferralSearch(view: nil, clientID: try client.requireID(), perPage: 10, newestFirst: true)
        let result = try await search.run(scope: try await referralScope(), on: db)
        if !result.referrals.isEmpty { try await audit(.referralList, clients: [try client.requireID()]) }
        return (try await referralViews(result.referrals), try await maySendReferral(for: client))
    }
}
