import Fluent
import PolkuDomain
import Vapor

/// Gathers the facts for a worker's reminders from the clients within their reach, in a fixed
/// number of queries however many clients there are, and asks the domain which reminders are due.
enum WorkerReminders {
    struct Item: Sendable {
        var reminder: Reminder
        var clientName: String
        /// The decision page where the missing shop-steward notice is recorded.
        var decisionID: UUID? = nil
        /// For a period ending without its next step taken: what the client's newest plan says the next step is.
        var plannedNextStep: String? = nil
    }

    /// Whose evaluations are asked for: the user's perspective, and for a work coach their organization,
    /// whose places' periods alone they evaluate.
    struct Evaluator {
        var perspective: EvaluationPerspective
        var onlyAtProvider: UUID?
    }

    /// `decidesReferrals`: social workers and counsellors also see the referrals waiting for a decision.
    /// `evaluator`: the evaluations due from the user's perspective; nil asks for none.
    static func load(scope: ListScope, today: LocalDate, decidesReferrals: Bool, evaluator: Evaluator? = nil,
                     on db: any Database) async throws -> [Item] {
        guard case .reach(let codes, let ids) = scope, !(codes.isEmpty && ids.isEmpty) else { return [] }
        var waiting: [Referral] = []
        if decidesReferrals {
            waiting = try await Referral.query(on: db)
                .join(Client.self, on: \Referral.$client.$id == \Client.$id)
                .clients(inMunicipalities: codes, orAmong: ids)
                .filter(\.$state ~~ [.received, .queued])
                .all()
        }
        // Periods not yet over, and every period of those clients for their continuous runs.
        let current = try await Period.query(on: db)
            .join(Client.self, on: \Period.$client.$id == \Client.$id)
            .clients(inMunicipalities: codes, orAmong: ids)
            .filter(\.$recorded == .open)
            .filter(\.$endsOn >= today.isoString)
            .all()
        // Periods over in the last days of the longest reminder window may still lack their final evaluation; an
        // interrupted or ended one from the day it was cut to (decision 106). Each is then judged by its own timings.
        var recentlyOver: [Period] = []
        if evaluator != nil {
            let longest = try await PolicyBooks.longest(\.finalRemindedDaysAfterEnd, on: db)
            recentlyOver = try await Period.query(on: db)
                .join(Client.self, on: \Period.$client.$id == \Client.$id)
                .clients(inMunicipalities: codes, orAmong: ids)
                .group(.or) { over in
                    over.group(.and) { $0.filter(\.$recorded == .open).filter(\.$endsOn < today.isoString) }
                    over.group(.and) { $0.filter(\.$recorded ~~ [.ended, .interrupted]).filter(\.$endsOn <= today.isoString) }
                }
                .filter(\.$endsOn >= today.adding(days: -longest).isoString)
                .all()
        }
        let evaluated = try await evaluationsDone(of: current + recentlyOver, by: evaluator, on: db)
        // Endings recent enough to have follow-ups to come (a month past the latest point any organizer sets).
        let followUpMonths = try await PolicyBooks.longest(\.secondFollowUpMonths, on: db) + 1
        let recentEndings = try await Ending.query(on: db)
            .join(Client.self, on: \Ending.$client.$id == \Client.$id)
            .clients(inMunicipalities: codes, orAmong: ids)
            .filter(\.$endedOn >= today.adding(months: -followUpMonths).isoString)
            .all()
        let endingIDs = recentEndings.compactMap(\.id)
        let followUps = endingIDs.isEmpty ? [] : try await FollowUp.query(on: db).filter(\.$ending.$id ~~ endingIDs).all()
        let done = Dictionary(grouping: followUps, by: { $0.$ending.id }).mapValues { Set($0.map(\.point)) }
        let clientIDs = Array(Set((current + recentlyOver).map { $0.$client.id } + waiting.map { $0.$client.id }
            + recentEndings.map { $0.$client.id }))
        guard !clientIDs.isEmpty else { return [] }
        let clients = try await Client.query(on: db).filter(\.$id ~~ clientIDs).all()
        let history = Dictionary(grouping: try await Period.query(on: db).filter(\.$client.$id ~~ clientIDs).all(), by: { $0.$client.id })
        let endedOn = Dictionary(grouping: try await Ending.query(on: db).filter(\.$client.$id ~~ clientIDs).all(), by: { $0.$client.id })
            .mapValues { $0.compactMap { LocalDate(isoString: $0.endedOn) } }
        let books = try await PolicyBooks.load(on: db)
        let municipalityOf = Dictionary(clients.compactMap { c in c.id.map { ($0, c.municipalityCode) } }, uniquingKeysWith: { a, _ in a })
        let bookOf = { (client: UUID, day: LocalDate) in municipalityOf[client].flatMap { books.book(for: $0, on: day) } ?? PolicyBook([]) }
        let withoutNotice = try await periodsNeedingNotice(current, on: db)
        let currentClients = Array(Set(current.map { $0.$client.id }))
        let withResponsible = currentClients.isEmpty ? [] : Set(try await TeamMember.query(on: db)
            .filter(\.$client.$id ~~ currentClients).filter(\.$isResponsible == true).all().map { $0.$client.id })
        let decisionOfPeriod = Dictionary(current.compactMap { p in p.id.flatMap { id in p.$decision.id.map { (id, $0) } } }, uniquingKeysWith: { a, _ in a })

        var runs: [ReminderInputs.ContinuousRun] = []
        let inService = Set(current.map { $0.$client.id })
        for client in clients {
            guard let id = client.id, inService.contains(id), let book = books.book(for: client.municipalityCode, on: today) else { continue }
            let ranges = (history[id] ?? []).compactMap(\.dateRange).sorted { $0.start < $1.start }
            if let run = PolicyRules.continuousRun(endingWith: ranges, book: book), let policy = book.policy(on: run.start) {
                runs.append(.init(clientID: id, lastAllowedDay: policy.lastAllowedDay(ofRunStartingOn: run.start)))
            }
        }
        let periods = (current + recentlyOver).compactMap { period -> ReminderInputs.Period? in
            guard let id = period.id, let range = period.dateRange else { return nil }
            let status = period.state(on: today)
            // Evaluations nobody in this perspective writes here count as done, so they are not asked for.
            let done = evaluated[id] ?? [.interim, .final]
            let clientID = period.$client.id
            return .init(id: id, clientID: clientID, startsOn: range.start, endsOn: range.end, status: status,
                         nextStepActedOn: NextStep.actedOn(period: range, otherPeriods: (history[clientID] ?? []).compactMap(\.dateRange),
                                                           endings: endedOn[clientID] ?? []),
                         hasInterimEvaluation: done.contains(.interim), hasFinalEvaluation: done.contains(.final),
                         finalEvaluationExcused: period.noEvaluationReason != nil, needsShopStewardNotice: withoutNotice.contains(id),
                         timings: bookOf(clientID, range.start).timings(on: range.start),
                         lacksResponsibleWorker: status != .ended && status != .interrupted && !withResponsible.contains(clientID))
        }
        let names = Dictionary(clients.compactMap { c in c.id.map { ($0, c.fullName) } }, uniquingKeysWith: { a, _ in a })
        let referrals = waiting.compactMap { referral -> ReminderInputs.WaitingReferral? in
            guard let id = referral.id, let received = LocalDate(isoString: referral.receivedOn) else { return nil }
            return .init(id: id, clientID: referral.$client.id, receivedOn: received, isQueued: referral.state == .queued)
        }
        let ended = recentEndings.compactMap { ending -> ReminderInputs.EndedPeriod? in
            guard let id = ending.id, let endedOn = LocalDate(isoString: ending.endedOn) else { return nil }
            return .init(clientID: ending.$client.id, endedOn: endedOn, followUpsDone: done[id] ?? [],
                         timings: bookOf(ending.$client.id, endedOn).timings(on: endedOn))
        }
        // How far ahead to look is the organizer's practice today (decision 114).
        let timingsToday = Dictionary(clients.compactMap { c in c.id.map { ($0, bookOf($0, today).timings(on: today)) } },
                                      uniquingKeysWith: { a, _ in a })
        let reminders = Reminders.reminders(ReminderInputs(today: today, waitingReferrals: referrals, periods: periods, endedPeriods: ended,
                                                           continuousRuns: runs, timingsToday: timingsToday))
        let nextSteps = try await plannedNextSteps(of: reminders.filter { $0.kind == .periodEndingWithoutNextStep }.map(\.clientID), on: db)
        return reminders.map { reminder in
            let decision = reminder.kind == .shopStewardNoticeMissing ? reminder.subjectID.flatMap { decisionOfPeriod[$0] } : nil
            let step = reminder.kind == .periodEndingWithoutNextStep ? nextSteps[reminder.clientID] : nil
            return Item(reminder: reminder, clientName: names[reminder.clientID] ?? "", decisionID: decision, plannedNextStep: step)
        }
    }
}

