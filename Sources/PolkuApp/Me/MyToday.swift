import Fluent
import PolkuDomain
import Vapor

/// What matters to the client today: the first screen of their own page (issue 13, item 7). Whether today is a day
/// of work activity for them, where and for how long, whom to call, and what comes next; then their week and their
/// decisions. Read from the period running or planned (`ClientPathSummary.currentPeriod`) and its decision.
struct MyToday {
    enum Status: Equatable {
        /// The decision names today, or the client comes every working day.
        case workDay
        /// The decision names other weekdays.
        case notWorkDay
        /// A Saturday or a Sunday.
        case dayOff
        /// A public holiday on a weekday: the places are closed.
        case holiday(FinnishHoliday)
        /// Fewer than five days a week and no weekdays named: the days are agreed at the place.
        case someDays(Int)
        /// The period is decided and begins on this day.
        case startsOn(LocalDate)
        /// No period running or planned.
        case noPeriod

        var name: String {
            switch self {
            case .workDay: "workDay"
            case .notWorkDay: "notWorkDay"
            case .dayOff: "dayOff"
            case .holiday: "holiday"
            case .someDays: "someDays"
            case .startsOn: "startsOn"
            case .noPeriod: "noPeriod"
            }
        }
    }

    /// The place as the client needs it: where to go and whom to call.
    struct Place {
        var name: String
        var streetAddress: String
        var postalCode: String
        var town: String
        var opensAt: String
        var closesAt: String
        /// The place's contact person: the coach the client calls (decision 220).
        var contactName: String
        var contactPhone: String
        var contactEmail: String
    }

    /// One weekday from Monday to Friday: whether the decision names it (nil when the days are agreed at the place).
    struct Day {
        var weekday: Weekday
        var isExpected: Bool?
        var isToday: Bool
    }

    /// A decision the client may open as their own copy.
    struct DecisionLink {
        var id: DecisionID
        var range: DateRange
        var placeName: String
    }

    var today: LocalDate
    var status: Status
    var place: Place?
    var minutesPerDay: Int?
    var daysPerWeek: Int?
    /// Monday to Friday; empty without a period.
    var week: [Day]
    var worker: TeamMemberDTO?
    var nextMeeting: MeetingDTO?
    /// The current period's evaluations, for the next one due.
    var evaluations: PeriodEvaluations?
    var periodEnd: LocalDate?
    /// Newest first.
    var decisions: [DecisionLink]
    /// The refusals, changes and endings about the client, newest first.
    var otherDecisions: [ClientSummary.OtherDecision] = []

    /// Today's status from the period and its decision: a pure function of the calendar and the decision's days.
    static func status(on today: LocalDate, period: DateRange?, state: PeriodStatus?, daysPerWeek: Int, weekdays: [Weekday]) -> Status {
        guard let period, let state, state == .active || state == .planned else { return .noPeriod }
        if today < period.start { return .startsOn(period.start) }
        if let holiday = FinnishCalendar.holiday(on: today), !today.weekday.isWeekend { return .holiday(holiday) }
        if !FinnishCalendar.isWorkingDay(today) { return .dayOff }
        switch Attendance.expectation(on: today, period: period, status: state, daysPerWeek: daysPerWeek, weekdays: weekdays) {
        case .expected: return .workDay
        case .someDays: return .someDays(daysPerWeek)
        case .notExpected: return .notWorkDay
        }
    }

    /// Monday to Friday as the decision names them; with no weekdays named, every day for five days a week and
    /// "agreed at the place" (nil) for fewer.
    static func week(on today: LocalDate, daysPerWeek: Int, weekdays: [Weekday]) -> [Day] {
        Weekday.allCases.filter { !$0.isWeekend }.map { day in
            let expected: Bool? = weekdays.isEmpty ? (daysPerWeek >= 5 ? true : nil) : weekdays.contains(day)
            return Day(weekday: day, isExpected: expected, isToday: today.weekday == day)
        }
    }

    static func load(for client: Client, path: ClientPathSummary, today: LocalDate, on db: any Database) async throws -> MyToday {
        let clientID = try client.requireID()
        let period = path.currentPeriod
        var decision: Decision?
        if let decisionID = period?.$decision.id { decision = try await Decision.find(decisionID, on: db) }
        // Today's terms, as change decisions changed them from their days (decision 228), and the list of the
        // client's decisions: one read of their path decisions for both.
        let pathDecisions = try await ClientSummary.OtherDecision.records(of: clientID, on: db)
        let changes = PathDecision.termChanges(in: pathDecisions)
        let terms = decision.map { $0.terms.on(today, changes: $0.id.flatMap { changes[$0] } ?? []) }
        let weekdays = terms?.weekdays ?? []
        // Without a decision (a period recorded by hand), the plan's days.
        let daysPerWeek = terms?.daysPerWeek ?? path.plan?.current?.daysPerWeek ?? 5
        let minutesPerDay = terms?.minutesPerDay ?? path.plan?.current?.minutesPerDay
        var place: Place?
        if let period, let record = try await WorkActivityPlace.find(period.$place.id, on: db) {
            place = Place(name: record.name, streetAddress: record.streetAddress, postalCode: record.postalCode, town: record.town,
                          opensAt: record.opensAt, closesAt: record.closesAt, contactName: record.contactName,
                          contactPhone: record.contactPhone, contactEmail: record.contactEmail)
        }
        let decisions = try await Decision.query(on: db).filter(\.$client.$id == clientID).sort(\.$startsOn, .descending).all()
        let places = try await WorkActivityPlace.query(on: db).filter(\.$id ~~ Array(Set(decisions.map { $0.$place.id }))).all()
        let placeNames = Dictionary(places.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let links = try decisions.compactMap { decision -> DecisionLink? in
            guard let start = LocalDate(isoString: decision.startsOn), let end = LocalDate(isoString: decision.endsOn) else { return nil }
            return DecisionLink(id: try decision.typedID, range: DateRange(start: start, end: end), placeName: placeNames[decision.$place.id] ?? "")
        }
        let others = ClientSummary.OtherDecision.list(pathDecisions)
        let range = period?.dateRange
        return MyToday(today: today,
                       status: status(on: today, period: range, state: period?.state(on: today), daysPerWeek: daysPerWeek, weekdays: weekdays),
                       place: place, minutesPerDay: period == nil ? nil : minutesPerDay, daysPerWeek: period == nil ? nil : daysPerWeek,
                       week: period == nil ? [] : week(on: today, daysPerWeek: daysPerWeek, weekdays: weekdays),
                       worker: path.responsibleWorker, nextMeeting: path.nextMeeting,
                       evaluations: path.evaluations.first { $0.periodID.rawValue == period?.id },
                       periodEnd: range?.end, decisions: links, otherDecisions: others)
    }
}
