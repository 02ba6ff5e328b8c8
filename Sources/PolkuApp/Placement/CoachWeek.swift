import Fluent
import SQLKit
import PolkuDomain
import Vapor

/// The work coach's week at their organization's places: who comes, on what schedule, who visits, who waits.
struct CoachWeek {
    struct Day {
        var date: LocalDate
        var holiday: FinnishHoliday?
        var isToday: Bool
    }

    struct Row {
        var clientID: UUID
        var clientName: String
        var identityCode: String
        var phone: String?
        /// The coach may open the client's page (during the period at their place; decision 141).
        var mayOpen: Bool
        var placeName: String
        var period: DateRange
        var daysPerWeek: Int?
        var minutesPerDay: Int?
        /// Monday to Friday.
        var expectations: [Attendance.Expectation]
        var expectedToday: Attendance.Expectation
    }

    struct Visit {
        var date: LocalDate
        var timeOfDay: String
        var clientID: UUID
        var clientName: String
        var identityCode: String
        var phone: String?
        var mayOpen: Bool
        var placeName: String
        var accompaniedBy: String
        var outcome: VisitOutcome?
    }

    var week: ISOWeek
    var today: LocalDate
    var days: [Day]
    var rows: [Row]
    var visits: [Visit]
    var queues: [PlaceQueueDTO]

    /// Every client shown, for the audit trail.
    var clientIDs: [UUID]
}

extension Request {
    /// In a fixed number of queries: places, periods, decisions, visits, queue entries, clients.
    func coachWeek(_ week: ISOWeek) async throws -> CoachWeek {
        let today = self.today
        let places = try await queuePlaces()
        let placeIDs = places.compactMap(\.id)
        let placeNames = Dictionary(places.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let periods = placeIDs.isEmpty ? [] : try await Period.query(on: db).filter(\.$place.$id ~~ placeIDs)
            .filter(\.$recorded == .open).filter(\.$startsOn <= week.sunday.isoString).filter(\.$endsOn >= week.monday.isoString)
            .sort(\.$startsOn).all()
        let decisionIDs = periods.compactMap { $0.$decision.id }
        let decisionByID = try await CoachWeek.schedules(of: decisionIDs, on: db)
        let changesByDecision = try await PathDecision.termChanges(of: decisionIDs, on: db)
        let visits = placeIDs.isEmpty ? [] : try await FamiliarizationVisit.query(on: db).filter(\.$place.$id ~~ placeIDs)
            .filter(\.$visitOn >= week.monday.isoString).filter(\.$visitOn <= week.sunday.isoString).sort(\.$visitOn).sort(\.$timeOfDay).all()
        let waiting = try await QueueStore.waitingCounts(at: placeIDs, on: db)
        let queues = try await placeQueues(placeIDs.filter { (waiting[$0] ?? 0) > 0 })
        let clientIDs = Array(Set(periods.map { $0.$client.id } + visits.map { $0.$client.id }))
        let clients = clientIDs.isEmpty ? [] : try await Client.query(on: db).filter(\.$id ~~ clientIDs).all()
        let byID = Dictionary(clients.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        let crypto = application.fieldCrypto
        func masked(_ client: Client?) -> String {
            client.flatMap { try? ClientDTO.masked(ClientStore.identityCode(of: $0, crypto: crypto)) } ?? ""
        }
        var openable: Set<UUID> = []
        for client in clients where try await permits(.client(.read), on: client.facts) { client.id.map { openable.insert($0) } }
        let workdays = Array(week.days.prefix(5))
        let rows = periods.compactMap { period -> CoachWeek.Row? in
            guard let range = period.dateRange else { return nil }
            // The terms of each day: a change decision changes them from its day (decision 228).
            let decided = period.$decision.id.flatMap { decisionByID[$0] }
            let changes = period.$decision.id.flatMap { changesByDecision[$0] } ?? []
            let terms = { (day: LocalDate) in decided?.on(day, changes: changes) }
            let shown = terms(min(max(today, week.monday), week.sunday))
            let expectation = { (day: LocalDate) in
                Attendance.expectation(on: day, period: range, status: period.state(on: day), daysPerWeek: terms(day)?.daysPerWeek ?? 5,
                                       weekdays: terms(day)?.weekdays ?? [])
            }
            let client = byID[period.$client.id]
            return CoachWeek.Row(
                clientID: period.$client.id, clientName: client?.fullName ?? "", identityCode: masked(client), phone: client?.phone,
                mayOpen: openable.contains(period.$client.id), placeName: placeNames[period.$place.id] ?? "", period: range,
                daysPerWeek: shown?.daysPerWeek, minutesPerDay: shown?.minutesPerDay,
                expectations: workdays.map(expectation), expectedToday: expectation(today))
        }.sorted { ($0.placeName, $0.clientName) < ($1.placeName, $1.clientName) }
        let visitRows = visits.compactMap { visit -> CoachWeek.Visit? in
            guard let day = LocalDate(isoString: visit.visitOn) else { return nil }
            let client = byID[visit.$client.id]
            return CoachWeek.Visit(date: day, timeOfDay: visit.timeOfDay, clientID: visit.$client.id, clientName: client?.fullName ?? "",
                                   identityCode: masked(client), phone: client?.phone, mayOpen: openable.contains(visit.$client.id),
                                   placeName: placeNames[visit.$place.id] ?? "", accompaniedBy: visit.accompaniedBy, outcome: visit.outcome)
        }
        let days = week.days.map { CoachWeek.Day(date: $0, holiday: FinnishCalendar.holiday(on: $0), isToday: $0 == today) }
        return CoachWeek(week: week, today: today, days: days, rows: rows, visits: visitRows, queues: queues,
                         clientIDs: Array(Set(clientIDs + queues.flatMap { $0.items.compactMap(\.clientId?.rawValue) })))
    }
}

extension CoachWeek {
    /// The weekly terms of the decisions, read as plain rows: a decision is a wide record, and building a model of
    /// each by reflection cost more than the rest of the week.
    fileprivate static func schedules(of ids: [UUID], on db: any Database) async throws -> [UUID: PeriodTerms] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().column("id").column("days_per_week").column("minutes_per_day").column("weekdays")
            .from(Decision.schema).where("id", .in, SQLBind.group(ids)).all()
        var schedules: [UUID: PeriodTerms] = [:]
        for row in rows {
            schedules[try row.decode(column: "id", as: UUID.self)] = PeriodTerms(
                daysPerWeek: try row.decode(column: "days_per_week", as: Int.self),
                minutesPerDay: try row.decode(column: "minutes_per_day", as: Int.self),
                weekdays: Weekday.days(stored: try row.decode(column: "weekdays", as: String.self)))
        }
        return schedules
    }
}