extension WorkerReminders {
    /// The reminders `actor` sees for the clients in `scope`: the evaluations of their own perspective, the referrals
    /// if they decide them, and for a work coach nothing of the case work. The front page asks for everyone within
    /// reach; the client page for one client (`ListScope.reach(municipalities: [], clientIDs: [id])`).
    static func load(scope: ListScope, for actor: Principal, today: LocalDate, on db: any Database) async throws -> [Item] {
        let evaluator = EvaluationPerspective.of(actor.role).map {
            Evaluator(perspective: $0, onlyAtProvider: EvaluationAccess.onlyAtProvider(actor))
        }
        let reminders = try await load(scope: scope, today: today, decidesReferrals: Action.Referral.decide.isGranted(to: actor),
                                       evaluator: evaluator, on: db)
        let shown = ReminderKind.shown(to: actor)
        return reminders.filter { shown.contains($0.reminder.kind) }
    }

    /// For each period the evaluator writes, the kinds they have written; periods they do not evaluate are left out.
    private static func evaluationsDone(of periods: [Period], by evaluator: Evaluator?, on db: any Database) async throws
        -> [UUID: Set<EvaluationKind>] {
        guard let evaluator, !periods.isEmpty else { return [:] }
        var evaluable = periods
        if let provider = evaluator.onlyAtProvider {
            let places = Set(try await WorkActivityPlace.query(on: db).filter(\.$provider.$id == provider).all().compactMap(\.id))
            evaluable = periods.filter { places.contains($0.$place.id) }
        }
        let ids = evaluable.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let written = try await Evaluation.query(on: db).filter(\.$period.$id ~~ ids).filter(\.$perspective == evaluator.perspective).all()
        var done = Dictionary(uniqueKeysWithValues: ids.map { ($0, Set<EvaluationKind>()) })
        for evaluation in written { done[evaluation.$period.id]?.insert(evaluation.kind) }
        return done
    }

