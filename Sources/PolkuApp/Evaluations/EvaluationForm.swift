import Foundation
import PolkuDomain
import Vapor

/// The form's fields: radio buttons send text, an empty choice means none.
typealias EvaluationForm = EvaluationFields<String>

extension EvaluationForm {
    /// The form filled with a stored evaluation, the date in Finnish.
    init(_ evaluation: Evaluation) {
        periodId = evaluation.$period.id.uuidString
        kind = evaluation.kind.rawValue
        perspective = evaluation.perspective.rawValue
        evaluatedOn = EndingInput.finnish(evaluation.evaluatedOn)
        goals = evaluation.goals.map { GoalLevel(level: "\($0.level)", note: $0.note) }
        topics = Dictionary(evaluation.topics.map { ($0.topic.rawValue, TopicRating(rating: $0.rating.map(String.init), note: $0.note)) },
                            uniquingKeysWith: { a, _ in a })
        strengths = evaluation.strengths
        supportNeeded = evaluation.supportNeeded
        wentWell = evaluation.wentWell
        toDevelop = evaluation.toDevelop
        nextStep = evaluation.nextStep?.rawValue
        nextStepNote = evaluation.nextStepNote
        version = evaluation.version
    }

    /// Checked as the API's input. A level the form cannot read is noted under the API's name, so it is
    /// reported next to its choice rather than taken as not given.
    func validated(fixed: (periodID: UUID, kind: EvaluationKind)? = nil) throws -> EvaluationDraft {
        var numbers = Validator()
        let goals = self.goals?.enumerated().map { index, goal in
            EvaluationInput.GoalLevel(level: numbers.integer("goals[\(index)].level", text: goal.level, in: GoalAttainment.levels), note: goal.note)
        }
        let topics = self.topics.map { topics in
            Dictionary(uniqueKeysWithValues: topics.map { key, topic in
                (key, EvaluationInput.TopicRating(rating: numbers.integer("topics.\(key).rating", text: topic.rating, in: PolkuDomain.TopicRating.levels),
                                                  note: topic.note))
            })
        }
        let input = EvaluationInput(
            periodId: periodId, kind: kind, perspective: (perspective ?? "").isEmpty ? nil : perspective, evaluatedOn: evaluatedOn,
            goals: goals, topics: topics, strengths: strengths, supportNeeded: supportNeeded, wentWell: wentWell, toDevelop: toDevelop,
            nextStep: (nextStep ?? "").isEmpty ? nil : nextStep, nextStepNote: nextStepNote, version: version)
        return try input.validated(fixed: fixed, noted: numbers.problems)
    }

    func level(ofGoal index: Int) -> String { goals.flatMap { index < $0.count ? $0[index].level : nil } ?? "" }
    func note(ofGoal index: Int) -> String { goals.flatMap { index < $0.count ? $0[index].note : nil } ?? "" }
    func topic(_ topic: EvaluationTopic) -> TopicRating? { topics?[topic.rawValue] }
}
