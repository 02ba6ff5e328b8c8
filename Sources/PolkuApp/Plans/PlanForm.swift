import Fluent
import PolkuDomain
import Vapor

/// The plan form as people fill it in: hours rather than minutes, Finnish dates, a checkbox.
struct PlanForm: Content {
    var kind: String?
    var madeOn: String?
    var employmentParticipant: String?
    var clientParticipated: String?
    var goals: [PlanFormGoal]?
    var supportAndGuidance: String?
    var daysPerWeek: String?
    var hoursPerDay: String?
    var nextStepPlan: String?
    var amendmentReason: String?
    var version: Int?

    /// Goal slots on the form; a slot left empty is ignored.
    static let goalSlots = 3

    init() {}

    init(_ version: PlanDTO.Version) {
        madeOn = LocalDate(isoString: version.madeOn).map(FinnishFormat.date)
        employmentParticipant = version.employmentParticipant
        clientParticipated = version.clientParticipated ? "on" : nil
        goals = version.goals.map(PlanFormGoal.init)
        supportAndGuidance = version.supportAndGuidance
        daysPerWeek = "\(version.daysPerWeek)"
        hoursPerDay = PolicyForm.hours(version.minutesPerDay)
        nextStepPlan = version.nextStepPlan
    }

    /// Checked as the API's input, the hours in minutes. A number the form cannot read is left out and noted
    /// under the API's name, so that the page says why next to the field and keeps what was typed.
    func validated(isAmendment: Bool, book: PolicyBook) throws -> PlanInput.Valid {
        var numbers = Validator()
        let days = numbers.integer("daysPerWeek", text: daysPerWeek, in: Schedule.daysPerWeekRange)
        let minutes = numbers.minutes("minutesPerDay", hours: hoursPerDay, in: Schedule.minutesPerDayRange)
        // Numbered as the API numbers them, among the goals written; a weight left empty is the default.
        let written = (goals ?? []).filter { !$0.goal.isEmpty }
        let weighted = written.enumerated().map { index, typed in
            var goal = typed.goal
            goal.weight = numbers.integer("goals[\(index)].weight", text: typed.weight, in: GoalAttainment.weights)
            return goal
        }
        let input = PlanInput(kind: kind, madeOn: madeOn, employmentParticipant: employmentParticipant, clientParticipated: clientParticipated == "on",
                              goals: goals == nil ? nil : weighted, supportAndGuidance: supportAndGuidance, daysPerWeek: days,
                              minutesPerDay: minutes, nextStepPlan: nextStepPlan, amendmentReason: amendmentReason, version: version)
        return try input.validated(isAmendment: isAmendment, book: book, noted: numbers.problems)
    }

    /// The form's name for a field the validation names: `goals[0].text` → `goals[0][text]`, minutes → hours.
    static func formField(_ field: String) -> String {
        if field == "minutesPerDay" { return "hoursPerDay" }
        guard let dot = field.firstIndex(of: "."), field.hasPrefix("goals[") else { return field }
        return String(field[..<dot]) + "[" + field[field.index(after: dot)...] + "]"
    }
}
