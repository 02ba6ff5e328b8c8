import Fluent
import PolkuDomain
import Vapor

/// The notice to the shop steward, recorded on the decision page of a period in own production.
struct ShopStewardNoticeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(SiteRoute.Kind.decisionNotice.pathComponents, use: recordNotice)
    }

    /// The decision page's notice form; a failure shows the decision page again with the message.
    func recordNotice(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .shopStewardNotice(.write))
        let id = try client.requireID()
        let decision = try await Decision.find(try req.id(Decision.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(NoticeInput.self)
        do {
            _ = try await NoticeStore.create(input, clientID: id, authorID: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.decision(client: try client.typedID, decision: try decision.typedID).path)
        } catch let failure as ValidationFailure {
            let view = try await DecisionDTO.load(decision, for: req)
            var section = try await req.noticeSection(for: view, client: client)
            section?.failure = failure
            section?.input = input
            return try await DecisionPage(client: client, decision: view, permitted: try await req.permittedActions(on: client.facts), message: failure.problems.count == 1 && failure.status == .conflict
                                ? failure.message(for: failure.problems[0].field, texts: req.texts) : nil,
                                notice: section).render(on: req, status: failure.status)
        }
    }
}

extension Request {
    /// The decision page's shop-steward section: only for a period at a place of the county's own production.
    func noticeSection(for decision: DecisionDTO, client: Client) async throws -> ShopStewardNoticeSection? {
        guard let periodID = decision.periodId, try await NoticeStore.isOwnProduction(placeID: decision.placeId.rawValue, on: db) else { return nil }
        let record = try await ShopStewardNoticeRecord.query(on: db).filter(\.$period.$id == periodID.rawValue).first()
        return ShopStewardNoticeSection(clientID: decision.clientId, decisionID: decision.id, periodID: periodID,
                                        notice: try await noticeViews(record.map { [$0] } ?? []).first,
                                        mayRecord: try await permits(.shopStewardNotice(.write), on: client.facts), texts: texts, csrfToken: csrfToken)
    }
}