    /// The next step of each client's newest plan version, in one query; blank ones are left out.
    private static func plannedNextSteps(of clientIDs: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !clientIDs.isEmpty else { return [:] }
        let versions = try await PlanVersion.query(on: db).join(Plan.self, on: \PlanVersion.$plan.$id == \Plan.$id)
            .filter(Plan.self, \.$client.$id ~~ Array(Set(clientIDs))).all()
        var newest: [UUID: PlanVersion] = [:]
        for version in versions {
            let client = try version.joined(Plan.self).$client.id
            if let known = newest[client], (known.madeOn, known.number) >= (version.madeOn, version.number) { continue }
            newest[client] = version
        }
        return newest.compactMapValues { $0.nextStepPlan.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0.nextStepPlan }
    }

    /// Periods at places of the county's own production with no notice to the shop steward, in three queries.
    static func periodsNeedingNotice(_ periods: [Period], on db: any Database) async throws -> Set<UUID> {
        guard !periods.isEmpty else { return [] }
        let places = try await WorkActivityPlace.query(on: db)
            .join(Organization.self, on: \WorkActivityPlace.$provider.$id == \Organization.$id)
            .filter(Organization.self, \.$providerKind == .ownProduction)
            .filter(\.$id ~~ Array(Set(periods.map { $0.$place.id })))
            .all()
        let own = Set(places.compactMap(\.id))
        let candidates = periods.filter { own.contains($0.$place.id) }.compactMap(\.id)
        guard !candidates.isEmpty else { return [] }
        let noticed = Set(try await ShopStewardNoticeRecord.query(on: db).filter(\.$period.$id ~~ candidates).all().map { $0.$period.id })
        return Set(candidates).subtracting(noticed)
    }
}

/// Every organizer's policies, loaded once, found by a client's municipality and a day: the organizer that serves
/// the municipality on that day (decision 120) and its dated policies.
struct PolicyBooks {
    private let directory: Organizer.Directory
    private let books: [UUID: PolicyBook]

    static func load(on db: any Database) async throws -> PolicyBooks {
        let directory = try await Organizer.directory(on: db)
        let policies = Dictionary(grouping: try await PolicyRecord.query(on: db).all(), by: { $0.$organizer.id })
        return PolicyBooks(directory: directory, books: policies.mapValues { PolicyBook($0.map(\.policy)) })
    }

    /// The policies of the organizer serving `municipalityCode` on `day`; nil when none serves it.
    func book(for municipalityCode: String, on day: LocalDate) -> PolicyBook? {
        guard let organizer = directory.serving(municipalityCode, on: day)?.id else { return nil }
        return books[organizer] ?? PolicyBook([])
    }
}
