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
            var actor = Principal(userID: userID, role: role, ownClientID: ownClientID)
            if let orgID, let org = try await Organization.find(orgID, on: db) {
                actor.coveredMunicipalityCodes = org.coveredCodes
                if [.county, .jointAuthority, .area, .municipality].contains(org.kind) {
                    // An organizer's workers reach the municipalities it serves today (decision 120).
                    let organizers = try await Organizer.directory(on: db)
                    actor.coveredMunicipalityCodes = organizers.map.reach(
                        within: org.coveredCodes, organizerID: organizers.organizer(of: orgID, on: day)?.id, on: day)
                }
                if role == .workCoach {
                    actor.placedClientIDs = try await Self.placedClients(providerID: orgID, today: today, on: db)
                }
            }
            if role != .client {
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
        let codes = actor.coveredMunicipalityCodes
        if [.socialWorker, .socialCounsellor, .employmentSpecialist].contains(actor.role), !codes.isEmpty {
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

    /// Throws 403 (the role may not) or 404 (outside the user's reach) unless the signed-in user may
    /// do `action`; for list and create `client` is nil or the client about to be created.
    func authorize(_ action: ClientAction, on client: ClientFacts?) async throws {
        switch ClientAccess.decide(action, by: try await principal(), on: client) {
        case .allow: return
        case .forbidden: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        }
    }

    /// Loads a client the signed-in user may act on. A client that does not exist and one outside
    /// the user's reach get the same 404, so existence does not leak.
    func authorizedClient(_ id: UUID, for action: ClientAction) async throws -> Client {
        let client = try await Client.find(id, on: db)
        try await authorize(action, on: ClientFacts(id: id, municipalityCode: client?.municipalityCode ?? ""))
        guard let client else { throw Abort(.notFound) }
        return client
    }
}
