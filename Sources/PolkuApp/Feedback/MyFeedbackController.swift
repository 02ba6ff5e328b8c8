import Fluent
import PolkuDomain
import Vapor

struct MyFeedbackController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.myFeedbacks.pathComponents) { (req: Request) async throws -> Response in
            req.redirect(to: SiteRoute.me.path + "#my-feedback-heading")
        }
        routes.get(SiteRoute.Kind.myFeedbackNew.pathComponents) { try await FeedbackPages(req: $0, own: true).new() }
        routes.post(SiteRoute.Kind.myFeedbacks.pathComponents) { try await FeedbackPages(req: $0, own: true).create() }
        routes.get(SiteRoute.Kind.myFeedback.pathComponents) { try await FeedbackPages(req: $0, own: true).show() }
        routes.get(SiteRoute.Kind.myFeedbackEdit.pathComponents) { try await FeedbackPages(req: $0, own: true).edit() }
        routes.post(SiteRoute.Kind.myFeedbackEdit.pathComponents) { try await FeedbackPages(req: $0, own: true).update() }
    }
}
