import Fluent
import PolkuDomain
import Vapor

extension Request {
    private struct PrincipalKey: StorageKey { typealias Value = Principal }

    /// The signed-in user, or 401.
    func requireUser() throws -> User {
        guard let user = auth.get(User.self) else { throw Abort(.unauthorized) }
        return user
    }

    /// The signed-in user with the facts that decide their reach, loaded once per request.
    func principal() async throws -> Principal {
        if let cached = storage[PrincipalKey.self] { return cached }
        let user = try requireUser()
        let userID = try user.requireID(), role = user.role, ownClientID = user.$client.id, orgID = user.$organization.id
        let day = self.today, today = day.isoString
        // The reach changes only with the data (a team, a placement, the organization) or the day: it is
        // computed once per data generation, not on every page (decision 79). The user record itself, with
        // its role and whether it is active, is read afresh on every request by the session.
        let key = "principal|\(userID)|\(role.rawValue)|\(orgID?.uuidString ?? "-")|\(ownClientID?.uuidString ?? "-")|\(today)"
        let db = self.db
        let actor = try await cached(key) {
            var actor = Principal(userID: userID, role: role, organizationID: orgID, ownClientID: ownClientID)
            if let orgID, let org = try await Organization.find(orgID, on: db) {
                actor.coveredMunicipalityCodes = org.coveredCodes
                if [.county, .jointAuthority, .area, .municipality].contains(org.kind) {
                    // An organizer's workers reach the municipalities it serves today (decision 120).
                    let organizers = try await Organizer.directory(on: db)
                    actor.coveredMunicipalityCodes = organizers.map.reach(
                        within: org.coveredCodes, organizerID: organizers.organizer(of: orgID, on: day)?.id, on: day)
                }
                if Action.CoachWeek.read.isGranted(to: actor) {
                    // The coach's clients are those placed at their organization's places.
                    actor.placedClientIDs = try await Self.placedClients(providerID: orgID, today: today, on: db)
                }
            }
            // Membership opens a client only to the roles that reach clients beyond themselves.
            if Action.Client.list.isGranted(to: actor) {
                actor.teamClientIDs = try await Self.teamClients(of: actor, on: db)
            }
            return actor
        }
        storage[PrincipalKey.self] = actor
        return actor
    }

    /// The clients whose team the user is on. For the roles whose municipalities give them reach, only those
    /// outside their municipalities matter: a county-wide worker on the teams of hundreds of clients would
    /// otherwise carry every one of them into every query of every page.
    private static func teamClients(of actor: Principal, on db: any Database) async throws -> Set<UUID> {
        let query = TeamMember.query(on: db).filter(\.$user.$id == actor.userID)
        // The municipalities that give the actor reach (none for a coach, whose reach is by placement).
        if case .reach(let codes, _) = ClientAccess.listScope(for: actor), !codes.isEmpty {
            query.join(Client.self, on: \TeamMember.$client.$id == \Client.$id)
                .filter(Client.self, \.$municipalityCode !~ Array(codes))
        }
        return Set(try await query.field(\.$client.$id).all().map { $0.$client.id })
    }

    /// Clients with a current or upcoming period at any place of the provider.
    private static func placedClients(providerID: UUID, today: String, on db: Database) async throws -> Set<UUID> {
        let periods = try await Period.query(on: db)
            .join(WorkActivityPlace.self, on: \Period.$place.$id == \WorkActivityPlace.$id)
            .filter(WorkActivityPlace.self, \.$provider.$id == providerID)
            .filter(\.$endsOn >= today)
            .filter(\.$recorded == .open)
            .field(\.$client.$id)
            .all()
        return Set(periods.map { $0.$client.id })
    }

    /// The signed-in user's decision on `action` for a record with `facts` (nil: a list, a new record, or
    /// whether the role may at all). Every check on the server and every button of a page asks this (decision 140).
    func decision<A: RecordAction>(_ action: A, on facts: A.Facts?) async throws -> AccessDecision {
        action.decide(by: try await principal(), on: facts)
    }

    /// Whether to offer the signed-in user `action` on the record: a page shows a button (a link to a form, a
    /// form's submit) exactly when the request it leads to would be allowed.
    func permits<A: RecordAction>(_ action: A, on facts: A.Facts?) async throws -> Bool {
        try await decision(action, on: facts) == .allow
    }

    func permits<A: RecordAction>(_ action: A) async throws -> Bool where A.Facts == Never {
        try await permits(action, on: nil)
    }

    /// Whether a visitor who may not be signed in (the public pages) may do `action`.
    func visitorPermits<A: RecordAction>(_ action: A) async throws -> Bool where A.Facts == Never {
        guard let user = auth.get(User.self), user.isActive else { return false }
        return try await permits(action)
    }

    /// The actions of a record kind the signed-in user may do on the record: what its page offers (eVaka's
    /// permitted actions).
    func permittedActions<A: RecordAction>(on facts: A.Facts?) async throws -> Set<A> {
        let actor = try await principal()
        return Set(A.allCases.filter { $0.decide(by: actor, on: facts) == .allow })
    }

    /// Throws 403 (the role may not) or 404 (outside the user's reach) unless the signed-in user may do `action`.
    func require<A: RecordAction>(_ action: A, on facts: A.Facts?) async throws {
        switch try await decision(action, on: facts) {
        case .allow: return
        case .forbidden: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        }
    }

    func require<A: RecordAction>(_ action: A) async throws where A.Facts == Never {
        try await require(action, on: nil)
    }

    /// The signed-in client's own record, for their own view (`/me`); 403 for anyone who is not a client.
    func ownClient(for action: Action.Me) async throws -> Client {
        try await authorizedClient(ClientID(try await principal().ownClientID ?? UUID()), for: action)
    }

    /// Loads a client whose evaluations the signed-in user may read or write (see `authorizedClient`).
    func authorizedClient(_ id: ClientID, for action: Action.Evaluation) async throws -> Client {
        try await authorizedClient(id) { try await self.require(action, on: EvaluationFacts(client: $0)) }
    }

    /// Loads a client the signed-in user may do `action` on (an action on the client or on one of its records).
    /// A client that does not exist and one outside the user's reach get the same 404, so existence does not leak;
    /// a role that never may gets 403 whatever the client.
    func authorizedClient<A: RecordAction>(_ id: ClientID, for action: A) async throws -> Client where A.Facts == ClientFacts {
        try await authorizedClient(id) { try await self.require(action, on: $0) }
    }

    /// Loads the client `id` after `decide` has passed on its facts. The facts of a client that does not exist
    /// name no municipality, so the decision is the same 404 as outside the reach (or 403 for a role that never
    /// may): every check on a client goes through here, so none can tell a missing client from a hidden one.
    func authorizedClient(_ id: ClientID, deciding decide: (ClientFacts) async throws -> Void) async throws -> Client {
        let client = try await Client.find(id, on: db)
        try await decide(ClientFacts(id: id.rawValue, municipalityCode: client?.municipalityCode ?? ""))
        guard let client else { throw Abort(.notFound) }
        return client
    }
}
