import Fluent
import PolkuDomain
import Vapor

/// A plan or an amendment, as the API sends it (minutes, ISO dates). The form sends `PlanForm`.
struct PlanInput: Content {
    var kind: String?
    var madeOn: String?
    var employmentParticipant: String?
    var clientParticipated: Bool?
    var goals: [PlanGoal]?
    var supportAndGuidance: String?
    var daysPerWeek: Int?
    var minutesPerDay: Int?
    var nextStepPlan: String?
    /// Required for an amendment: why the plan changed.
    var amendmentReason: String?
    /// The plan's version when amending.
    var version: Int?

    static let maxGoals = 10
    /// Who took part for the employment authority.
    static let maxParticipantLength = TextRules.maxNameLength
    /// The support and guidance, and the next step.
    static let maxTextLength = 4000
    static let maxAmendmentReasonLength = 2000
    /// A goal's text and each of its five levels.
    static let maxGoalTextLength = 1000

    struct Valid {
        var kind: PlanKind
        var madeOn: LocalDate
        var employmentParticipant: String
        var clientParticipated: Bool
        var goals: [PlanGoal]
        var supportAndGuidance: String
        var schedule: Schedule
        var nextStepPlan: String
        var amendmentReason: String?
    }

    /// Every problem in one round (issue 13, item 1): the fields and the goals (every level of the scale written), and
    /// — when the day and the schedule could be read — the schedule against the organizer's rules in force on the day
    /// the plan is made. 422 when anything is malformed or missing, else 409 naming each rule broken.
    func validated(isAmendment: Bool, book: PolicyBook, noted: [FieldProblem] = []) throws -> Valid {
        var v = Validator(noted: noted)
        let kind = PlanKind(rawValue: kind ?? "")
        if kind == nil && !isAmendment { v.add("kind", (self.kind ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        let madeOn = v.date("madeOn", madeOn, required: true)
        let participant = v.longText("employmentParticipant", employmentParticipant, maxLength: Self.maxParticipantLength, required: false) ?? ""
        let support = v.longText("supportAndGuidance", supportAndGuidance, maxLength: Self.maxTextLength, required: true)
        let nextStep = v.longText("nextStepPlan", nextStepPlan, maxLength: Self.maxTextLength, required: true)
        let reason = v.longText("amendmentReason", amendmentReason, maxLength: Self.maxAmendmentReasonLength, required: isAmendment)
        let goals = self.goals ?? []
        if goals.isEmpty { v.add("goals", .errorGoalRequired) }
        if goals.count > Self.maxGoals { v.add("goals", .errorTooMany, ["max": "\(Self.maxGoals)"]) }
        for (index, goal) in goals.enumerated() {
            if let weight = goal.weight, !GoalAttainment.weights.contains(weight) {
                v.add("goals[\(index)].weight", .errorNumberRange,
                      ["min": "\(GoalAttainment.weights.lowerBound)", "max": "\(GoalAttainment.weights.upperBound)"])
            }
            // Each text of the goal as long as the contract allows, named where it is.
            for (field, text) in [("text", goal.text)] + PlanGoal.levelFields.map({ ($0.field, goal.value(of: $0.field)) })
            where TextRules.length(text ?? "") > Self.maxGoalTextLength {
                v.add("goals[\(index)].\(field)", .errorTooLong, ["max": "\(Self.maxGoalTextLength)"])
            }
            for problem in goal.goal.problems() {
                switch problem {
                case .missingText: v.add("goals[\(index)].text", .errorRequired)
                case .missingLevel(let level):
                    let name = PlanGoal.levelFields.first { $0.level == level }?.field ?? "zero"
                    v.add("goals[\(index)].\(name)", .errorGoalLevel)
                case .levelOutOfRange: break  // the named fields cannot hold another level
                }
            }
        }
        let days = v.integer("daysPerWeek", daysPerWeek, in: Schedule.daysPerWeekRange)
        let minutes = v.integer("minutesPerDay", minutesPerDay, in: Schedule.minutesPerDayRange)
        let malformed = v.problems
        // The organizer's rules in force that day, judged on what could be read. Breaking them is a conflict with
        // what the server holds (409) when it comes alone, like a duplicate, but it comes in the same round.
        var conflicts: [FieldProblem] = []
        if let madeOn, let days, let minutes {
            let marked = Set(malformed.map(\.field))
            // A plan has no start date; the day it is made is what the rules were looked up for.
            conflicts = PolicyRules.check(Schedule(daysPerWeek: days, minutesPerDay: minutes), on: madeOn, book: book).map { violation in
                var problem = violation.problem
                if problem.field == "startsOn" { problem.field = "madeOn" }
                return problem
            }.filter { !marked.contains($0.field) }
        }
        if !malformed.isEmpty || !conflicts.isEmpty {
            throw ValidationFailure(malformed + conflicts, status: malformed.isEmpty ? .conflict : .unprocessableEntity)
        }
        let schedule = Schedule(daysPerWeek: days!, minutesPerDay: minutes!)
        return Valid(kind: kind ?? .activationPlan, madeOn: madeOn!, employmentParticipant: participant,
                     clientParticipated: clientParticipated ?? false,
                     goals: goals.map { var goal = $0; goal.weight = goal.effectiveWeight; return goal }, supportAndGuidance: support!,
                     schedule: schedule, nextStepPlan: nextStep!, amendmentReason: reason)
    }
}

extension Validator {
    mutating func add(_ problem: FieldProblem) {
        add(problem.field, problem.key, problem.values)
    }

    /// Free text of several lines: control characters other than line breaks and tabs are refused.
    mutating func longText(_ field: String, _ value: String?, maxLength: Int, required: Bool) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            if required { add(field, .errorRequired) }
            return nil
        }
        if TextRules.length(value ?? "") > maxLength { add(field, .errorTooLong, ["max": "\(maxLength)"]); return nil }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !"\n\r\t".unicodeScalars.contains($0) }) {
            add(field, .errorInvalidCharacters); return nil
        }
        return trimmed
    }
}
