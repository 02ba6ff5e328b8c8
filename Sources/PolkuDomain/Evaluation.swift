import Foundation

// The interim and final evaluation of a period (step 7 of the path): one uniform form, filled by the
// worker, the work coach and the client, so the three views can be read side by side. Seed 003: the
// evaluations matter to the client (realistic feedback, mirroring against the open labour market),
// and "evaluations are lost" is one of the complaints Polku answers. Raw values are stored and sent
// by the API, so a case may be added but never renamed.

public enum EvaluationKind: String, Sendable, Codable, CaseIterable {
    case interim, final
}

/// Whose view an evaluation is. The role decides it: nobody writes another perspective's evaluation.
public enum EvaluationPerspective: String, Sendable, Codable, CaseIterable {
    /// The social worker or social counsellor.
    case worker
    /// The work coach at the place.
    case workCoach
    /// The client's self-evaluation.
    case client

    /// The perspective a role evaluates from; nil for roles that never write evaluations
    /// (employment specialists read them, administrators and managers never open client records).
    public static func of(_ role: Role) -> EvaluationPerspective? {
        switch role {
        case .socialWorker, .socialCounsellor: .worker
        case .workCoach: .workCoach
        case .client: .client
        case .admin, .manager, .employmentSpecialist: nil
        }
    }
}

/// The structured topics of the form, each rated on `TopicRating` with a note.
public enum EvaluationTopic: String, Sendable, Codable, CaseIterable {
    case attendance, workingSkills, cooperation, dailyLife, wellbeing
    /// The mirror against the open labour market the seeds ask for.
    case openLabourMarketReadiness
}

/// The simple scale of the topics; even, so that nobody settles in the middle.
public enum TopicRating {
    /// 1 needs a lot of support, 2 needs some support, 3 manages well, 4 a clear strength.
    public static let levels = 1...4
}

/// Who may write which perspective. Reading is the client's `.read` for everyone; this adds the
/// writers' rules on top of `ClientAccess`.
public enum EvaluationAccess {
    /// What the role must be allowed to do with the client to write its perspective: workers write for
    /// clients they may change, a coach and the client for the clients they may read (the coach's are
    /// the clients placed at their organization, the client's is themself). Nil: the role never writes (403).
    public static func clientAction(for role: Role) -> Action.Client? {
        switch EvaluationPerspective.of(role) {
        case .worker: .update
        case .workCoach, .client: .read
        case nil: nil
        }
    }

    /// The perspectives a role writes: its own, and for workers and coaches also the client's
    /// self-evaluation recorded on the client's behalf (a paper form, or words said in a meeting: most
    /// clients have no account). Whoever recorded it is shown with it.
    public static func perspectives(for role: Role) -> [EvaluationPerspective] {
        switch EvaluationPerspective.of(role) {
        case .worker: [.worker, .client]
        case .workCoach: [.workCoach, .client]
        case .client: [.client]
        case nil: []
        }
    }

    /// A coach evaluates only periods at their own organization's places: a coach who reads the client
    /// through the team, or a period elsewhere, has not seen the client at work.
    public static func mayEvaluate(periodAtProvider providerID: UUID, role: Role, organizationID: UUID?) -> Bool {
        role != .workCoach || providerID == organizationID
    }

    /// The provider whose places' periods alone the actor evaluates: a coach's own; nil for everyone else.
    public static func onlyAtProvider(_ actor: Principal) -> UUID? {
        actor.role == .workCoach ? actor.organizationID : nil
    }
}

