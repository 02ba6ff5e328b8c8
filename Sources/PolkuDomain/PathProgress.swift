import Foundation

/// Everything recorded of one client's path, every round of it, with the days. The app fills it from its
/// tables; `PathProgress` splits it into rounds and says where the client is on the newest one.
public struct PathHistory: Sendable, Equatable {
    public struct Referral: Sendable, Equatable {
        public var receivedOn: LocalDate
        /// When it was stored: orders it against an ending recorded on the same day.
        public var recordedAt: Date
        public var state: ReferralState
        /// The day of the latest decision on it (accepted, returned or queued).
        public var decidedOn: LocalDate?

        public init(receivedOn: LocalDate, recordedAt: Date, state: ReferralState, decidedOn: LocalDate? = nil) {
            self.receivedOn = receivedOn
            self.recordedAt = recordedAt
            self.state = state
            self.decidedOn = decidedOn
        }
    }

    public struct Visit: Sendable, Equatable {
        public var on: LocalDate
        public var outcome: VisitOutcome?

        public init(on: LocalDate, outcome: VisitOutcome?) {
            self.on = on
            self.outcome = outcome
        }
    }

    public struct Decision: Sendable, Equatable {
        public var decidedOn: LocalDate
        public var recordedAt: Date

        public init(decidedOn: LocalDate, recordedAt: Date) {
            self.decidedOn = decidedOn
            self.recordedAt = recordedAt
        }
    }

    public struct Period: Sendable, Equatable {
        public var startsOn: LocalDate
        public var endsOn: LocalDate
        /// On the day asked (decision 101).
        public var status: PeriodStatus
        /// The day of the decision that started it; nil for a period without one (migrated data).
        public var decidedOn: LocalDate?

        public init(startsOn: LocalDate, endsOn: LocalDate, status: PeriodStatus, decidedOn: LocalDate? = nil) {
            self.startsOn = startsOn
            self.endsOn = endsOn
            self.status = status
            self.decidedOn = decidedOn
        }
    }

    public struct Ending: Sendable, Equatable {
        public var endedOn: LocalDate
        public var recordedAt: Date
        public var followUpsDoneOn: [LocalDate]

        public init(endedOn: LocalDate, recordedAt: Date, followUpsDoneOn: [LocalDate] = []) {
            self.endedOn = endedOn
            self.recordedAt = recordedAt
            self.followUpsDoneOn = followUpsDoneOn
        }
    }

    public var referrals: [Referral]
    public var assessments: [LocalDate]
    /// The days the versions of the client's plans were made: an amendment on a new round renews the plan.
    public var planVersions: [LocalDate]
    public var visits: [Visit]
    public var decisions: [Decision]
    public var periods: [Period]
    public var endings: [Ending]

    public init(referrals: [Referral] = [], assessments: [LocalDate] = [], planVersions: [LocalDate] = [], visits: [Visit] = [],
                decisions: [Decision] = [], periods: [Period] = [], endings: [Ending] = []) {
        self.referrals = referrals
        self.assessments = assessments
        self.planVersions = planVersions
        self.visits = visits
        self.decisions = decisions
        self.periods = periods
        self.endings = endings
    }
}

