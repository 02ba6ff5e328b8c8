import Fluent
import PolkuDomain
import Vapor

/// Every record of a client's path with its day, as the domain splits it into rounds (decision 128). Outside
/// `PathHistory` itself, whose nested record types share the models' names.
enum PathHistoryQuery {
    static func load(clientID id: UUID, periods: [Period], today: LocalDate, on db: any Database) async throws -> PathHistory {
        let day = { (iso: String) in LocalDate(isoString: iso) }
        let decisions = try await Decision.query(on: db).filter(\.$client.$id == id).all()
        let decidedOn = Dictionary(decisions.compactMap { d in d.id.map { ($0, d.decidedOn) } }, uniquingKeysWith: { a, _ in a })
        let endings = try await Ending.query(on: db).filter(\.$client.$id == id).all()
        let followUps = Dictionary(grouping: try await FollowUp.query(on: db).filter(\.$client.$id == id).all(), by: { $0.$ending.id })
        let plans = try await Plan.query(on: db).filter(\.$client.$id == id).all().compactMap(\.id)
        let versions = plans.isEmpty ? [] : try await PlanVersion.query(on: db).filter(\.$plan.$id ~~ plans).all()
        return PathHistory(
            referrals: try await Referral.query(on: db).filter(\.$client.$id == id).all().compactMap { r in
                day(r.receivedOn).map { PathHistory.Referral(receivedOn: $0, recordedAt: r.createdAt ?? .distantPast, state: r.state, decidedOn: r.decidedOn.flatMap(day)) }
            },
            assessments: try await Assessment.query(on: db).filter(\.$client.$id == id).all().compactMap { day($0.assessedOn) },
            planVersions: versions.compactMap { day($0.madeOn) },
            visits: try await FamiliarizationVisit.query(on: db).filter(\.$client.$id == id).all().compactMap { v in
                day(v.visitOn).map { PathHistory.Visit(on: $0, outcome: v.outcome) }
            },
            decisions: decisions.compactMap { d in day(d.decidedOn).map { PathHistory.Decision(decidedOn: $0, recordedAt: d.createdAt ?? .distantPast) } },
            periods: periods.compactMap { p in
                p.dateRange.map { PathHistory.Period(startsOn: $0.start, endsOn: $0.end, status: p.state(on: today),
                                        decidedOn: p.$decision.id.flatMap { decidedOn[$0] }.flatMap(day)) }
            },
            endings: endings.compactMap { e in
                day(e.endedOn).map { PathHistory.Ending(endedOn: $0, recordedAt: e.createdAt ?? .distantPast,
                                           followUpsDoneOn: (followUps[e.id ?? UUID()] ?? []).compactMap { day($0.doneOn) }) }
            })
    }
}

extension Request {
    /// Where the client is on the path today, for the worker's view of the client.
    func pathProgress(of client: Client) async throws -> PathProgress {
        let id = try client.requireID(), today = self.today
        let periods = try await Period.query(on: db).filter(\.$client.$id == id).all()
        return PathProgress(try await PathHistoryQuery.load(clientID: id, periods: periods, today: today, on: db), today: today)
    }
}
