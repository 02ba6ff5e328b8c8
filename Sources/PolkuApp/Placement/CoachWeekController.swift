import Fluent
import PolkuDomain
import Vapor

/// The work coach's week; other roles have no places of their own (403).
struct CoachWeekController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.coachWeek.pathComponents, use: show)
    }

    func show(req: Request) async throws -> Response {
        try await req.require(.coachWeek(.read))
        var parameters = QueryParameters(req)
        let raw = parameters.text("week", maxLength: 10)
        try parameters.finish()
        let week: ISOWeek
        if raw.isEmpty {
            week = ISOWeek(containing: req.today)
        } else {
            // A malformed query is a 400 like every other page's.
            guard let parsed = ISOWeek(isoString: raw) else { throw BadQuery(problems: [FieldProblem(field: "week", key: .errorWeek)]) }
            week = parsed
        }
        let view = try await req.coachWeek(week)
        try await req.audit(.coachWeekRead, clients: view.clientIDs)
        return CoachWeekPage(week: view).render(on: req)
    }
}
