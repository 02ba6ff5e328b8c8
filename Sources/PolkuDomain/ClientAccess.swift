import Foundation

public struct ClientFacts: Sendable {
    public var id: UUID
    public var municipalityCode: String

    public init(id: UUID, municipalityCode: String) {
        self.id = id
        self.municipalityCode = municipalityCode
    }
}

public enum AccessDecision: Sendable, Equatable {
    case allow
    /// 403: the role may never do this.
    case forbidden
    /// 404: the record is outside the actor's reach; its existence must not leak.
    case notFound
}

/// Which clients a list query may return: those of some municipalities and some more by id.
/// The app turns this into a database filter.
public enum ListScope: Sendable, Equatable {
    case none
    case reach(municipalities: Set<String>, clientIDs: Set<UUID>)
}

/// Who may do what with client records. The app loads the facts and asks; nothing here touches storage.
public enum ClientAccess {
    /// `client` is nil for `list`, and for `read`/`update`/`readAccessLog` when no such record exists.
    /// For `create`, pass the new client's facts to check the municipality; nil asks only whether
    /// the role may register clients at all (e.g. whether to offer the form).
    public static func decide(_ action: Action.Client, by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch actor.role {
        case .admin, .manager:
            return .forbidden
        case .socialWorker, .socialCounsellor, .employmentSpecialist:
            let covers = { (client: ClientFacts) in
                actor.coveredMunicipalityCodes.contains(client.municipalityCode) || actor.teamClientIDs.contains(client.id)
            }
            switch action {
            case .list:
                return .allow
            // The new record does not exist yet, so there is nothing to hide: refusing is a 403.
            case .create:
                if let client, !covers(client) { return .forbidden }
                return .allow
            case .read, .update, .readAccessLog, .readIdentityCode:
                return reachable(client, if: covers)
            }
        case .workCoach:
            switch action {
            case .list:
                return .allow
            case .read:
                return reachable(client) { actor.placedClientIDs.contains($0.id) || actor.teamClientIDs.contains($0.id) }
            // A coach sees the masked identity code: enough to tell two namesakes apart at the place.
            case .create, .update, .readAccessLog, .readIdentityCode:
                return .forbidden
            }
        case .client:
            switch action {
            case .read, .readAccessLog, .readIdentityCode:
                return reachable(client) { $0.id == actor.ownClientID }
            case .list, .create, .update:
                return .forbidden
            }
        }
    }

    public static func listScope(for actor: Principal) -> ListScope {
        switch actor.role {
        case .admin, .manager, .client: .none
        case .socialWorker, .socialCounsellor, .employmentSpecialist:
            .reach(municipalities: actor.coveredMunicipalityCodes, clientIDs: actor.teamClientIDs)
        case .workCoach: .reach(municipalities: [], clientIDs: actor.placedClientIDs.union(actor.teamClientIDs))
        }
    }

    static func reachable(_ client: ClientFacts?, if condition: (ClientFacts) -> Bool) -> AccessDecision {
        guard let client, condition(client) else { return .notFound }
        return .allow
    }
}

extension Action.Client: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        ClientAccess.decide(self, by: actor, on: client)
    }

    public var action: Action { .client(self) }
}
