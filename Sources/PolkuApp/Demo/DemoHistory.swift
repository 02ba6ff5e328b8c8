import Foundation
import PolkuDomain

/// Years of one organizer's service, played forward day by day so that every record follows from the ones
/// before it as the app would have made them: a referral is decided, the client assessed, a plan made, the client
/// queued for a place and placed when a seat frees (or withdrawn after waiting too long), periods of three months
/// decided one after another up to the 24-month maximum, an ending with the further path and follow-ups, and
/// now and then a return after the break. What is under way on the last day stays open: referrals received,
/// assessments to come, clients waiting in queues, planned and active periods.
struct DemoHistory {
    let unit: DemoUnit
    let staff: DemoStaffing
    let today: LocalDate
    let from: LocalDate
    let policy: Policy
    var random: SplitMix64
    var ids: SplitMix64
    var out = DemoBulk()
    var people: DemoClientFactory

    /// What the generator keeps of each client between episodes.
    struct ClientState {
        let client: Client
        let area: Int
        var plan: Plan?
        var latest: PlanVersion?
        var responsible: User?
        var hadAccepted = false
        var interests: Set<PlaceTask> = []
    }

    var clients: [ClientState] = []
    /// Day index from `from` → episodes starting then: client index and whether a worker re-refers a former client.
    private var agenda: [[Int]] = []
    private var lanes: DemoSeatLanes
    private let placesByMunicipality: [String: [Int]]
    private let placesByArea: [Int: [Int]]
    private let openDays: [[Weekday]]
    let ownProduction: Set<UUID>
    private var holidays: [Int: Set<LocalDate>] = [:]

    init(unit: DemoUnit, staff: DemoStaffing, today: LocalDate, years: Int, policy: Policy, people: DemoClientFactory, seed: UInt64) {
        self.unit = unit
        self.staff = staff
        self.today = today
        self.from = today.adding(months: -12 * years)
        self.policy = policy
        self.people = people
        random = SplitMix64(seed: seed)
        ids = SplitMix64(seed: seed ^ 0x1D5)
        lanes = DemoSeatLanes(capacities: unit.places.map(\.capacity), from: from)
        placesByMunicipality = Dictionary(grouping: unit.places.indices, by: { unit.places[$0].municipalityCode })
        placesByArea = Dictionary(grouping: unit.places.indices, by: { unit.area(of: unit.places[$0].municipalityCode) })
        openDays = unit.places.map(\.weekdays)
        ownProduction = Set(unit.providers.filter { $0.providerKind == .ownProduction }.compactMap(\.id))
    }

    /// Mean days a client holds a seat, from the run lengths and early endings below, with the week's rounding.
    private static let meanRunDays = 245.0
    /// Of those referred, about this share reach a seat (the rest are returned, belong elsewhere or withdraw).
    private static let placedShare = 0.78

    mutating func run() throws {
        let days = from.days(until: today) + 1
        agenda = Array(repeating: [], count: days)
        let seats = Double(unit.places.map(\.capacity).reduce(0, +))
        // Arrivals that keep the seats nearly full, with a few more than fit so that queues form; three times as many
        // in the first four months, so the service has filled up long before the years the pages look at.
        let perDay = seats * 0.95 / Self.meanRunDays / Self.placedShare
        var pending = 0.0
        for day in 0..<days {
            pending += perDay * (day < 120 ? 3 : 1)
            while pending >= 1 || (pending > 0 && random.chance(pending)) {
                pending -= 1
                agenda[day].append(try newClient())
            }
            for client in agenda[day] { try episode(client, on: from.adding(days: day)) }
            agenda[day] = []
        }
    }

    /// A client seen for the first time, living in one of the organizer's municipalities by population.
    private mutating func newClient() throws -> Int {
        let m = unit.municipalities[random.weightedIndex(unit.municipalities.map(\.weight))]
        let client = try people.make(municipality: m.code, today: today, ids: &ids, random: &random)
        out.clients.append(client)
        var interests: Set<PlaceTask> = []
        for _ in 0..<random.int(in: 1...3) { interests.insert(random.pick(PlaceTask.allCases.filter { $0 != .other })) }
        clients.append(ClientState(client: client, area: m.area, interests: interests))
        return clients.count - 1
    }

    /// A later episode of the same client, unless it would begin after the last day.
    private mutating func schedule(_ client: Int, on day: LocalDate) {
        let index = from.days(until: day)
        if index < agenda.count { agenda[index].append(client) }
    }

    // MARK: - One episode

