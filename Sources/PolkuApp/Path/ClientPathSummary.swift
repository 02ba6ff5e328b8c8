import Fluent
import PolkuDomain
import Vapor

/// What Polku knows of one client's path, for "you are here" and the client's own view.
struct ClientPathSummary {
    var facts: PathFacts
    var plan: PlanView?
    var currentPeriod: Period?
    var placeName: String?
    var responsibleWorker: TeamMemberView?
    var nextMeeting: MeetingView?
    /// The periods' evaluations, with the self-evaluation invited when due; set by the own view.
    var evaluations: [PeriodEvaluations] = []

    var step: PathStep { PathPosition.current(facts) }

    static func load(for client: Client, today: LocalDate, on db: any Database) async throws -> ClientPathSummary {
        let id = try client.requireID()
        let periods = try await Period.query(on: db).filter(\.$client.$id == id).sort(\.$startsOn, .descending).all()
        let current = periods.first { [.planned, .active].contains($0.state(on: today)) }
        let plan = try await Plan.query(on: db).filter(\.$client.$id == id).sort(\.$createdAt, .descending).first()
        let responsible = try await TeamMember.query(on: db).filter(\.$client.$id == id).filter(\.$isResponsible == true).first()
        var placeName: String?
        if let current { placeName = try await WorkActivityPlace.find(current.$place.id, on: db)?.name }
        let referrals = try await Referral.query(on: db).filter(\.$client.$id == id).all()
        var facts = PathFacts()
        facts.hasReferral = !referrals.isEmpty
        facts.referralAccepted = referrals.contains { $0.state == .accepted }
        facts.hasPlan = plan != nil
        facts.hasDecision = try await Decision.query(on: db).filter(\.$client.$id == id).count() > 0
        facts.hasAssessment = try await Assessment.query(on: db).filter(\.$client.$id == id).count() > 0
        let latestEnding = try await Ending.query(on: db).filter(\.$client.$id == id).sort(\.$endedOn, .descending).first()
        facts.hasEnding = latestEnding != nil
        if let latestEnding {
            facts.followUpsDone = try await FollowUp.query(on: db).filter(\.$ending.$id == latestEnding.requireID()).count()
        }
        facts.hasPlace = !periods.isEmpty
        facts.hasActiveOrPlannedPeriod = current != nil
        facts.hasEndedPeriod = periods.contains { [.interrupted, .ended].contains($0.state(on: today)) }
        return ClientPathSummary(facts: facts, plan: try await plan.asyncMap { try await PlanView.load($0, on: db) },
                                 currentPeriod: current, placeName: placeName, responsibleWorker: try responsible.map(TeamMemberView.init),
                                 nextMeeting: try await MeetingView.upcoming(for: id, from: today, on: db).first)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
