import Fluent
import PolkuDomain
import Vapor

/// One answer on one of the uniform feedback forms about one period: the client's about the place,
/// or the place's about the referral and the process. Client data: read as the client is.
final class FeedbackAnswer: Model, @unchecked Sendable {
    static let schema = "feedback_answers"

    @ID(key: .id) var id: UUID?
    @Enum(key: "form") var form: FeedbackForm
    @Parent(key: "client_id") var client: Client
    @Parent(key: "period_id") var period: Period
    /// The period's place, kept with the answer so results per place need no join.
    @Parent(key: "place_id") var place: WorkActivityPlace
    /// ISO date (YYYY-MM-DD) the answer was first given; the results' time span counts by it.
    @Field(key: "given_on") var givenOn: String
    @Enum(key: "channel") var channel: FeedbackChannel
    /// The ratings as a JSON object from question code to 1–5.
    @Field(key: "ratings") var ratingsJSON: String
    @OptionalField(key: "what_was_good") var whatWasGood: String?
    @OptionalField(key: "what_to_improve") var whatToImprove: String?
    /// Who typed it in: the client, the coach, or the worker who copied a paper form.
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var ratings: [FeedbackQuestion: Int] {
        get { Self.ratings(json: ratingsJSON) }
        set { ratingsJSON = Self.json(newValue) }
    }

    static func ratings(json: String) -> [FeedbackQuestion: Int] {
        let raw = (try? JSONDecoder().decode([String: Int].self, from: Data(json.utf8))) ?? [:]
        return Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in FeedbackQuestion(rawValue: key).map { ($0, value) } })
    }

    static func json(_ ratings: [FeedbackQuestion: Int]) -> String {
        let raw = Dictionary(uniqueKeysWithValues: ratings.map { ($0.key.rawValue, $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(raw)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
