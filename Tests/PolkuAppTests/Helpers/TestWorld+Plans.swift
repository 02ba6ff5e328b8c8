import Fluent
import Foundation
@testable import PolkuApp
import Vapor

extension TestWorld {
    /// A plan of the client's, made on `madeOn`: the service is entered through a plan, so a decision needs one
    /// (decision 105).
    func givePlan(to client: Client, madeOn: String = "2026-05-01", on app: Application) async throws {
        let plan = Plan(clientID: client.id!, kind: .activationPlan)
        try await plan.create(on: app.db)
        let version = PlanVersion()
        version.$plan.id = plan.id!
        version.number = 1
        version.madeOn = madeOn
        version.$author.id = user(.socialWorker).id!
        version.employmentParticipant = ""
        version.clientParticipated = true
        version.goalsJSON = "[]"
        version.supportAndGuidance = "Ohjaus"
        version.daysPerWeek = 3
        version.minutesPerDay = 300
        version.nextStepPlan = "Työkokeilu"
        try await version.create(on: app.db)
    }
}
