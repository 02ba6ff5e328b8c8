import Fluent
import PolkuDomain
import Vapor

/// The client's own copy of a decision and its contract (issue 13, item 7): the decision page's document, read-only,
/// in the language the client reads Polku in, back to their own page. Only a decision of their own: any other id is
/// 404, as a record outside anyone's reach (decision 221).
struct MyDecisionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.myDecision.pathComponents, use: show)
        routes.get(SiteRoute.Kind.myPathDecision.pathComponents, use: showOther)
    }

    /// A refusal, a change or an ending about the client (decision 207), as the document prints it.
    func showOther(req: Request) async throws -> Response {
        let client = try await req.ownClient(for: .me(.read))
        try await req.require(.decision(.read), on: client.facts)
        let record = try await PathDecision.find(try req.id(PathDecision.self), of: try client.typedID, on: req.db)
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        let document = try await DecisionDocument.path(record, client: client, on: req)
        return try await PathDecisionPage(client: client, record: record, document: document, continuation: nil, ownView: true).render(on: req)
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.ownClient(for: .me(.read))
        // The catalog lets a client read their own decisions (`decision.read` decides on the client, decision 140).
        try await req.require(.decision(.read), on: client.facts)
        let decision = try await Decision.find(try req.id(Decision.self), of: try client.typedID, on: req.db)
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        var page = DecisionPage(client: client, decision: try await DecisionDTO.load(decision, for: req), permitted: [], message: nil)
        page.back = (SiteRoute.me.path, req.texts[.myPageTitle])
        return try await page.render(on: req)
    }
}
