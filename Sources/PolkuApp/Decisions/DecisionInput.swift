import Fluent
import PolkuDomain
import Vapor

/// A decision with its period and contract, as the API sends it (minutes, ISO dates).
struct DecisionInput: Content {
    var decidedOn: String?
    var startsOn: String?
    /// Defaults to the usual period length of the rules in force on the start.
    var endsOn: String?
    var placeId: UUID?
    var daysPerWeek: Int?
    var minutesPerDay: Int?
    /// ISO weekday numbers (1 = Monday), as many as `daysPerWeek`; none when the days are agreed at the place.
    var weekdays: [Int]?
    var appealInstructions: String?
    var tasks: String?
    var goals: String?
    var travel: String?
    /// Required when the decision is dated after the period's first day (decision 109).
    var lateReason: String?
    /// Required when the newest assessment marked an eligibility condition (decision 112).
    var eligibilityConfirmation: String?
    /// How the decision is notified: `post` (the default), `hand` or `electronic` (decision 201).
    var notification: String?

    /// The appeal instructions, the tasks and the goals.
    static let maxTextLength = 4000
    static let maxTravelLength = 2000
    /// The late decision's reason and the eligibility confirmation.
    static let maxReasonLength = 2000

    struct Valid {
        var decidedOn: LocalDate
        var startsOn: LocalDate
        var endsOn: LocalDate?
        var place: WorkActivityPlace
        var schedule: Schedule
        var weekdays: [Weekday]
        var appealInstructions: String?
        var tasks: String
        var goals: String
        var travel: String?
        var lateReason: String?
        var eligibilityConfirmation: String?
        var notification: DecisionNotification = .default
    }

    /// Every problem in one round (issue 13, item 1): the malformed and missing fields, the days that do not add up,
    /// and — for whatever could be read — the organizer's rules and what is stored (`DecisionStore.rules`). 422 when
    /// anything is malformed or missing, else 409 naming each rule broken.
    func validated(for client: Client, on req: Request, noted: [FieldProblem] = []) async throws -> Valid {
        var v = Validator(noted: noted)
        let decided = v.date("decidedOn", decidedOn, required: true)
        let starts = v.date("startsOn", startsOn, required: true)
        let ends = v.date("endsOn", endsOn, required: false)
        let days = v.integer("daysPerWeek", daysPerWeek, in: Schedule.daysPerWeekRange)
        let minutes = v.integer("minutesPerDay", minutesPerDay, in: Schedule.minutesPerDayRange)
        let appeal = v.longText("appealInstructions", appealInstructions, maxLength: Self.maxTextLength, required: false)
        let tasks = v.longText("tasks", tasks, maxLength: Self.maxTextLength, required: true)
        let goals = v.longText("goals", goals, maxLength: Self.maxTextLength, required: true)
        let travel = v.longText("travel", travel, maxLength: Self.maxTravelLength, required: false)
        let lateReason = v.longText("lateReason", lateReason, maxLength: Self.maxReasonLength, required: false)
        let confirmation = v.longText("eligibilityConfirmation", eligibilityConfirmation, maxLength: Self.maxReasonLength, required: false)
        let weekdays = (weekdays ?? []).map { Weekday(rawValue: $0) }
        if weekdays.contains(nil) || Set(weekdays).count != weekdays.count { v.add("weekdays", .errorInvalidChoice) }
        let notification = (notification ?? "").isEmpty ? DecisionNotification.default : v.choice("notification", notification, as: DecisionNotification.self)
        var place: WorkActivityPlace?
        if let placeId { place = try await WorkActivityPlace.find(placeId, on: req.db) }
        if placeId == nil { v.add("placeId", .errorRequired) }
        let malformed = v.problems
        // What contradicts itself or what is stored is a 409 when it comes alone, but comes in the same round.
        var conflicts: [FieldProblem] = []
        if let days, !weekdays.isEmpty, !weekdays.contains(nil), weekdays.count != days {
            conflicts.append(FieldProblem(field: "weekdays", key: .errorWeekdaysCount, values: ["days": "\(days)"]))
        }
        // A well-formed id that names no place collides with the registry Polku holds.
        if placeId != nil, place == nil { conflicts.append(FieldProblem(field: "placeId", key: .errorUnknownPlace)) }
        let validWeekdays = weekdays.compactMap { $0 }.sorted { $0.rawValue < $1.rawValue }
        if let decided, let starts, let place, let days, let minutes {
            let terms = DecisionStore.Terms(decidedOn: decided, startsOn: starts, endsOn: ends, place: place,
                                            schedule: Schedule(daysPerWeek: days, minutesPerDay: minutes), weekdays: validWeekdays,
                                            hasLateReason: lateReason != nil, hasEligibilityConfirmation: confirmation != nil)
            let fields = Set((malformed + conflicts).map(\.field))
            conflicts += try await DecisionStore.rules(terms, for: client, on: req).problems.filter { !fields.contains($0.field) }
        }
        if !malformed.isEmpty || !conflicts.isEmpty {
            throw ValidationFailure(malformed + conflicts, status: malformed.isEmpty ? .conflict : .unprocessableEntity)
        }
        return Valid(decidedOn: decided!, startsOn: starts!, endsOn: ends, place: place!, schedule: Schedule(daysPerWeek: days!, minutesPerDay: minutes!),
                     weekdays: validWeekdays, appealInstructions: appeal, tasks: tasks!, goals: goals!, travel: travel,
                     lateReason: lateReason, eligibilityConfirmation: confirmation, notification: notification ?? .default)
    }
}
