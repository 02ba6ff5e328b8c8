import Fluent
import PolkuDomain
import Vapor

/// A client's activation plan or multisectoral employment plan. Its content lives in versions:
/// an amendment adds a version and the earlier ones stay as they were.
final class Plan: Model, @unchecked Sendable {
    static let schema = "plans"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Enum(key: "kind") var kind: PlanKind
    /// Number of the newest version.
    @Field(key: "current_number") var currentNumber: Int
    /// Optimistic lock: an amendment names the version of the plan it was written on.
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$plan) var versions: [PlanVersion]

    init() {}

    init(clientID: UUID, kind: PlanKind) {
        self.$client.id = clientID
        self.kind = kind
        self.currentNumber = 1
        self.version = 1
    }
}

/// One version of a plan as it was agreed on a day, with the goals written as goal-attainment scales.
final class PlanVersion: Model, @unchecked Sendable {
    static let schema = "plan_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "plan_id") var plan: Plan
    @Field(key: "number") var number: Int
    @Field(key: "made_on") var madeOn: String
    @Parent(key: "author_id") var author: User
    /// Who took part for the employment authority (name, organization).
    @Field(key: "employment_participant") var employmentParticipant: String
    @Field(key: "client_participated") var clientParticipated: Bool
    /// The goals as JSON (`[PlanGoal]`).
    @Field(key: "goals") var goalsJSON: String
    @Field(key: "support_and_guidance") var supportAndGuidance: String
    @Field(key: "days_per_week") var daysPerWeek: Int
    @Field(key: "minutes_per_day") var minutesPerDay: Int
    /// What comes after this service, planned from the start (seed 002).
    @Field(key: "next_step_plan") var nextStepPlan: String
    @OptionalField(key: "amendment_reason") var amendmentReason: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// Every goal with its weight, the default filled in for goals saved before weights.
    var goals: [PlanGoal] {
        ((try? JSONDecoder().decode([PlanGoal].self, from: Data(goalsJSON.utf8))) ?? []).map { goal in
            var goal = goal
            goal.weight = goal.effectiveWeight
            return goal
        }
    }
}

/// A goal as the API and the form carry it: the text and the five outcome levels by name.
struct PlanGoal: Content, Equatable {
    var text: String?
    var minus2: String?
    var minus1: String?
    var zero: String?
    var plus1: String?
    var plus2: String?
    /// The goal's weight in the T-score (decision 129); nil in goals saved before weights, which weigh 1.
    var weight: Int?

    /// What the goal weighs: its own weight, or the default when it has none.
    var effectiveWeight: Int { weight ?? GoalAttainment.defaultWeight }

    var isEmpty: Bool {
        [text, minus2, minus1, zero, plus1, plus2].allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    var goal: Goal {
        Goal(text: text ?? "", levels: [-2: minus2 ?? "", -1: minus1 ?? "", 0: zero ?? "", 1: plus1 ?? "", 2: plus2 ?? ""])
    }

    static let levelFields: [(level: Int, field: String)] = [(-2, "minus2"), (-1, "minus1"), (0, "zero"), (1, "plus1"), (2, "plus2")]

    /// The text of a level by its field's name.
    func value(of field: String) -> String? {
        switch field {
        case "minus2": minus2
        case "minus1": minus1
        case "zero": zero
        case "plus1": plus1
        case "plus2": plus2
        default: text
        }
    }
}
