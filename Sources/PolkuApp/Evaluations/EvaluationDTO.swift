import Fluent
import PolkuDomain
import Vapor

/// An evaluation as a page or the API shows it, with its scores.
struct EvaluationDTO: Content {
    struct Scores: Content {
        var tScore: Double?
        var meanAttainment: Double?
        var meanTopicRating: Double?
    }

    var id: EvaluationID
    var clientId: ClientID
    var periodId: PeriodID
    var kind: EvaluationKind
    var perspective: EvaluationPerspective
    var evaluatedOn: String
    var planId: PlanID?
    var planVersionNumber: Int?
    var goals: [EvaluationGoalRating]
    /// By topic, as the API takes them; the topics not assessed are left out.
    var topics: [String: EvaluationInput.TopicRating]
    var strengths: String?
    var supportNeeded: String?
    var wentWell: String?
    var toDevelop: String?
    var nextStep: NextPath?
    var nextStepNote: String?
    var scores: Scores
    var authorId: UserID
    var authorName: String?
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?

    init(_ evaluation: Evaluation, authorName: String?) throws {
        id = try evaluation.typedID
        clientId = evaluation.$client.typedID
        periodId = evaluation.$period.typedID
        kind = evaluation.kind
        perspective = evaluation.perspective
        evaluatedOn = evaluation.evaluatedOn
        planId = evaluation.planID.map(PlanID.init(rawValue:))
        planVersionNumber = evaluation.planVersionNumber
        goals = evaluation.goals.map { var goal = $0; goal.weight = goal.effectiveWeight; return goal }
        let topics = evaluation.topics
        self.topics = Dictionary(topics.map { ($0.topic.rawValue, EvaluationInput.TopicRating(rating: $0.rating, note: $0.note)) },
                                 uniquingKeysWith: { a, _ in a })
        strengths = evaluation.strengths
        supportNeeded = evaluation.supportNeeded
        wentWell = evaluation.wentWell
        toDevelop = evaluation.toDevelop
        nextStep = evaluation.nextStep
        nextStepNote = evaluation.nextStepNote
        let computed = EvaluationScores(goalLevels: goals.map(\.level), goalWeights: goals.map(\.effectiveWeight),
                                        topicRatings: topics.compactMap(\.rating))
        scores = Scores(tScore: computed.tScore.map(Self.rounded), meanAttainment: computed.meanAttainment.map(Self.rounded),
                        meanTopicRating: computed.meanTopicRating.map(Self.rounded))
        authorId = evaluation.$author.typedID
        self.authorName = authorName
        version = evaluation.version
        createdAt = evaluation.createdAt
        updatedAt = evaluation.updatedAt
    }

    var evaluatedDate: String { EndingInput.finnish(evaluatedOn) }

    func topic(_ topic: EvaluationTopic) -> EvaluationInput.TopicRating? { topics[topic.rawValue] }

    /// One decimal is what a reader compares; more would pretend to a precision the scales do not have.
    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

/// A period with its evaluations by kind and perspective and what is due, for the client page, the
/// client's own view and the side-by-side page.
struct PeriodEvaluations {
    struct Slot {
        var kind: EvaluationKind
        var dueFrom: LocalDate
        /// Whether the kind is due, upcoming or past its time, whoever has written it.
        var window: EvaluationSchedule.State
        var byPerspective: [EvaluationPerspective: EvaluationDTO]
    }

    var periodID: PeriodID
    var clientID: ClientID
    /// "place, start–end".
    var label: String
    /// On the day shown.
    var status: PeriodStatus
    var slots: [Slot]
    /// The perspectives the signed-in user writes for this period, their own first; empty for readers.
    var writablePerspectives: [EvaluationPerspective]

    /// The user's own perspective, when they write it for this period.
    var writablePerspective: EvaluationPerspective? { writablePerspectives.first }

    func slot(_ kind: EvaluationKind) -> Slot { slots.first { $0.kind == kind }! }

    /// The viewer's own evaluation of `kind`, if written.
    func own(_ kind: EvaluationKind) -> EvaluationDTO? { writablePerspective.flatMap { slot(kind).byPerspective[$0] } }
}

extension Request {
    /// The client's periods, newest first, with their evaluations, in four queries.
    func periodEvaluations(of client: Client, only periodID: PeriodID? = nil) async throws -> [PeriodEvaluations] {
        let clientID = try client.requireID()
        var query = Period.query(on: db).filter(\.$client.$id == clientID).with(\.$place)
        if let periodID { query = query.filter(\.$id == periodID.rawValue) }
        let periods = try await query.sort(\.$startsOn, .descending).all()
        let evaluations = try await EvaluationStore.all(ofPeriods: periods.compactMap(\.id), on: db)
        let views = try await evaluationViews(evaluations)
        let byPeriod = Dictionary(grouping: views, by: \.periodId)
        let actor = try await principal()
        let perspectives = EvaluationAccess.perspectives(for: actor.role)
        let today = self.today
        // Each period's windows are those of the policy in force on its first day (decision 114).
        let books = try await PolicyBooks.of(clients: [try client.requireID()], on: self)
        return try periods.map { period in
            let id = try period.typedID
            let range = period.dateRange ?? DateRange(start: today, end: today)
            let status = period.state(on: today)
            let schedule = EvaluationSchedule(startsOn: range.start, endsOn: range.end, status: status, done: [], today: today,
                                              timings: books(period.$client.id, range.start).timings(on: range.start), excused: period.noEvaluationReason != nil)
            let mine = byPeriod[id] ?? []
            let writable = Action.Evaluation.write.decide(by: actor, on: EvaluationFacts(client: client.facts, periodProviderID: period.place.$provider.id))
                == .allow
            return PeriodEvaluations(
                periodID: id, clientID: try client.typedID, label: EndingPeriods.label(period), status: status,
                slots: schedule.items.map { item in
                    PeriodEvaluations.Slot(kind: item.kind, dueFrom: item.dueFrom, window: item.state,
                                           byPerspective: Dictionary(mine.filter { $0.kind == item.kind }.map { ($0.perspective, $0) },
                                                                     uniquingKeysWith: { a, _ in a }))
                },
                writablePerspectives: writable ? perspectives : [])
        }
    }

    func evaluationViews(_ evaluations: [Evaluation]) async throws -> [EvaluationDTO] {
        let names = try await UserNames.of(evaluations.map { $0.$author.id }, on: db)
        return try evaluations.map { try EvaluationDTO($0, authorName: names[$0.$author.id]) }
    }

    /// The client and the signed-in user as an evaluator. A role that never evaluates gets 403 before the
    /// client is looked up (decision 2); then the client's rules: workers need `.update`, a coach and the
    /// client `.read` (404 outside reach).
    func clientForEvaluating(_ id: ClientID) async throws -> (Client, EvaluationStore.Evaluator) {
        let actor = try await principal()
        let client = try await authorizedClient(id, for: .evaluation(.write))
        guard let perspective = EvaluationPerspective.of(actor.role) else { throw Abort(.forbidden) }
        return (client, EvaluationStore.Evaluator(userID: actor.userID, role: actor.role, organizationID: actor.organizationID,
                                                  perspective: perspective))
    }
}