    private mutating func episode(_ c: Int, on receivedOn: LocalDate) throws {
        let referral = makeReferral(c, receivedOn: receivedOn)
        var decidedOn = receivedOn.adding(days: random.int(in: 2...14))
        if decidedOn > today { return }  // received, not yet decided
        let decider = random.pick(staff.workers(inArea: clients[c].area))
        referral.decidedOn = decidedOn.isoString
        referral.$decidedBy.id = decider.id
        referral.version = 2
        if random.chance(0.07) {
            referral.state = .returned
            referral.decisionNote = random.pick(DemoReferrals.returnReasons)
            // Some come back when what was missing is in order.
            if random.chance(0.25) { schedule(c, on: decidedOn.adding(days: random.int(in: 30...150))) }
            return
        }
        // Some wait in the organizer's queue before being accepted (seed 001: queues before the assessment).
        if random.chance(0.08) {
            let acceptedOn = decidedOn.adding(days: random.int(in: 10...45))
            if acceptedOn > today {
                referral.state = .queued
                referral.decisionNote = random.pick(DemoReferrals.queueNotes)
                return
            }
            decidedOn = acceptedOn
            referral.decidedOn = decidedOn.isoString
            referral.version = 3
        }
        referral.state = .accepted
        clients[c].hadAccepted = true
        if clients[c].responsible == nil { assignTeam(c) }

        let assessedOn = workday(decidedOn.adding(days: random.int(in: 3...25)))
        if assessedOn > today { return }  // accepted, the assessment is under way
        let elsewhere = random.chance(0.08)
        makeAssessment(c, on: assessedOn, elsewhere: elsewhere)
        if elsewhere {
            if random.chance(0.2) { schedule(c, on: assessedOn.adding(days: random.int(in: 120...400))) }
            return
        }
        let madeOn = workday(assessedOn.adding(days: random.int(in: 2...14)))
        if madeOn > today { return }  // assessed, the plan is being made
        makePlanVersion(c, on: madeOn, reason: clients[c].plan == nil ? nil : random.pick(Self.returnAmendments))
        let queuedOn = workday(madeOn.adding(days: random.int(in: 0...5)))
        if queuedOn > today { return }
        try place(c, queuedOn: queuedOn)
    }

    /// The search for a place: the earliest free seat among a few suitable places, or a wait in the queue.
    private mutating func place(_ c: Int, queuedOn: LocalDate) throws {
        let municipality = clients[c].client.municipalityCode
        let local = placesByMunicipality[municipality] ?? []
        let area = placesByArea[clients[c].area] ?? []
        let pool = !local.isEmpty && random.chance(0.7) ? local : area.isEmpty ? Array(unit.places.indices) : area
        var best: (place: Int, lane: Int, day: LocalDate)?
        for _ in 0..<min(3, pool.count) {
            let candidate = random.pick(pool)
            let (lane, free) = lanes.earliest(candidate)
            if best == nil || free < best!.day { best = (candidate, lane, free) }
        }
        guard let best else { return }
        let placeIndex = best.place
        let entry = makeQueueEntry(c, place: placeIndex, on: queuedOn)
        let desired = queuedOn.adding(days: random.int(in: 10...30))
        let start = openDay(max(desired, best.day), place: placeIndex)
        let patience = random.int(in: 40...160)
        let firstDecision = max(queuedOn, start.adding(days: -random.int(in: 7...14)))

        if queuedOn.days(until: start) > patience {
            let gaveUp = queuedOn.adding(days: patience)
            guard gaveUp <= today else { return waiting(c, entry: entry, place: placeIndex) }
            entry.state = .withdrawn
            entry.openKey = nil
            entry.closedOn = gaveUp.isoString
            entry.withdrawalReason = random.pick(DemoPlacement.withdrawals)
            entry.version = 2
            if random.chance(0.4) {
                let outcome: VisitOutcome = random.chance(0.6) ? .notSuitable : .didNotCome
                let visitOn = workday(queuedOn.adding(days: random.int(in: 5...max(5, patience - 5))))
                if visitOn <= gaveUp { makeVisit(c, place: placeIndex, on: visitOn, outcome: outcome) }
            }
            // Some come back later and try again.
            if random.chance(0.3) { schedule(c, on: gaveUp.adding(days: random.int(in: 60...300))) }
            return
        }
        guard firstDecision <= today else { return waiting(c, entry: entry, place: placeIndex) }
        if random.chance(0.75) {
            let visitOn = workday(max(queuedOn, start.adding(days: -random.int(in: 5...12))))
            makeVisit(c, place: placeIndex, on: min(visitOn, firstDecision), outcome: .wentWell)
        }
        let lastDay = try makeRun(c, place: placeIndex, start: start, firstDecision: firstDecision, entry: entry)
        lanes.hold(placeIndex, lane: best.lane, through: lastDay)
    }

    /// Still in the queue on the last day; some have seen the place, some have a visit booked.
    private mutating func waiting(_ c: Int, entry: QueueEntry, place: Int) {
        let queuedOn = LocalDate(isoString: entry.queuedOn)!
        if queuedOn.days(until: today) > 20, random.chance(0.4) {
            let visitOn = workday(queuedOn.adding(days: random.int(in: 5...20)))
            if visitOn <= today { makeVisit(c, place: place, on: visitOn, outcome: .wentWell) }
        } else if random.chance(0.15) {
            makeVisit(c, place: place, on: workday(today.adding(days: random.int(in: 1...10))), outcome: nil)
        }
    }

    // MARK: - A run of periods

