import Foundation

// The records of the client path that belong to one client. Reading and reach are the client's (`ClientAccess`:
// `.read` to read, `.update` to write); each kind adds which of the roles that may change a client also write a
// record of this kind. A role that never writes the kind is refused (403) before the client is looked at, so
// that the answer is the same for every client (decision 2).

enum ClientRecordRule {
    /// Social care professionals (seed 003: the social worker or counsellor makes the service needs assessment
    /// and searches places; DESIGN: the counsellor searches places, the decision stays the social worker's).
    static let socialCare: Set<Role> = [.socialWorker, .socialCounsellor]
    /// Those who change clients: the social care professionals and the employment specialists, who plan the
    /// ending and the follow-ups with them (seed 002).
    static let caseWorkers: Set<Role> = [.socialWorker, .socialCounsellor, .employmentSpecialist]

    static func read(_ actor: Principal, _ client: ClientFacts?) -> AccessDecision {
        ClientAccess.decide(.read, by: actor, on: client)
    }

    static func update(_ actor: Principal, _ client: ClientFacts?) -> AccessDecision {
        ClientAccess.decide(.update, by: actor, on: client)
    }

    static func write(_ actor: Principal, _ client: ClientFacts?, by writers: Set<Role>) -> AccessDecision {
        guard writers.contains(actor.role) else { return .forbidden }
        return update(actor, client)
    }
}

extension Action.Assessment: RecordAction {
    /// The service needs assessment is the social care professionals' work; employment specialists read it.
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .write: ClientRecordRule.write(actor, client, by: ClientRecordRule.socialCare)
        }
    }

    public var action: Action { .assessment(self) }
}

extension Action.Plan: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .create, .amend: ClientRecordRule.update(actor, client)
        }
    }

    public var action: Action { .plan(self) }
}

extension Action.Team: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .change: ClientRecordRule.update(actor, client)
        }
    }

    public var action: Action { .team(self) }
}

extension Action.Decision: RecordAction {
    /// Only social workers make decisions (counsellors prepare them; seed 003). The client is looked at first:
    /// a client outside reach is a 404 for everyone who may change clients, as for the client's other records.
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: return ClientRecordRule.read(actor, client)
        case .make:
            let onClient = ClientRecordRule.update(actor, client)
            if actor.role == .socialWorker { return onClient }
            // A counsellor or specialist is refused (403), but a client beyond their reach stays a 404.
            return client != nil && onClient == .notFound ? .notFound : .forbidden
        case .accept, .interrupt, .excuseEvaluation: return ClientRecordRule.update(actor, client)
        }
    }

    public var action: Action { .decision(self) }
}

extension Action.Meeting: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .write: ClientRecordRule.update(actor, client)
        }
    }

    public var action: Action { .meeting(self) }
}

extension Action.Ending: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .write: ClientRecordRule.write(actor, client, by: ClientRecordRule.caseWorkers)
        }
    }

    public var action: Action { .ending(self) }
}

extension Action.FollowUp: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .write: ClientRecordRule.write(actor, client, by: ClientRecordRule.caseWorkers)
        }
    }

    public var action: Action { .followUp(self) }
}

extension Action.QueueEntry: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: return ClientRecordRule.read(actor, client)
        case .write: return ClientRecordRule.write(actor, client, by: ClientRecordRule.socialCare)
        // The place's coaches see everyone queued for the place (they prepare for them); workers the clients
        // within their reach. Which places' queues one sees is `Action.PlaceQueue`.
        case .readInPlaceQueue:
            if actor.role == .workCoach { return .allow }
            return ClientRecordRule.read(actor, client)
        }
    }

    public var action: Action { .queueEntry(self) }
}

extension Action.Visit: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .write: ClientRecordRule.write(actor, client, by: ClientRecordRule.socialCare)
        }
    }

    public var action: Action { .visit(self) }
}

extension Action.ShopStewardNotice: RecordAction {
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        switch self {
        case .read: ClientRecordRule.read(actor, client)
        case .write: ClientRecordRule.write(actor, client, by: ClientRecordRule.socialCare)
        }
    }

    public var action: Action { .shopStewardNotice(self) }
}

extension Action.Matching: RecordAction {
    /// Those who plan and place clients look for places for them (`PlaceMatching.matchers`); work coaches run
    /// one place; managers, admins and clients do not.
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        guard PlaceMatching.matchers.contains(actor.role) else { return .forbidden }
        return ClientRecordRule.read(actor, client)
    }

    public var action: Action { .matching(self) }
}

extension Action.Me: RecordAction {
    /// The client's own view: only a user who is a client, about their own record (`client` is that record).
    public func decide(by actor: Principal, on client: ClientFacts?) -> AccessDecision {
        guard actor.role == .client, actor.ownClientID != nil else { return .forbidden }
        switch self {
        case .read, .askForService: return ClientAccess.decide(.read, by: actor, on: client)
        case .readAccessLog: return ClientAccess.decide(.readAccessLog, by: actor, on: client)
        }
    }

    public var action: Action { .me(self) }
}

/// What the evaluation's decision needs: the client and, when one period is meant, its place's provider.
public struct EvaluationFacts: Sendable {
    public var client: ClientFacts
    public var periodProviderID: UUID?

    public init(client: ClientFacts, periodProviderID: UUID? = nil) {
        self.client = client
        self.periodProviderID = periodProviderID
    }
}

extension Action.Evaluation: RecordAction {
    /// Reading is the client's `.read`. Writing: the roles with a perspective (`EvaluationPerspective.of`);
    /// workers for clients they may change, a coach and the client for the clients they may read, a coach only
    /// about periods at their own organization's places (`EvaluationAccess`).
    public func decide(by actor: Principal, on facts: EvaluationFacts?) -> AccessDecision {
        switch self {
        case .read: return ClientRecordRule.read(actor, facts?.client)
        case .write:
            guard let clientAction = EvaluationAccess.clientAction(for: actor.role) else { return .forbidden }
            let onClient = ClientAccess.decide(clientAction, by: actor, on: facts?.client)
            guard onClient == .allow, let provider = facts?.periodProviderID else { return onClient }
            return EvaluationAccess.mayEvaluate(periodAtProvider: provider, role: actor.role, organizationID: actor.organizationID)
                ? .allow : .forbidden
        }
    }

    public var action: Action { .evaluation(self) }
}
