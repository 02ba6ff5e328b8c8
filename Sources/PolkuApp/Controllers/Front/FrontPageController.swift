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
            let evaluator = EvaluationPerspective.of(user.role).map {
                WorkerReminders.Evaluator(perspective: $0, onlyAtProvider: user.role == .workCoach ? user.$organization.id : nil)
            }
            reminders = try await WorkerReminders.load(scope: scope, today: LocalDate(req.now, in: .helsinki),
                                                       decidesReferrals: [.socialWorker, .socialCounsellor].contains(user.role),
                                                       evaluator: evaluator, on: req.db)
            // A work coach's front page lists the evaluations due for their clients, nothing of the case work.
            if user.role == .workCoach { reminders = reminders.filter { [ReminderKind.evaluationDue, .finalEvaluationDue].contains($0.reminder.kind) } }
        }
        return FrontPage(userName: user.name, role: user.role, organizationName: organization?.name, clientCount: clientCount,
                         reminders: reminders).render(on: req)
    }
}
