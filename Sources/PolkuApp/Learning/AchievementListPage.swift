import Foundation
import Plot
import PolkuDomain
import Vapor

/// All of a client's trainings and certificates, newest first, with the links to the periods' certificates.
struct AchievementListPage {
    let clientID: ClientID
    let clientName: String
    let section: LearningSection

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.learningTitle] + " – " + clientName) {
            link("← " + clientName, to: SiteRoute.client(clientID).path, [("class", "back-link")])
            heading(1, t[.learningTitle])
            p([("class", "lead")], clientName)
            section
        }
    }
}
