import Fluent
import PolkuDomain
import Vapor

/// What Polku knows of one client's path, for "you are here" and the client's own view.
struct ClientPathSummary {
    /// The steps of the client's newest round with their days, and the rounds before it (decisions 127, 128).
    var progress: PathProgress
    var facts: PathFacts { progress.facts }
    var step: PathStep { progress.current }

    var plan: PlanDTO?
    var currentPeriod: Period?
    var placeName: String?
    var responsibleWorker: TeamMemberDTO?
    var nextMeeting: MeetingDTO?
    /// The periods' evaluations, with the self-evaluation invited when due; set by the own view.
    var evaluations: [PeriodEvaluations] = []

    static func load(for client: Client, today: LocalDate, on db: any Database) async throws -> ClientPathSummary {
        let id = try client.requireID()
        let periods = try await Period.query(on: db).filter(\.$client.$id == id).sort(\.$startsOn, .descending).all()
        let current = periods.first { [.planned, .active].contains($0.state(on: today)) }
        let plan = try await Plan.query(on: db).filter(\.$client.$id == id).sort(\.$createdAt, .descending).first()
        let responsible = try await TeamMember.query(on: db).filter(\.$client.$id == id).filter(\.$isResponsible == true).first()
        var placeName: String?
        if let current { placeName = try await WorkActivityPlace.find(current.$place.id, on: db)?.name }
        let history = try await PathHistoryQuery.load(clientID: id, periods: periods, today: today, on: db)
        return ClientPathSummary(progress: PathProgress(history, today: today),
                                 plan: try await plan.asyncMap { try await PlanDTO.load($0, on: db) },
                                 currentPeriod: current, placeName: placeName, responsibleWorker: try responsible.map(TeamMemberDTO.init),
                                 nextMeeting: try await MeetingDTO.upcoming(for: id, from: today, on: db).first)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
