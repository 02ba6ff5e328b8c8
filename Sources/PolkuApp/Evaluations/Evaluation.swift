import Fluent
import PolkuDomain
import Vapor

/// One perspective's interim or final evaluation of a period, on the uniform form: the plan's goals
/// rated on their goal-attainment scales, the topics on a 1–4 scale, and free text. One per period,
/// kind and perspective.
final class Evaluation: Model, @unchecked Sendable {
    static let schema = "evaluations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "period_id") var period: Period
    @Enum(key: "kind") var kind: EvaluationKind
    @Enum(key: "perspective") var perspective: EvaluationPerspective
    /// ISO date (YYYY-MM-DD).
    @Field(key: "evaluated_on") var evaluatedOn: String
    /// The plan version whose goals were rated, as it was when the evaluation was first saved.
    @OptionalField(key: "plan_id") var planID: UUID?
    @OptionalField(key: "plan_version_number") var planVersionNumber: Int?
    /// JSON `[EvaluationGoalRating]`: each goal's text and scale copied with the level reached, so the
    /// evaluation reads the same after the plan is amended.
    @Field(key: "goals") var goalsJSON: String
    /// JSON `[EvaluationTopicRating]`.
    @Field(key: "topics") var topicsJSON: String
    @OptionalField(key: "strengths") var strengths: String?
    @OptionalField(key: "support_needed") var supportNeeded: String?
    @OptionalField(key: "went_well") var wentWell: String?
    @OptionalField(key: "to_develop") var toDevelop: String?
    /// The recommended next step, in the ending's further-path codes so outcomes can be counted together.
    @OptionalEnum(key: "next_step") var nextStep: NextPath?
    @OptionalField(key: "next_step_note") var nextStepNote: String?
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var goals: [EvaluationGoalRating] {
        (try? JSONDecoder().decode([EvaluationGoalRating].self, from: Data(goalsJSON.utf8))) ?? []
    }

    var topics: [EvaluationTopicRating] {
        (try? JSONDecoder().decode([EvaluationTopicRating].self, from: Data(topicsJSON.utf8))) ?? []
    }
}

/// A goal of the plan as rated: the goal and its expected outcome as written at planning, the level reached.
struct EvaluationGoalRating: Content, Equatable {
    var text: String
    /// What each level (−2…+2) meant, in order from −2.
    var scale: [String]
    var level: Int
    var note: String?
    /// The goal's weight in the plan when it was rated, kept with it like the text (decision 130); nil in
    /// evaluations saved before weights, which weigh every goal 1.
    var weight: Int?

    var effectiveWeight: Int { weight ?? GoalAttainment.defaultWeight }
}

/// A topic as rated; a nil rating is "not assessed".
struct EvaluationTopicRating: Content, Equatable {
    var topic: EvaluationTopic
    var rating: Int?
    var note: String?
}
