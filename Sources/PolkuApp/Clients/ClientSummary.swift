import Fluent
import PolkuDomain
import Vapor

/// What a worker needs first on a client's page (issue 13, item 5): where the client is on the path, who is
/// responsible, the period now or next with its place, and what falls due next — by the front page's own rules.
struct ClientSummary {
    struct Responsible {
        var name: String
        var contact: String
    }

    /// A period with its place and state on the day, and the decision that made it (periods recorded before
    /// decisions were kept in Polku have none), for the summary and the decisions' list.
    struct PeriodRow {
        var decisionID: DecisionID?
        var range: DateRange
        var placeName: String
        var status: PeriodStatus
        var daysPerWeek: Int?
        var minutesPerDay: Int?
        var caseNumber: String? = nil
    }

    /// A refusal, a change or an ending (decision 207), listed with the decisions.
    struct OtherDecision {
        var id: PathDecisionID
        var kind: PathDecision.Kind
        var caseNumber: String
        var decidedOn: LocalDate

        /// The client's path decisions, newest first: read once for the list and the terms they change.
        static func records(of clientID: UUID, on db: any Database) async throws -> [PathDecision] {
            try await PathDecision.query(of: clientID, on: db).sort(\.$decidedOn, .descending).sort(\.$caseNumber, .descending).all()
        }

        static func list(_ records: [PathDecision]) -> [OtherDecision] {
            records.compactMap { record in
                    guard let id = record.id, let day = LocalDate(isoString: record.decidedOn) else { return nil }
                    return OtherDecision(id: PathDecisionID(id), kind: record.kind, caseNumber: record.caseNumber, decidedOn: day)
                }
        }
    }

    var progress: PathProgress
    var responsible: Responsible?
    /// Newest first.
    var periods: [PeriodRow]
    var due: [WorkerReminders.Item]
    var today: LocalDate
    /// Newest first.
    var otherDecisions: [OtherDecision] = []

    /// The period running today, else the next one planned.
    var currentOrNext: PeriodRow? {
        periods.first { $0.status == .active } ?? periods.filter { $0.status == .planned }.min { $0.range.start < $1.range.start }
    }

    /// The periods a decision made, for the decisions' list.
    var decisions: [PeriodRow] { periods.filter { $0.decisionID != nil } }

    /// The step's number on the path (1–9).
    var stepNumber: Int { (PathStep.allCases.firstIndex(of: progress.current) ?? 0) + 1 }
}

extension Request {
    func clientSummary(_ client: Client, progress: PathProgress) async throws -> ClientSummary {
        let id = try client.requireID()
        let responsible = try await TeamMember.query(on: db).filter(\.$client.$id == id).filter(\.$isResponsible == true).first()
        let periods = try await Period.query(on: db).filter(\.$client.$id == id).sort(\.$startsOn, .descending).all()
        let decisionIDs = periods.compactMap { $0.$decision.id }
        let decisions = decisionIDs.isEmpty ? [] : try await Decision.query(on: db).filter(\.$id ~~ decisionIDs).all()
        let decisionOf = Dictionary(decisions.compactMap { d in d.id.map { ($0, d) } }, uniquingKeysWith: { a, _ in a })
        let placeIDs = Array(Set(periods.map { $0.$place.id }))
        let places = placeIDs.isEmpty ? [] : try await WorkActivityPlace.query(on: db).filter(\.$id ~~ placeIDs).all()
        let placeName = Dictionary(places.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let today = self.today
        let pathDecisions = try await ClientSummary.OtherDecision.records(of: id, on: db)
        let changes = PathDecision.termChanges(in: pathDecisions)
        let rows = periods.compactMap { period -> ClientSummary.PeriodRow? in
            guard let range = period.dateRange else { return nil }
            let decision = period.$decision.id.flatMap { decisionOf[$0] }
            // The terms in force today, or on the period's nearest day (decision 228).
            let terms = decision.map { $0.terms.on(range.clamp(today), changes: $0.id.flatMap { changes[$0] } ?? []) }
            return .init(decisionID: decision?.id.map { DecisionID($0) }, range: range, placeName: placeName[period.$place.id] ?? "",
                         status: period.state(on: today), daysPerWeek: terms?.daysPerWeek, minutesPerDay: terms?.minutesPerDay,
                         caseNumber: decision?.caseNumber)
        }
        // The front page's rules for the one client, kept like the front page's until the data changes: a worker
        // opens the same client many times between changes.
        let actor = try await principal()
        let key = "client-due|\(id)|\(actor.role.rawValue)|\(actor.organizationID?.uuidString ?? "")|\(today.isoString)"
        let due = try await cached(key) { [db] in
            try await WorkerReminders.load(scope: .reach(municipalities: [], clientIDs: [id]), for: actor, today: today, on: db)
        }
        let others = ClientSummary.OtherDecision.list(pathDecisions)
        return ClientSummary(progress: progress, responsible: responsible.map { .init(name: $0.name, contact: $0.contact) },
                             periods: rows, due: due, today: today, otherDecisions: others)
    }
}
