import Fluent
import PolkuDomain
import Vapor

/// Saving evaluations: one per period, kind and perspective, of a period of the same client, rating
/// exactly the goals of the client's plan as it stands when the evaluation is first saved.
enum EvaluationStore {
    /// A goal as the form rates it: its text, what each level means, and its weight in the T-score.
    typealias RatedGoal = (text: String, scale: [String], weight: Int)

    /// Who writes: the perspective follows the role; a coach only at their own organization's places.
    struct Evaluator {
        var userID: UUID
        var role: Role
        var organizationID: UUID?
        /// The role's own perspective.
        var perspective: EvaluationPerspective

        /// The perspective asked for, if the role writes it (`EvaluationAccess.perspectives`); 403 otherwise.
        func writing(_ asked: EvaluationPerspective?) throws -> EvaluationPerspective {
            let chosen = asked ?? perspective
            guard EvaluationAccess.perspectives(for: role).contains(chosen) else { throw Abort(.forbidden) }
            return chosen
        }
    }

    static func create(_ draft: EvaluationDraft, clientID: UUID, by evaluator: Evaluator, on req: Request) async throws -> Evaluation {
        let perspective = try evaluator.writing(draft.perspective)
        let period = try await checkedPeriod(draft.periodID, clientID: clientID, evaluator: evaluator, on: req.db)
        try checkDate(draft.evaluatedOn, period: period)
        let same = try await Evaluation.query(on: req.db).filter(\.$period.$id == draft.periodID).filter(\.$kind == draft.kind)
            .filter(\.$perspective == perspective).first()
        if same != nil { throw alreadyRecorded }
        let plan = try await currentPlanGoals(of: clientID, on: req.db)
        try checkGoalCount(draft, expected: plan.goals.count)
        let evaluation = Evaluation()
        evaluation.$client.id = clientID
        evaluation.$period.id = draft.periodID
        evaluation.kind = draft.kind
        evaluation.perspective = perspective
        evaluation.$author.id = evaluator.userID
        evaluation.planID = plan.planID
        evaluation.planVersionNumber = plan.versionNumber
        evaluation.version = 1
        try apply(draft, goals: plan.goals, to: evaluation)
        do {
            // The evaluation and its audit event commit together.
            try await req.auditedChange(.evaluationCreate) { tx in
                try await evaluation.create(on: tx)
                return ((), [clientID])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw alreadyRecorded  // the same perspective saved a moment ago
        }
        return evaluation
    }

    /// Saves only if nobody else saved since `expectedVersion` was read; otherwise 409 and nothing changes.
    /// The goals stay those rated first: the levels change, the goals do not.
    static func update(_ evaluation: Evaluation, with draft: EvaluationDraft, expectedVersion: Int, by evaluator: Evaluator,
                       on req: Request) async throws {
        _ = try evaluator.writing(evaluation.perspective)
        let period = try await checkedPeriod(evaluation.$period.id, clientID: evaluation.$client.id, evaluator: evaluator, on: req.db)
        try checkDate(draft.evaluatedOn, period: period)
        let goals = evaluation.goals
        try checkGoalCount(draft, expected: goals.count)
        try apply(draft, goals: goals.map { (text: $0.text, scale: $0.scale, weight: $0.effectiveWeight) }, to: evaluation)
        let id = try evaluation.requireID(), clientID = evaluation.$client.id
        let fields: [(String, any Encodable & Sendable)] = [
            ("evaluated_on", evaluation.evaluatedOn), ("goals", evaluation.goalsJSON), ("topics", evaluation.topicsJSON),
            ("strengths", evaluation.strengths), ("support_needed", evaluation.supportNeeded), ("went_well", evaluation.wentWell),
            ("to_develop", evaluation.toDevelop), ("next_step", evaluation.nextStep?.rawValue), ("next_step_note", evaluation.nextStepNote),
        ]
        let now = try await req.versionedSave(.evaluationUpdate, table: Evaluation.schema, id: id, expectedVersion: expectedVersion, fields: fields,
                                    clients: [clientID])
        evaluation.version = expectedVersion + 1
        evaluation.updatedAt = now
    }


    /// The client's evaluations, newest period first, then interim before final.
    static func all(of clientID: UUID, on db: any Database) async throws -> [Evaluation] {
        try await Evaluation.query(on: db).filter(\.$client.$id == clientID).sort(\.$evaluatedOn, .descending).all()
    }

    static func all(ofPeriods periodIDs: [UUID], on db: any Database) async throws -> [Evaluation] {
        guard !periodIDs.isEmpty else { return [] }
        return try await Evaluation.query(on: db).filter(\.$period.$id ~~ periodIDs).all()
    }

    /// The goals of the client's newest plan, current version, as the form rates them.
    static func currentPlanGoals(of clientID: UUID, on db: any Database) async throws
        -> (planID: UUID?, versionNumber: Int?, goals: [RatedGoal]) {
        guard let plan = try await Plan.query(on: db).filter(\.$client.$id == clientID).sort(\.$createdAt, .descending).first(),
              let version = try await PlanVersion.query(on: db).filter(\.$plan.$id == plan.requireID())
                  .filter(\.$number == plan.currentNumber).first()
        else { return (nil, nil, []) }
        let goals = version.goals.map { goal in
            (text: goal.text ?? "", scale: PlanGoal.levelFields.map { level in
                [goal.minus2, goal.minus1, goal.zero, goal.plus1, goal.plus2][level.level + 2] ?? "" }, weight: goal.effectiveWeight)
        }
        return (plan.id, version.number, goals)
    }

    // Well formed, but in conflict with what is stored: 409, naming the field.
    private static let alreadyRecorded = ValidationFailure([FieldProblem(field: "kind", key: .errorEvaluationExists)], status: .conflict)

    /// The period, if it is the client's and, for a coach, at one of their organization's places.
    private static func checkedPeriod(_ id: UUID, clientID: UUID, evaluator: Evaluator, on db: any Database) async throws -> Period {
        guard let period = try await Period.query(of: clientID, on: db).filter(\.$id == id).with(\.$place).first() else {
            throw ValidationFailure([FieldProblem(field: "periodId", key: .errorNotThisClients)], status: .conflict)
        }
        guard EvaluationAccess.mayEvaluate(periodAtProvider: period.place.$provider.id, role: evaluator.role,
                                           organizationID: evaluator.organizationID) else {
            throw ValidationFailure([FieldProblem(field: "periodId", key: .errorEvaluationNotYourPlace)], status: .conflict)
        }
        return period
    }

    private static func checkDate(_ date: LocalDate, period: Period) throws {
        if date.isoString < period.startsOn {
            throw ValidationFailure([FieldProblem(field: "evaluatedOn", key: .errorEvaluationBeforePeriod,
                                                  values: ["date": EndingInput.finnish(period.startsOn)])], status: .conflict)
        }
    }

    private static func checkGoalCount(_ draft: EvaluationDraft, expected: Int) throws {
        if draft.goals.count != expected {
            throw ValidationFailure([FieldProblem(field: "goals", key: .errorEvaluationGoals, values: ["count": "\(expected)"])], status: .conflict)
        }
    }

    private static func apply(_ draft: EvaluationDraft, goals: [RatedGoal], to evaluation: Evaluation) throws {
        evaluation.evaluatedOn = draft.evaluatedOn.isoString
        let rated = zip(goals, draft.goals).map { goal, rating in
            EvaluationGoalRating(text: goal.text, scale: goal.scale, level: rating.level, note: rating.note, weight: goal.weight)
        }
        evaluation.goalsJSON = String(decoding: try JSONEncoder().encode(rated), as: UTF8.self)
        evaluation.topicsJSON = String(decoding: try JSONEncoder().encode(draft.topics), as: UTF8.self)
        evaluation.strengths = draft.strengths
        evaluation.supportNeeded = draft.supportNeeded
        evaluation.wentWell = draft.wentWell
        evaluation.toDevelop = draft.toDevelop
        evaluation.nextStep = draft.nextStep
        evaluation.nextStepNote = draft.nextStepNote
    }
}
