import Fluent
import PolkuDomain
import Vapor

/// The other decisions of the path (decision 207): the form for a refusal, a change or an ending, and each decision
/// as the document it prints. Made by those who make decisions (`Action.Decision.make`), read by those who read them
/// (`.read`), every read audited.
struct PathDecisionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.pathDecisionNew.pathComponents, use: new)
        routes.post(SiteRoute.Kind.pathDecisions.pathComponents, use: create)
        routes.get(SiteRoute.Kind.pathDecision.pathComponents, use: show)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.make))
        var parameters = QueryParameters(req)
        let kind = parameters.choice("kind", of: PathDecision.Kind.self) ?? .refusal
        let decision = parameters.uuid("decisionId")
        try parameters.finish()
        var form = PathDecisionForm(kind: kind.rawValue, decisionId: decision?.uuidString, decidedOn: FinnishFormat.date(req.today))
        form.notification = DecisionNotification.default.rawValue
        return try await PathDecisionFormPage(client: client, form: form, failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.make))
        let form = try req.content.decode(PathDecisionForm.self)
        do {
            let valid = try await form.validated(for: try client.typedID, on: req.db)
            let record = try await PathDecisionStore.create(valid, for: client, by: try req.requireUser(), on: req)
            return req.redirect(to: SiteRoute.pathDecision(client: try client.typedID, pathDecision: try record.typedID).path)
        } catch let failure as ValidationFailure {
            return try await PathDecisionFormPage(client: client, form: form, failure: failure).render(on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.read))
        let record = try await PathDecision.find(try req.id(PathDecision.self), of: try client.typedID, on: req.db)
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        let document = try await DecisionDocument.path(record, client: client, on: req)
        return try await PathDecisionPage(client: client, record: record, document: document,
                                          continuation: try await continuation(of: record, client: client, on: req)).render(on: req)
    }

    /// A change of place, for a user who makes decisions, until the decision for the new place is made (decision 228).
    private func continuation(of record: PathDecision, client: Client, on req: Request) async throws -> PathDecisionPage.Continuation? {
        guard record.kind == .change, let placeID = record.$place.id, let from = record.effectiveOn.flatMap(LocalDate.init(isoString:)),
              try await req.permits(.decision(.make), on: client.facts) else { return nil }
        let made = try await Decision.query(on: req.db).filter(\.$client.$id == client.requireID()).filter(\.$place.$id == placeID)
            .filter(\.$startsOn == from.isoString).first()
        guard made == nil else { return nil }
        let place = try await WorkActivityPlace.find(placeID, on: req.db)
        return .init(placeName: place?.name ?? "", from: from, pathDecision: try record.typedID)
    }
}
