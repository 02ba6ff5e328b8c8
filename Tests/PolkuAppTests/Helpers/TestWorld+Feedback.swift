import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor

extension TestWorld {
    /// The placed client's paper answer about their current period, saved directly, for pages to show.
    func paperFeedback(on app: Application) async throws -> FeedbackAnswer {
        let period = try await Period.query(on: app.db).filter(\.$client.$id == placedClient.id!).first()!
        let answer = FeedbackAnswer()
        answer.form = .client
        answer.$client.id = placedClient.id!
        answer.$period.id = period.id!
        answer.$place.id = place.id!
        answer.givenOn = "2026-05-20"
        answer.channel = .paper
        answer.ratings = Dictionary(uniqueKeysWithValues: FeedbackForm.client.questions.map { ($0, 4) })
        answer.whatWasGood = "Hyvä porukka"
        answer.$author.id = user(.socialWorker).id!
        answer.version = 1
        try await answer.create(on: app.db)
        return answer
    }
}
