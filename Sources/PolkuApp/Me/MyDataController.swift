import Fluent
import PolkuDomain
import Vapor

/// The client's own pages: their data and who has seen it (law 703/2023 §11).
struct MyDataController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.me.pathComponents, use: me)
        routes.get(SiteRoute.Kind.meAccessLog.pathComponents, use: accessLog)
    }

    private func ownClient(_ req: Request, for action: Action.Me) async throws -> Client {
        try await req.ownClient(for: action)
    }

    func me(req: Request) async throws -> Response {
        let client = try await ownClient(req, for: .me(.read))
        var path = try await ClientPathSummary.load(for: client, today: req.today, on: req.db)
        path.evaluations = try await req.periodEvaluations(of: client)
        try await req.audit([.clientRead, .evaluationList], clients: [try client.requireID()])
        var page = ClientPage(client: try await req.clientViews([client])[0], mayEdit: false,
                              mayReadAccessLog: try await req.permits(.me(.readAccessLog), on: client.facts), isOwnPage: true,
                              path: path, myFeedback: try await req.myFeedbackSection(client))
        page.learning = try await req.learningSection(of: client, ownView: true)
        page.today = try await MyToday.load(for: client, path: path, today: req.today, on: req.db)
        let waiting = try await Referral.query(on: req.db).filter(\.$client.$id == client.requireID()).filter(\.$state ~~ [.received, .queued])
            .sort(\.$receivedOn).first()
        if let since = waiting.flatMap({ LocalDate(isoString: $0.receivedOn) }) {
            page.ownRequest = .waiting(since: since)
        } else if !path.facts.hasActiveOrPlannedPeriod {
            page.ownRequest = .mayAsk
        }
        return page.render(on: req)
    }

    func accessLog(req: Request) async throws -> Response {
        let client = try await ownClient(req, for: .me(.readAccessLog))
        let id = try client.requireID()
        let entries = try await AccessLogEntry.forClient(id, on: req.db)
        try await req.audit(.clientAccessLogRead, clients: [id])
        return AccessLogPage(clientName: client.fullName, entries: entries, backLink: SiteRoute.me.path)
            .render(on: req)
    }
}
