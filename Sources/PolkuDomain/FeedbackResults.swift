import Foundation

/// One answer as the results see it: the ratings and the free texts, nothing that names anyone.
public struct FeedbackAnswerFacts: Sendable, Equatable {
    public var ratings: [FeedbackQuestion: Int]
    public var whatWasGood: String?
    public var whatToImprove: String?

    public init(ratings: [FeedbackQuestion: Int], whatWasGood: String? = nil, whatToImprove: String? = nil) {
        self.ratings = ratings
        self.whatWasGood = whatWasGood
        self.whatToImprove = whatToImprove
    }
}

/// A question's ratings in a set of answers.
public struct FeedbackQuestionResult: Sendable, Equatable {
    public var question: FeedbackQuestion
    public var count: Int
    public var mean: Double
    /// How many answered 1, 2, 3, 4 and 5, in that order.
    public var distribution: [Int]
}

/// What may be shown of one form's answers about one place in one time span.
public enum FeedbackSummary: Sendable, Equatable {
    /// Fewer answers than the threshold: nothing of them is shown, not even how many there are.
    case tooFew
    /// Texts are sorted, never in the order they were given, so that their order tells nothing of when or by whom.
    case shown(count: Int, questions: [FeedbackQuestionResult], whatWasGood: [String], whatToImprove: [String])
}

/// Results per place are shown only in numbers no single answer can be picked out of.
public enum FeedbackResults {
    /// Fewer answers than this (of a form, about a place, in the span) show nothing but "fewer than 5 answers".
    public static let minimumAnswers = 5

    public static func isShown(answerCount: Int) -> Bool { answerCount >= minimumAnswers }

    public static func summarize(_ form: FeedbackForm, _ answers: [FeedbackAnswerFacts]) -> FeedbackSummary {
        guard isShown(answerCount: answers.count) else { return .tooFew }
        let questions = form.questions.map { question in
            let ratings = answers.compactMap { $0.ratings[question] }.filter { FeedbackQuestion.ratings.contains($0) }
            let distribution = FeedbackQuestion.ratings.map { rating in ratings.filter { $0 == rating }.count }
            let mean = ratings.isEmpty ? 0 : Double(ratings.reduce(0, +)) / Double(ratings.count)
            return FeedbackQuestionResult(question: question, count: ratings.count, mean: mean, distribution: distribution)
        }
        func texts(_ pick: (FeedbackAnswerFacts) -> String?) -> [String] {
            answers.compactMap(pick).filter { !$0.isEmpty }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        return .shown(count: answers.count, questions: questions, whatWasGood: texts(\.whatWasGood), whatToImprove: texts(\.whatToImprove))
    }
}
