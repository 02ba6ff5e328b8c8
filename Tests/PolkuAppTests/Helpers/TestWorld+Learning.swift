import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor

extension TestWorld {
    /// The place's competence certificate of `period`, recorded by its coach, saved directly, for pages to show.
    func achievement(of period: Period, on app: Application) async throws -> Achievement {
        let achievement = Achievement()
        achievement.$client.id = period.$client.id
        achievement.$period.id = period.id
        achievement.kind = .competenceCertificate
        achievement.name = "Osaamisen tunnistaminen"
        achievement.details = "Käsityökalujen turvallinen käyttö."
        achievement.gainedOn = "2026-05-20"
        achievement.grantedBy = place.name
        achievement.$author.id = try user(.workCoach).requireID()
        achievement.version = 1
        try await achievement.create(on: app.db)
        return achievement
    }
}
