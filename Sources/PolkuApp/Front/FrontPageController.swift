import Fluent
import PolkuDomain
import Vapor

/// Each role's starting point. The client path (issue 4) adds tasks and reminders here.
struct FrontPageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.front.pathComponents, use: front)
    }

    func front(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let organization = try await user.$organization.get(on: req.db)
        var clientCount: Int?
        var board: ReminderBoard?
        let principal = try await req.principal()
        if try await req.permits(.client(.list), on: nil) {
            let scope = ClientAccess.listScope(for: principal)
            let today = req.today, texts = req.texts
            let role = user.role, provider = user.$organization.id
            // The same for everyone with this role, organization and reach today, until the data changes; rendered once
            // more for each language (decision 227).
            let key = "front|\(role.rawValue)|\(provider?.uuidString ?? "")|\(scope.cacheKey)|\(today.isoString)"
            let (count, reminders) = try await req.cached(key) { [db = req.db] in
                try await Self.load(scope: scope, actor: principal, today: today, on: db)
            }
            let shown = try await req.cached(key + "|board|" + texts.language.rawValue) {
                ReminderBoard(reminders, today: today, texts: texts)
            }
            (clientCount, board) = (count, shown)
            // The reminders name clients: each one shown is a client seen, like a row of the client list.
            if !shown.namedClients.isEmpty { try await req.audit(.reminderList, clients: shown.namedClients) }
        }
        let page = FrontPage(userName: user.name, role: user.role, actor: principal, organizationName: organization?.name,
                             clientCount: clientCount, board: board)
        return page.render(on: req)
    }

    /// The clients within reach and the reminders due for them.
    private static func load(scope: ListScope, actor: Principal, today: LocalDate,
                             on db: any Database) async throws -> (Int, [WorkerReminders.Item]) {
        let count = try await ClientSearch.count(scope: scope, on: db)
        return (count, try await WorkerReminders.load(scope: scope, for: actor, today: today, on: db))
    }
}
