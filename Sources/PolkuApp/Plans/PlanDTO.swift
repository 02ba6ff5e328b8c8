import Fluent
import PolkuDomain
import Vapor

/// A plan with its whole history, newest version first.
struct PlanDTO: Content {
    struct Version: Content {
        var number: Int
        var madeOn: String
        var authorName: String?
        var employmentParticipant: String
        var clientParticipated: Bool
        var goals: [PlanGoal]
        var supportAndGuidance: String
        var daysPerWeek: Int
        var minutesPerDay: Int
        var nextStepPlan: String
        var amendmentReason: String?
        var createdAt: Date?
    }

    var id: PlanID
    var clientId: ClientID
    var kind: PlanKind
    var version: Int
    var currentNumber: Int
    var versions: [Version]

    var current: Version? { versions.first }

    static func load(_ plan: Plan, on db: any Database) async throws -> PlanDTO {
        try await loadAll([plan], on: db)[0]
    }

    /// Plans with every version and author in three queries, however long their histories.
    static func loadAll(_ plans: [Plan], on db: any Database) async throws -> [PlanDTO] {
        guard !plans.isEmpty else { return [] }
        let versions = try await PlanVersion.query(on: db).filter(\.$plan.$id ~~ plans.map { try $0.requireID() })
            .sort(\.$number, .descending).all()
        let names = try await UserNames.of(versions.map { $0.$author.id }, on: db)
        let byPlan = Dictionary(grouping: versions, by: { $0.$plan.id })
        return try plans.map { plan in
            PlanDTO(id: try plan.typedID, clientId: plan.$client.typedID, kind: plan.kind, version: plan.version,
                     currentNumber: plan.currentNumber, versions: (byPlan[try plan.requireID()] ?? []).map { v in
                Version(number: v.number, madeOn: v.madeOn, authorName: names[v.$author.id], employmentParticipant: v.employmentParticipant,
                        clientParticipated: v.clientParticipated, goals: v.goals, supportAndGuidance: v.supportAndGuidance,
                        daysPerWeek: v.daysPerWeek, minutesPerDay: v.minutesPerDay, nextStepPlan: v.nextStepPlan,
                        amendmentReason: v.amendmentReason, createdAt: v.createdAt)
            })
        }
    }
}

extension Request {
    /// A plan of a client the user may act on; a plan of another client is a 404.
    func authorizedPlan(for action: Action.Plan) async throws -> (Client, Plan) {
        let client = try await authorizedClient(try id(Client.self), for: action)
        return (client, try await Plan.find(try id(Plan.self), of: try client.typedID, on: db))
    }
}
