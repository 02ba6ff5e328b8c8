import Foundation

// The actions that are not about one client: the places' queues, the coach's week, the places and providers,
// the administration, the audit trail and the statistics. Most are decided by the role alone.

/// Which places' queues one sees, and the place a queue is asked of.
public struct PlaceFacts: Sendable {
    public var providerID: UUID

    public init(providerID: UUID) {
        self.providerID = providerID
    }
}

extension Action.PlaceQueue: RecordAction {
    /// Those who place clients see every place's queue; a work coach their own organization's places' (another
    /// place's is a 404, as a missing one); others none (403).
    public func decide(by actor: Principal, on place: PlaceFacts?) -> AccessDecision {
        switch actor.role {
        case .socialWorker, .socialCounsellor, .employmentSpecialist:
            return self == .list || place != nil ? .allow : .notFound
        case .workCoach:
            if self == .list { return .allow }
            guard let place, let own = actor.organizationID, place.providerID == own else { return .notFound }
            return .allow
        case .admin, .manager, .client:
            return .forbidden
        }
    }

    /// Whose places' queues a list shows: nil for every place, else this provider's (none without one).
    public static func providerScope(of actor: Principal) -> UUID?? {
        actor.role == .workCoach ? .some(actor.organizationID) : .none
    }

    public var action: Action { .placeQueue(self) }
}

extension Action.CoachWeek: RecordAction {
    /// The work coach's week; other roles have no places of their own.
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision {
        actor.role == .workCoach ? .allow : .forbidden
    }

    public var action: Action { .coachWeek(self) }
}

extension Action.Place: RecordAction {
    /// Occupied seats and overbooking are for the staff who place clients and run the service, not the public or
    /// clients; only admins change places.
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision {
        switch self {
        case .readOccupancy: actor.role == .client ? .forbidden : .allow
        case .administer: Admin.only(actor)
        }
    }

    public var action: Action { .place(self) }
}

extension Action.Provider: RecordAction {
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision { Admin.only(actor) }
    public var action: Action { .provider(self) }
}

extension Action.Policy: RecordAction {
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision { Admin.only(actor) }
    public var action: Action { .policy(self) }
}

extension Action.OrganizerDocument: RecordAction {
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision { Admin.only(actor) }
    public var action: Action { .organizerDocument(self) }
}

extension Action.Organization: RecordAction {
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision { Admin.only(actor) }
    public var action: Action { .organization(self) }
}

/// The account an administrator is about to change.
public struct UserFacts: Sendable {
    public var role: Role

    public init(role: Role) {
        self.role = role
    }
}

extension Action.User: RecordAction {
    /// Admins run the accounts; a client's account is made with the client's record and not changed on the
    /// administrator's form (403).
    public func decide(by actor: Principal, on user: UserFacts?) -> AccessDecision {
        guard Admin.only(actor) == .allow else { return .forbidden }
        return user?.role == .client ? .forbidden : .allow
    }

    /// Whether an account of this role is a client's, which the administrator's forms do not change.
    public static func isClientAccount(_ role: Role) -> Bool { role == .client }

    public var action: Action { .user(self) }
}

extension Action.Audit: RecordAction {
    /// Admins search the whole trail (they never see client records, only who did what); those who may read
    /// clients' access logs search the events of the clients within their reach; others never (403).
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision {
        switch self {
        case .searchEverything: return Admin.only(actor)
        case .search:
            if actor.role == .admin { return .allow }
            guard ClientAccess.decide(.readAccessLog, by: actor, on: nil) != .forbidden,
                  case .reach = ClientAccess.listScope(for: actor) else { return .forbidden }
            return .allow
        }
    }

    public var action: Action { .audit(self) }
}

extension Action.Statistics: RecordAction {
    /// Aggregate statistics without identities: managers, admins and social workers.
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision {
        [.manager, .admin, .socialWorker].contains(actor.role) ? .allow : .forbidden
    }

    public var action: Action { .statistics(self) }
}

/// Admins run the service (organizations, users, places, policies, documents, the audit trail) but never see
/// client records (`ClientAccess`).
enum Admin {
    static func only(_ actor: Principal) -> AccessDecision {
        actor.role == .admin ? .allow : .forbidden
    }
}
