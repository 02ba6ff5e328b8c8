import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor

/// Records of a client's path saved directly, with the days a test needs, for the pages that show the path.
extension TestWorld {
    @discardableResult
    func referral(of client: Client, receivedOn: String, state: ReferralState = .received, decidedOn: String? = nil,
                  on app: Application) async throws -> Referral {
        let referral = Referral()
        referral.$client.id = client.id!
        referral.$referrerOrganization.id = county.id!
        referral.$organizer.id = county.id!
        referral.reason = "Tarvitsee päivärytmiä."
        referral.urgency = .normal
        referral.source = .adultSocialWork
        referral.consentToShare = true
        referral.state = state
        referral.receivedOn = receivedOn
        referral.decidedOn = decidedOn
        referral.isReturn = false
        referral.version = 1
        try await referral.create(on: app.db)
        return referral
    }

    func visit(of client: Client, on day: String, outcome: VisitOutcome?, on app: Application) async throws {
        let visit = FamiliarizationVisit()
        visit.$client.id = client.id!
        visit.$place.id = place.id!
        visit.visitOn = day
        visit.timeOfDay = "9.30"
        visit.accompaniedBy = "Sanna Sosiaaliohjaaja"
        visit.outcome = outcome
        visit.$author.id = user(.socialWorker).id!
        visit.version = 1
        try await visit.create(on: app.db)
    }

    /// A decision of `decidedOn` and the period it starts.
    func decision(of client: Client, decidedOn: String, startsOn: String, endsOn: String, on app: Application) async throws {
        let decision = Decision()
        decision.$client.id = client.id!
        decision.$decisionMaker.id = user(.socialWorker).id!
        decision.decidedOn = decidedOn
        decision.startsOn = startsOn
        decision.endsOn = endsOn
        decision.$place.id = place.id!
        decision.daysPerWeek = 3
        decision.minutesPerDay = 300
        decision.weekdays = ""
        decision.appealInstructions = "Oikaisuvaatimus 30 päivän kuluessa."
        decision.version = 1
        try await decision.create(on: app.db)
        let period = Period(clientID: client.id!, placeID: place.id!, startsOn: startsOn, endsOn: endsOn)
        period.$decision.id = decision.id
        try await period.create(on: app.db)
    }

    func ending(of client: Client, endedOn: String, on app: Application) async throws {
        let ending = Ending()
        ending.$client.id = client.id!
        ending.$author.id = user(.socialWorker).id!
        ending.endedOn = endedOn
        ending.reason = .completed
        ending.nextPath = .employmentServices
        ending.version = 1
        try await ending.create(on: app.db)
    }
}
