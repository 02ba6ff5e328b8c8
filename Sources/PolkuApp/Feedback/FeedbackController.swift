import Fluent
import PolkuDomain
import Vapor

/// The feedback pages of a client, for workers (the client's paper answers) and work coaches (the
/// place's answer), and the same forms on the client's own page (/me). Answers are listed on the
/// client page, so the list address leads there.
struct FeedbackController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientFeedbacks.pathComponents) { (req: Request) async throws -> Response in
            let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.read))
            return req.redirect(to: SiteRoute.client(try client.typedID).path + "#client-feedback-heading")
        }
        routes.get(SiteRoute.Kind.clientFeedbackNew.pathComponents) { try await FeedbackPages(req: $0, own: false).new() }
        routes.post(SiteRoute.Kind.clientFeedbacks.pathComponents) { try await FeedbackPages(req: $0, own: false).create() }
        routes.get(SiteRoute.Kind.clientFeedback.pathComponents) { try await FeedbackPages(req: $0, own: false).show() }
        routes.get(SiteRoute.Kind.clientFeedbackEdit.pathComponents) { try await FeedbackPages(req: $0, own: false).edit() }
        routes.post(SiteRoute.Kind.clientFeedbackEdit.pathComponents) { try await FeedbackPages(req: $0, own: false).update() }
    }
}
