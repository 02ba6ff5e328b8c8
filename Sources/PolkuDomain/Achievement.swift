import Foundation

/// What a client gained during work activity (seed 002): trainings taken during the service with the place's
/// supervisors and the responsible worker — the hygiene passport, the occupational safety card, first aid, the
/// hot work card, a forklift card — and the place's competence certificate (osaamistodistus), which describes
/// the tasks and skills learned in the language of the vocational curricula.
public enum AchievementKind: String, Sendable, Codable, CaseIterable {
    case hygienePassport, occupationalSafetyCard, firstAid, hotWorkCard, forkliftCard, competenceCertificate, otherTraining

    /// The kind alone does not say what was done: the record names it.
    public var needsName: Bool { self == .otherTraining }
    /// The place's certificate is its description of the tasks and skills learned.
    public var needsDescription: Bool { self == .competenceCertificate }
    /// Whether "valid indefinitely" says something: a card or a course is valid for a time or for good, while the
    /// place's certificate describes what was learned and has no validity unless one is given.
    public var hasValidity: Bool { self != .competenceCertificate }
}

/// The rules of one record, apart from who may write it.
public enum AchievementRules {
    /// Gained on a day that has come, valid (when a validity is given) from that day on.
    public static func dateProblems(gainedOn: LocalDate, validUntil: LocalDate?, today: LocalDate) -> [AchievementDateProblem] {
        var problems: [AchievementDateProblem] = []
        if gainedOn > today { problems.append(.gainedInFuture) }
        if let validUntil, validUntil < gainedOn { problems.append(.validBeforeGained) }
        return problems
    }
}

public enum AchievementDateProblem: Sendable, Equatable {
    case gainedInFuture, validBeforeGained
}

/// Which period a record is about, as far as the decision needs to know.
public enum AchievementPeriod: Sendable, Equatable {
    /// Not chosen yet (a list, a button, the client before the form is read): the client decides alone.
    case notChosen
    /// The record names no period.
    case without
    /// A period at a place of this provider.
    case at(provider: UUID)
}

/// What the decision on a client's trainings and certificates needs: the client and the period the record names.
public struct AchievementFacts: Sendable {
    public var client: ClientFacts
    public var period: AchievementPeriod

    public init(client: ClientFacts, period: AchievementPeriod = .notChosen) {
        self.client = client
        self.period = period
    }
}

extension Action.Achievement: RecordAction {
    /// Reading is the client's `.read` (the client reads their own). Writing: the workers who change the client,
    /// with or without a period; a work coach for the clients they read, about a period at their own
    /// organization's place only — they have seen the client learn there (as `EvaluationAccess.mayEvaluate`).
    /// Managers see no individual records.
    public func decide(by actor: Principal, on facts: AchievementFacts?) -> AccessDecision {
        switch self {
        case .read:
            return ClientRecordRule.read(actor, facts?.client)
        case .write:
            if ClientRecordRule.caseWorkers.contains(actor.role) { return ClientRecordRule.update(actor, facts?.client) }
            guard actor.role == .workCoach else { return .forbidden }
            let onClient = ClientRecordRule.read(actor, facts?.client)
            guard onClient == .allow, let period = facts?.period else { return onClient }
            switch period {
            case .notChosen: return .allow
            case .without: return .forbidden
            case .at(let provider): return provider == actor.organizationID ? .allow : .forbidden
            }
        }
    }

    public var action: Action { .achievement(self) }
}
