import Fluent
import PolkuDomain
import Vapor

/// Each role's starting point. The client path (issue 4) adds tasks and reminders here.
struct FrontPageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.front.pathComponents, use: front)
    }

    func front(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let organization = try await user.$organization.get(on: req.db)
        var clientCount: Int?
        var reminders: [WorkerReminders.Item] = []
        let principal = try await req.principal()
        if ClientAccess.decide(.list, by: principal, on: nil) == .allow {
            let scope = ClientAccess.listScope(for: principal)
            clientCount = try await ClientSearch(perPage: 1).run(scope: scope, on: req).total
            if user.role != .workCoach {
                reminders = try await WorkerReminders.load(scope: scope, today: LocalDate(req.now, in: .helsinki),
                                                           decidesReferrals: [.socialWorker, .socialCounsellor].contains(user.role), on: req.db)
            }
        }
        return FrontPage(userName: user.name, role: user.role, organizationName: organization?.name, clientCount: clientCount,
                         reminders: reminders).render(on: req)
    }
}
