import Foundation
import PolkuDomain
import Vapor

/// An evaluation's fields as the API and the form send them: the API its levels and ratings as numbers
/// (`EvaluationInput`), the form as the text its radio buttons send (`EvaluationForm`, an empty choice means none).
/// Every field is optional here so that a missing one is reported by name (422). The period and kind are fixed once
/// recorded; a change sends the rest and the version read.
struct EvaluationFields<Number: Codable & Sendable>: Content {
    struct GoalLevel: Content {
        var level: Number?
        var note: String?
    }

    struct TopicRating: Content {
        var rating: Number?
        var note: String?
    }

    var periodId: String?
    var kind: String?
    /// Whose view: absent is the writer's own; workers and coaches may record the client's.
    var perspective: String?
    var evaluatedOn: String?
    /// One per goal of the plan, in the plan's order.
    var goals: [GoalLevel]?
    /// By topic, so that none can come twice; a topic left out is not assessed.
    var topics: [String: TopicRating]?
    var strengths: String?
    var supportNeeded: String?
    var wentWell: String?
    var toDevelop: String?
    var nextStep: String?
    var nextStepNote: String?
    var version: Int?
}

/// What the API sends to record or change an evaluation (the form sends `EvaluationForm`).
typealias EvaluationInput = EvaluationFields<Int>

extension EvaluationInput {
    static var maxTextLength: Int { 2000 }
    static var maxNoteLength: Int { 1000 }
    static var maxGoals: Int { PlanInput.maxGoals }
}

/// A validated evaluation, ready to check against what is stored.
struct EvaluationDraft: Sendable {
    var periodID: UUID
    var kind: EvaluationKind
    /// Nil: the writer's own.
    var perspective: EvaluationPerspective?
    var evaluatedOn: LocalDate
    var goals: [(level: Int, note: String?)]
    var topics: [EvaluationTopicRating]
    var strengths: String?
    var supportNeeded: String?
    var wentWell: String?
    var toDevelop: String?
    var nextStep: NextPath?
    var nextStepNote: String?
}

extension EvaluationInput {
    /// Checks every field and reports all problems at once. `fixed` carries the period and kind of a
    /// stored evaluation when changing it (the body's are then ignored).
    func validated(fixed: (periodID: UUID, kind: EvaluationKind)? = nil, noted: [FieldProblem] = []) throws -> EvaluationDraft {
        var v = Validator(noted: noted)
        var periodID = fixed?.periodID
        var kind = fixed?.kind
        if fixed == nil {
            periodID = v.optionalID("periodId", periodId)
            if periodId == nil { v.add("periodId", .errorRequired) }
            kind = v.choice("kind", self.kind, as: EvaluationKind.self)
        }
        var perspective: EvaluationPerspective?
        if fixed == nil, let raw = self.perspective { perspective = v.choice("perspective", raw, as: EvaluationPerspective.self) }
        let evaluatedOn = v.date("evaluatedOn", evaluatedOn, required: true)
        let goals = self.goals ?? []
        if goals.count > Self.maxGoals { v.add("goals", .errorTooMany, ["max": "\(Self.maxGoals)"]) }
        var levels: [(Int, String?)] = []
        for (index, goal) in goals.prefix(Self.maxGoals).enumerated() {
            let level = v.integer("goals[\(index)].level", goal.level, in: GoalAttainment.levels)
            let note = v.note("goals[\(index)].note", goal.note, required: false, maxLength: Self.maxNoteLength)
            levels.append((level ?? 0, note))
        }
        var topics: [EvaluationTopicRating] = []
        for (key, rating) in (self.topics ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let topic = EvaluationTopic(rawValue: key) else { v.add("topics.\(key)", .errorInvalidChoice); continue }
            if let value = rating.rating { _ = v.integer("topics.\(key).rating", value, in: PolkuDomain.TopicRating.levels) }
            let note = v.note("topics.\(key).note", rating.note, required: false, maxLength: Self.maxNoteLength)
            // Neither rated nor noted is not assessed, as the form sends every topic.
            if rating.rating != nil || note != nil { topics.append(EvaluationTopicRating(topic: topic, rating: rating.rating, note: note)) }
        }
        let strengths = v.note("strengths", strengths, required: false, maxLength: Self.maxTextLength)
        let support = v.note("supportNeeded", supportNeeded, required: false, maxLength: Self.maxTextLength)
        let wentWell = v.note("wentWell", wentWell, required: false, maxLength: Self.maxTextLength)
        let toDevelop = v.note("toDevelop", toDevelop, required: false, maxLength: Self.maxTextLength)
        var nextStep: NextPath?
        if let raw = self.nextStep { nextStep = v.choice("nextStep", raw, as: NextPath.self) }
        let nextStepNote = v.note("nextStepNote", nextStepNote, required: false, maxLength: Self.maxTextLength)
        v.version(version, required: fixed != nil)
        try v.finish()
        // The topics in the form's order, whatever order they came in.
        let order = EvaluationTopic.allCases
        topics.sort { order.firstIndex(of: $0.topic)! < order.firstIndex(of: $1.topic)! }
        return EvaluationDraft(periodID: periodID!, kind: kind!, perspective: perspective, evaluatedOn: evaluatedOn!, goals: levels, topics: topics,
                               strengths: strengths, supportNeeded: support, wentWell: wentWell, toDevelop: toDevelop,
                               nextStep: nextStep, nextStepNote: nextStepNote)
    }
}