/// Where the client is on their path, step by step with the days the steps were done (decisions 127, 128).
///
/// A round of the path runs from a referral to the follow-ups of its ending. A referral or a decision after
/// an ending opens a new round: the client is then at that round's steps, not at the old follow-ups, which
/// stay as an earlier round. "After" is by day; on the ending's own day, by which was recorded first.
public struct PathProgress: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// Done on the day given; nil where the step has no day of its own (a place found).
        case done(on: LocalDate?)
        /// Passed without a record in this round (visits are optional in some areas; migrated data).
        case notRecorded
        case current
        case ahead
    }

    public struct Step: Sendable, Equatable {
        public var step: PathStep
        public var state: State
    }

    public struct EarlierRound: Sendable, Equatable {
        public var number: Int
        public var startedOn: LocalDate?
        public var endedOn: LocalDate

        public init(number: Int, startedOn: LocalDate?, endedOn: LocalDate) {
            self.number = number
            self.startedOn = startedOn
            self.endedOn = endedOn
        }
    }

    public var facts: PathFacts
    public var current: PathStep
    public var isComplete: Bool
    public var steps: [Step]
    /// 1 for the first round.
    public var round: Int
    /// The day the round's first referral (or decision) came; nil without one.
    public var startedOn: LocalDate?
    public var earlierRounds: [EarlierRound]

    public init(_ history: PathHistory, today: LocalDate) {
        let rounds = Self.rounds(history)
        let this = rounds.last!
        var facts = PathFacts()
        var doneOn: [PathStep: LocalDate] = [:]
        let referrals = this.referrals
        facts.hasReferral = !referrals.isEmpty
        let accepted = referrals.filter { $0.state == .accepted }
        facts.referralAccepted = !accepted.isEmpty
        doneOn[.referral] = accepted.compactMap(\.decidedOn).max()
        let assessments = this.assessments.filter { $0 <= today }
        facts.hasAssessment = !assessments.isEmpty
        doneOn[.assessment] = assessments.max()
        let plans = this.planVersions.filter { $0 <= today }
        facts.hasPlan = !plans.isEmpty
        doneOn[.plan] = plans.min()
        // A decision counts from its day: one written in advance leaves the client at the decision until then.
        let decisions = this.decisions.filter { $0.decidedOn <= today }
        facts.hasDecision = !decisions.isEmpty
        doneOn[.decision] = decisions.map(\.decidedOn).min()
        let periods = this.periods.filter { ($0.decidedOn ?? today) <= today }
        facts.hasActiveOrPlannedPeriod = periods.contains { [.planned, .active].contains($0.status) }
        facts.hasEndedPeriod = periods.contains { [.interrupted, .ended].contains($0.status) }
        if facts.hasEndedPeriod && !facts.hasActiveOrPlannedPeriod { doneOn[.period] = periods.map(\.endsOn).max() }
        // The newest visit tells: held and went well is the step done; not suitable sends the client back to
        // the search; one not yet held, or one the client missed, leaves them at the visit with the place found.
        let visit = this.visits.max { $0.on < $1.on }
        facts.hasVisit = visit.map { $0.outcome == .wentWell && $0.on <= today } ?? false
        if facts.hasVisit { doneOn[.visit] = visit?.on }
        facts.hasPlace = facts.hasDecision || !periods.isEmpty || (visit != nil && visit?.outcome != .notSuitable)
        if let ending = this.endings.last {
            facts.hasEnding = true
            facts.followUpsDone = ending.followUpsDoneOn.count
            doneOn[.ending] = ending.endedOn
            doneOn[.followUp] = ending.followUpsDoneOn.max()
        }
        self.facts = facts
        let current = PathPosition.current(facts), isComplete = PathPosition.isComplete(facts)
        self.current = current
        self.isComplete = isComplete
        let currentIndex = PathStep.allCases.firstIndex(of: current)!
        steps = PathStep.allCases.enumerated().map { index, step in
            let done: Bool
            switch step {
            case .referral: done = facts.hasReferral && facts.referralAccepted
            case .assessment: done = facts.hasAssessment
            case .plan: done = facts.hasPlan
            case .placement: done = facts.hasPlace
            case .visit: done = facts.hasVisit
            case .decision: done = facts.hasDecision
            case .period: done = facts.hasEndedPeriod && !facts.hasActiveOrPlannedPeriod
            case .ending: done = facts.hasEnding
            case .followUp: done = isComplete
            }
            let state: State = step == current && !isComplete ? .current
                : done ? .done(on: doneOn[step])
                : index < currentIndex ? .notRecorded : .ahead
            return Step(step: step, state: state)
        }
        round = rounds.count
        startedOn = this.startedOn
        earlierRounds = rounds.dropLast().enumerated().map { index, round in
            EarlierRound(number: index + 1, startedOn: round.startedOn, endedOn: round.endings.last!.endedOn)
        }
    }

    public func state(of step: PathStep) -> State { steps.first { $0.step == step }!.state }

    /// A point in time as the rounds are split: a day, then the moment it was recorded.
    private struct Mark: Comparable {
        var day: LocalDate
        var recordedAt: Date
        static func < (a: Mark, b: Mark) -> Bool { (a.day, a.recordedAt.timeIntervalSince1970) < (b.day, b.recordedAt.timeIntervalSince1970) }
    }

    private struct Round {
        var startedOn: LocalDate?
        var referrals: [PathHistory.Referral] = []
        var assessments: [LocalDate] = []
        var planVersions: [LocalDate] = []
        var visits: [PathHistory.Visit] = []
        var decisions: [PathHistory.Decision] = []
        var periods: [PathHistory.Period] = []
        var endings: [PathHistory.Ending] = []
    }

    /// The history split into rounds, oldest first; never empty. Each ending closes its round; the first
    /// referral or decision after it opens the next. Records with only a day belong to the round begun by then.
    private static func rounds(_ history: PathHistory) -> [Round] {
        let openers = (history.referrals.map { Mark(day: $0.receivedOn, recordedAt: $0.recordedAt) }
            + history.decisions.map { Mark(day: $0.decidedOn, recordedAt: $0.recordedAt) }).sorted()
        let endings = history.endings.sorted { Mark(day: $0.endedOn, recordedAt: $0.recordedAt) < Mark(day: $1.endedOn, recordedAt: $1.recordedAt) }
        var starts: [Mark] = []
        for ending in endings {
            let end = Mark(day: ending.endedOn, recordedAt: ending.recordedAt)
            if let next = openers.first(where: { $0 > end }), starts.last != next { starts.append(next) }
        }
        func byMark(_ mark: Mark) -> Int { starts.lastIndex { $0 <= mark }.map { $0 + 1 } ?? 0 }
        func byDay(_ day: LocalDate) -> Int { starts.lastIndex { $0.day <= day }.map { $0 + 1 } ?? 0 }
        var rounds = [Round(startedOn: openers.first?.day)] + starts.map { Round(startedOn: $0.day) }
        for r in history.referrals { rounds[byMark(Mark(day: r.receivedOn, recordedAt: r.recordedAt))].referrals.append(r) }
        for d in history.decisions { rounds[byMark(Mark(day: d.decidedOn, recordedAt: d.recordedAt))].decisions.append(d) }
        for e in endings { rounds[byMark(Mark(day: e.endedOn, recordedAt: e.recordedAt))].endings.append(e) }
        for a in history.assessments { rounds[byDay(a)].assessments.append(a) }
        for p in history.planVersions { rounds[byDay(p)].planVersions.append(p) }
        for v in history.visits { rounds[byDay(v.on)].visits.append(v) }
        for p in history.periods { rounds[byDay(p.startsOn)].periods.append(p) }
        return rounds
    }
}
