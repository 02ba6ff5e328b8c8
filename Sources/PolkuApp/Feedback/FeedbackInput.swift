import Foundation
import PolkuDomain
import Vapor

/// What the form or the API sends to give or change an answer on a feedback form.
struct FeedbackInput: Content {
    /// The period the answer is about; given when the answer is created, fixed after.
    var periodId: String?
    /// Question code → 1…5. The form sends `ratings[welcomed]=4`.
    var ratings: [String: Int]?
    var whatWasGood: String?
    var whatToImprove: String?
    /// The version the editor read; required for changes.
    var version: Int?

    static let maxTextLength = 2000
}

struct FeedbackDraft: Sendable {
    /// Given for a new answer only.
    var periodID: UUID?
    var ratings: [FeedbackQuestion: Int]
    var whatWasGood: String?
    var whatToImprove: String?
}

extension FeedbackInput {
    /// Every question of the form rated 1–5, nothing else; the texts optional. Errors name `ratings.<question>`.
    /// A new answer names its period (`isNew`); a change names the version it read instead.
    func validated(_ form: FeedbackForm, isNew: Bool) throws -> FeedbackDraft {
        var v = Validator()
        var periodID: UUID?
        if isNew {
            periodID = v.optionalID("periodId", periodId)
            if periodId == nil { v.add("periodId", .errorRequired) }
        }
        var ratings: [FeedbackQuestion: Int] = [:]
        let given = self.ratings ?? [:]
        for question in form.questions {
            let field = "ratings.\(question.rawValue)"
            if let value = v.integer(field, given[question.rawValue], in: FeedbackQuestion.ratings) { ratings[question] = value }
        }
        let asked = Set(form.questions.map(\.rawValue))
        for key in given.keys.sorted() where !asked.contains(key) { v.add("ratings.\(key)", .errorInvalidChoice) }
        let good = v.note("whatWasGood", whatWasGood, required: false, maxLength: Self.maxTextLength)
        let improve = v.note("whatToImprove", whatToImprove, required: false, maxLength: Self.maxTextLength)
        v.version(version, required: !isNew)
        try v.finish()
        return FeedbackDraft(periodID: periodID, ratings: ratings, whatWasGood: good, whatToImprove: improve)
    }

    init(_ answer: FeedbackAnswer) {
        periodId = answer.$period.id.uuidString
        ratings = Dictionary(uniqueKeysWithValues: answer.ratings.map { ($0.key.rawValue, $0.value) })
        whatWasGood = answer.whatWasGood
        whatToImprove = answer.whatToImprove
        version = answer.version
    }
}
