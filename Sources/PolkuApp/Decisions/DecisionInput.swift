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

    /// 422 for malformed fields; the organizer's rules are checked by `DecisionStore` (409).
    func validated(on db: any Database, noted: [FieldProblem] = []) async throws -> Valid {
        var v = Validator(noted: noted)
        let decided = v.date("decidedOn", decidedOn, required: true)
        let starts = v.date("startsOn", startsOn, required: true)
        let ends = v.date("endsOn", endsOn, required: false)
        // An end before the start is one of the rules' findings (409), checked with the others.
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
        if let placeId { place = try await WorkActivityPlace.find(placeId, on: db) }
        if placeId == nil { v.add("placeId", .errorRequired) }
        try v.finish()
        // Days that do not add up to the days a week contradict each other, like an end before the start: 409.
        if !weekdays.isEmpty, weekdays.count != days! {
            throw ValidationFailure([FieldProblem(field: "weekdays", key: .errorWeekdaysCount, values: ["days": "\(days!)"])], status: .conflict)
        }
        // A well-formed id that names no place collides with the registry Polku holds: 409.
        guard let place else { throw ValidationFailure([FieldProblem(field: "placeId", key: .errorUnknownPlace)], status: .conflict) }
        return Valid(decidedOn: decided!, startsOn: starts!, endsOn: ends, place: place, schedule: Schedule(daysPerWeek: days!, minutesPerDay: minutes!),
                     weekdays: weekdays.compactMap { $0 }.sorted { $0.rawValue < $1.rawValue }, appealInstructions: appeal, tasks: tasks!, goals: goals!, travel: travel,
                     lateReason: lateReason, eligibilityConfirmation: confirmation, notification: notification ?? .default)
    }
}

/// Making a decision starts its period and writes its contract, in one transaction, after the
/// schedule and the dates pass the organizer's rules in force on the start (the continuous maximum
/// and the break after it included). A breach is a 409 naming the rule.
enum DecisionStore {
    static func create(_ valid: DecisionInput.Valid, for client: Client, by user: User, on req: Request) async throws -> Decision {
        let clientID = try client.requireID()
        // The organizer serving the client on the decision day decides, by its own rules and with its own texts
        // in force that day (decisions 120, 123).
        let organizer = try await Organizer.of(client, on: valid.decidedOn, db: req.db)
        var book = PolicyBook([])
        if let organizerID = organizer?.id { book = try await PolicyRecord.book(for: organizerID, on: req.db) }
        guard let policy = book.policy(on: valid.startsOn) else {
            throw ValidationFailure([PolicyViolation.noPolicyInForce(on: valid.startsOn).problem], status: .conflict)
        }
        let ends = valid.endsOn ?? policy.usualEnd(of: valid.startsOn)
        let previous = try await Period.query(on: req.db).filter(\.$client.$id == clientID).all().compactMap(\.dateRange)
        let violations = PolicyRules.check(valid.schedule, on: valid.startsOn, book: book)
            + PolicyRules.checkPeriod(startsOn: valid.startsOn, endsOn: ends, previousPeriods: previous, book: book)
        let assessment = try await Assessment.query(on: req.db).filter(\.$client.$id == clientID).sort(\.$assessedOn, .descending).first()
        let hasPlan = try await PlanVersion.query(on: req.db).join(Plan.self, on: \PlanVersion.$plan.$id == \Plan.$id)
            .filter(Plan.self, \.$client.$id == clientID).filter(\.$madeOn <= valid.decidedOn.isoString).first() != nil
        let conflicts = DecisionRules.check(startsOn: valid.startsOn, endsOn: ends, daysPerWeek: valid.schedule.daysPerWeek,
                                            weekdays: valid.weekdays, placeOpenDays: Set(valid.place.weekdays), otherPeriods: previous,
                                            hasPlan: hasPlan, decidedOn: valid.decidedOn, hasLateReason: valid.lateReason != nil,
                                            eligibilityFlags: Set(assessment?.eligibilityFlagCodes ?? []),
                                            hasEligibilityConfirmation: valid.eligibilityConfirmation != nil)
        if !violations.isEmpty || !conflicts.isEmpty {
            throw ValidationFailure(violations.map(\.problem) + conflicts.map { $0.problem(req.texts) }, status: .conflict)
        }
        let language = Language(rawValue: client.language) ?? .fi
        let texts = Texts(language: language)
        let documents = try await OrganizerDocumentStore.texts(of: organizer?.id, on: valid.decidedOn, in: language, db: req.db)
        let today = req.today
        let organizerID = organizer?.id
        // The decision, its period and contract, the queue entry it closes and the audit event commit together.
        return try await req.auditedChange(.decisionCreate) { tx in
            let decision = Decision()
            decision.$client.id = clientID
            decision.$decisionMaker.id = try user.requireID()
            decision.decidedOn = valid.decidedOn.isoString
            decision.startsOn = valid.startsOn.isoString
            decision.endsOn = ends.isoString
            decision.$place.id = try valid.place.requireID()
            decision.daysPerWeek = valid.schedule.daysPerWeek
            decision.minutesPerDay = valid.schedule.minutesPerDay
            decision.weekdays = Weekday.stored(valid.weekdays)
            decision.appealInstructions = valid.appealInstructions ?? documents[.appealInstructions]!
            decision.lateReason = valid.lateReason
            decision.eligibilityConfirmation = valid.eligibilityConfirmation
            // The administrative decision (decisions 200–203): its case number from the organizer's counter in this
            // transaction, how it is notified, the legal basis in force on its day and the maker's title.
            if let organizerID {
                decision.caseNumber = try await CaseNumberStore.next(organizerID: organizerID, year: valid.decidedOn.year, on: tx)
            }
            decision.notification = valid.notification.rawValue
            decision.legalBasis = documents[.legalBasis]
            decision.decisionMakerTitle = user.title.flatMap { $0.isEmpty ? nil : $0 }
            decision.version = 1
            try await decision.create(on: tx)
            let period = Period(clientID: clientID, placeID: try valid.place.requireID(), startsOn: valid.startsOn.isoString,
                                endsOn: ends.isoString)
            period.$decision.id = decision.id
            try await period.create(on: tx)
            let contract = Contract()
            contract.$period.id = try period.requireID()
            contract.$client.id = clientID
            contract.tasks = valid.tasks
            contract.goals = valid.goals
            contract.travel = valid.travel ?? policy.travelRules
            contract.insurance = documents[.insurance]!
            contract.providerInstructions = documents[.providerInstructions]
            contract.confidentiality = texts[.contractConfidentialityDefault]
            contract.compensationCentsPerDay = policy.compensationCentsPerDay
            contract.version = 1
            try await contract.create(on: tx)
            try await QueueStore.place(clientID: clientID, placeID: try valid.place.requireID(), decisionID: try decision.requireID(), on: today, db: tx)
            return (decision, [clientID])
        }
    }
}