/// When each evaluation of a period is asked for. Worked out from the injected clock when read, never stored,
/// with the timings of the organizer's policy in force on the period's first day (decision 114).
///
/// - The interim is due from `interimFromPercent` of the period (its midpoint) until the final falls due; a
///   missing interim is no longer asked for after that, because the final covers the same ground.
/// - The final is due in the period's last `finalWindowDays` days and stays due after the end, until it is
///   recorded, for `finalRemindedDaysAfterEnd` days (the follow-ups take over after that).
/// - Only active periods ask for the interim; active and ended ones for the final. Planned periods are
///   upcoming. An interrupted period (its last day cut to the interruption's) asks for the final from that
///   day: the responsible pair evaluates the situation after an interruption (seed 002, decision 106), unless
///   the worker recorded why no evaluation is made (`excused`, decision 115): then it is no longer asked for.
public struct EvaluationSchedule: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        case done, due, upcoming
        /// Not done, and no longer asked for.
        case lapsed
    }

    public struct Item: Sendable, Equatable {
        public var kind: EvaluationKind
        /// The first day it is due.
        public var dueFrom: LocalDate
        public var state: State
    }

    public var items: [Item]

    public init(startsOn: LocalDate, endsOn: LocalDate, status: PeriodStatus, done: Set<EvaluationKind>, today: LocalDate,
                timings: PolicyTimings, excused: Bool = false) {
        let interimFrom = Self.interimDueFrom(startsOn: startsOn, endsOn: endsOn, timings: timings)
        let finalFrom = status == .interrupted ? endsOn : Self.finalDueFrom(endsOn: endsOn, timings: timings)
        let interim: State
        if done.contains(.interim) { interim = .done }
        else if status == .planned || (status == .active && today < interimFrom) { interim = .upcoming }
        else if status == .active && today < finalFrom { interim = .due }
        else { interim = .lapsed }
        let final: State
        if done.contains(.final) { final = .done }
        else if status == .interrupted && excused { final = .lapsed }
        else if status == .planned || (status == .active && today < finalFrom) { final = .upcoming }
        else if [.active, .ended, .interrupted].contains(status) && today <= Self.lastRemindedDay(endsOn: endsOn, timings: timings) { final = .due }
        else { final = .lapsed }
        items = [Item(kind: .interim, dueFrom: interimFrom, state: interim), Item(kind: .final, dueFrom: finalFrom, state: final)]
    }

    public func item(_ kind: EvaluationKind) -> Item { items.first { $0.kind == kind }! }

    /// The day at `interimFromPercent` of the period, rounded down: at 50, 1.2.–1.4.2026 → 2.3.2026.
    public static func interimDueFrom(startsOn: LocalDate, endsOn: LocalDate, timings: PolicyTimings) -> LocalDate {
        startsOn.adding(days: startsOn.days(until: endsOn) * timings.interimFromPercent / 100)
    }

    /// The first of the period's last `finalWindowDays` days.
    public static func finalDueFrom(endsOn: LocalDate, timings: PolicyTimings) -> LocalDate {
        endsOn.adding(days: -(timings.finalWindowDays - 1))
    }

    /// The last day a missing final evaluation is asked for.
    public static func lastRemindedDay(endsOn: LocalDate, timings: PolicyTimings) -> LocalDate {
        endsOn.adding(days: timings.finalRemindedDaysAfterEnd)
    }
}

/// Scores of one evaluation, for reading the three perspectives side by side and counting them together.
public struct EvaluationScores: Sendable, Equatable {
    /// The Kiresuk–Sherman goal-attainment T-score; nil without goals.
    public var tScore: Double?
    /// The mean attained level (−2…+2); nil without goals.
    public var meanAttainment: Double?
    /// The mean of the rated topics (1…4); nil when none was rated.
    public var meanTopicRating: Double?

    /// `goalWeights`: each goal's weight in the T-score, in the goals' order; nil weighs them equally. The mean
    /// attainment stays unweighted: it says where the goals stand on the scale, the T-score how well it went.
    public init(goalLevels: [Int], goalWeights: [Int]? = nil, topicRatings: [Int]) {
        tScore = GoalAttainment.tScore(achieved: goalLevels, weights: goalWeights)
        meanAttainment = GoalAttainment.score(achieved: goalLevels)
        meanTopicRating = topicRatings.isEmpty || !topicRatings.allSatisfy(TopicRating.levels.contains)
            ? nil : Double(topicRatings.reduce(0, +)) / Double(topicRatings.count)
    }

    /// The mean of each perspective's scores over many evaluations (e.g. every final of a year),
    /// skipping evaluations without one. Perspectives with none are left out.
    public static func meanTScore(by perspective: [(EvaluationPerspective, EvaluationScores)]) -> [EvaluationPerspective: Double] {
        var sums: [EvaluationPerspective: (total: Double, count: Int)] = [:]
        for (who, scores) in perspective {
            guard let t = scores.tScore else { continue }
            sums[who, default: (0, 0)].total += t
            sums[who, default: (0, 0)].count += 1
        }
        return sums.mapValues { $0.total / Double($0.count) }
    }
}