    /// Periods in a row at one place, each decided before it begins, ending with an ending unless still under way.
    /// Returns the last day the run holds its seat.
    private mutating func makeRun(_ c: Int, place: Int, start: LocalDate, firstDecision: LocalDate, entry: QueueEntry) throws -> LocalDate {
        let wanted = Self.runLengths[random.weightedIndex(Self.runLengths.map(\.weight))].periods
        let path = DemoEndings.paths[random.weightedIndex(DemoEndings.paths.map(\.weight))]
        var periodStart = start
        var decidedOn = firstDecision
        var lastDay = start
        var made = 0
        makeMeeting(c, on: start, purpose: "Aloituspalaveri työtoimintapaikassa")
        // The run may last to its last allowed day; a period reaching it may be shorter than the minimum (decision 113).
        let lastAllowed = policy.lastAllowedDay(ofRunStartingOn: start)
        for index in 0..<wanted {
            // A continuation begins on the Monday after the usual end and the period before it ends on the Sunday
            // before, so that one client never holds two seats in one week (a seat is counted per period and week,
            // decision 58) and no period is shorter than the minimum. The last period runs its usual three months.
            let usualEnd = policy.usualEnd(of: periodStart)
            let nextStart = DemoSeatLanes.mondayAfter(usualEnd)
            let isLast = index == wanted - 1 || nextStart > lastAllowed
            let plannedEnd = min(lastAllowed, isLast ? usualEnd : nextStart.adding(days: -1))
            if index > 0 {
                decidedOn = periodStart.adding(days: -random.int(in: 5...20))
                guard decidedOn <= today else { break }  // the continuation is not decided yet
                if random.chance(0.3) { makePlanVersion(c, on: decidedOn, reason: random.pick(Self.continuationAmendments)) }
            }
            var end = plannedEnd
            if isLast, path.early {
                let early = max(periodStart.adding(days: 14), plannedEnd.adding(days: -random.int(in: 10...40)))
                if early < today { end = early }
            }
            let status: PeriodStatus = periodStart > today ? .planned : end >= today ? .active : isLast ? .ended : .active
            let (period, decision) = makePeriod(c, place: place, start: periodStart, plannedEnd: plannedEnd, end: end,
                                                status: status, decidedOn: decidedOn)
            if index == 0 {
                entry.state = .placed
                entry.openKey = nil
                entry.closedOn = decidedOn.isoString
                entry.$decision.id = decision.id
                entry.version = 2
            }
            lastDay = end
            made += 1
            if status == .ended {
                makeEnding(c, period: period, endedOn: end, path: path)
                if path.reason != .movedAway, random.chance(0.2) {
                    // A return after the break the rules require (decision 24 months / 3 months).
                    let earliest = policy.firstDayAfterBreak(followingRunEndingOn: end)
                    schedule(c, on: earliest.adding(days: random.int(in: 0...270)))
                }
                return end
            }
            if isLast { break }
            periodStart = nextStart
        }
        // Under way: the seat is held until the run's intended last day.
        var intended = lastDay
        for _ in made..<wanted where intended < lastAllowed {
            intended = min(lastAllowed, policy.usualEnd(of: DemoSeatLanes.mondayAfter(intended)))
        }
        if random.chance(0.35) {
            makeMeeting(c, on: workday(today.adding(days: random.int(in: 1...21))), purpose: random.pick(Self.meetingPurposes))
        }
        return intended
    }

    /// How many three-month periods a run has: most one to three, some to the 24-month maximum.
    private static let runLengths: [(periods: Int, weight: Int)] = [(1, 30), (2, 25), (3, 15), (4, 12), (5, 6), (6, 5), (7, 3), (8, 4)]

    static let returnAmendments = [
        "Asiakas palaa palveluun tauon jälkeen; tavoitteet päivitetty.",
        "Uusi lähete: suunnitelma päivitetty yhdessä asiakkaan kanssa.",
    ]
    static let continuationAmendments = [
        "Jatkojakso: päiviä lisätty asiakkaan toiveesta.",
        "Väliarvioinnin perusteella tavoitteita tarkennettu.",
        "Jatkopolun suunnitelma tarkennettu työllisyyspalvelujen kanssa.",
    ]
    static let meetingPurposes = ["Väliarviointi ja jatkosuunnitelma", "Jatkojakson suunnittelu", "Loppuarviointi ja jatkopolku"]

    // MARK: - Days

    /// The first working day on or after `day`.
    mutating func workday(_ day: LocalDate) -> LocalDate {
        var d = day
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The first working day on or after `day` on which the place is open.
    private mutating func openDay(_ day: LocalDate, place: Int) -> LocalDate {
        var d = day
        while !isWorkingDay(d) || !openDays[place].contains(d.weekday) { d = d.adding(days: 1) }
        return d
    }

    /// `FinnishCalendar.isWorkingDay` with the year's holidays computed once.
    private mutating func isWorkingDay(_ day: LocalDate) -> Bool {
        guard !day.weekday.isWeekend else { return false }
        if holidays[day.year] == nil { holidays[day.year] = Set(FinnishCalendar.holidays(in: day.year).keys) }
        return !holidays[day.year]!.contains(day)
    }
}
