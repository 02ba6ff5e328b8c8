import Fluent
import PolkuDomain
import Vapor

/// The decision form as people fill it in: Finnish dates, hours.
struct DecisionForm: Content {
    var decidedOn: String?
    var startsOn: String?
    var endsOn: String?
    var placeId: String?
    var daysPerWeek: String?
    var hoursPerDay: String?
    /// The `weekdays[]` checkboxes: ISO numbers as text.
    var weekdays: [String]?
    var tasks: String?
    var goals: String?
    var travel: String?
    var lateReason: String?
    var eligibilityConfirmation: String?
    /// `post`, `hand` or `electronic`; empty is by post (decision 201).
    var notification: String?

    /// Checked as the API's input, the hours in minutes; a number the form cannot read is noted by the API's name.
    func validated(for client: Client, on req: Request) async throws -> DecisionInput.Valid {
        var numbers = Validator()
        let days = numbers.integer("daysPerWeek", text: daysPerWeek, in: Schedule.daysPerWeekRange)
        let minutes = numbers.minutes("minutesPerDay", hours: hoursPerDay, in: Schedule.minutesPerDayRange)
        // Checkbox values are weekday codes: anything else becomes 0, which no weekday is, and is refused as a choice.
        let input = DecisionInput(decidedOn: decidedOn, startsOn: startsOn, endsOn: endsOn, placeId: placeId.flatMap(UUID.init(uuidString:)),
                                  daysPerWeek: days, minutesPerDay: minutes, weekdays: weekdays?.map { Int($0) ?? 0 },
                                  appealInstructions: nil, tasks: tasks, goals: goals, travel: travel, lateReason: lateReason,
                                  eligibilityConfirmation: eligibilityConfirmation, notification: notification)
        return try await input.validated(for: client, on: req, noted: numbers.problems)
    }
}
