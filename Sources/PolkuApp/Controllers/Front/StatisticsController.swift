import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Counts without identities, for managers (issue 7 builds the reports).
struct StatisticsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.statistics.pathComponents, use: statistics)
    }

    struct Row { var municipality: String; var clients: Int; var activePeriods: Int }

    func statistics(req: Request) async throws -> Response {
        guard try req.requireUser().role.seesStatistics else { throw Abort(.forbidden) }
        let today = LocalDate(req.now, in: .helsinki).isoString
        let municipalities = try await Municipalities.all(on: req.db)
        let clientCounts = try await Self.counts(req.db, sql: "SELECT municipality_code AS code, COUNT(*) AS n FROM clients GROUP BY municipality_code")
        let periodCounts = try await Self.counts(req.db, sql: """
            SELECT c.municipality_code AS code, COUNT(*) AS n FROM periods p JOIN clients c ON c.id = p.client_id
            WHERE p.status = 'active' AND p.starts_on <= '\(today)' AND p.ends_on >= '\(today)' GROUP BY c.municipality_code
            """)
        let rows = municipalities.map { Row(municipality: $0.name, clients: clientCounts[$0.code] ?? 0, activePeriods: periodCounts[$0.code] ?? 0) }
        return StatisticsPage(rows: rows).render(on: req)
    }

    private static func counts(_ db: any Database, sql: String) async throws -> [String: Int] {
        guard let sqlDB = db as? any SQLDatabase else { return [:] }
        let rows = try await sqlDB.raw(SQLQueryString(sql)).all()
        var result: [String: Int] = [:]
        for row in rows {
            result[try row.decode(column: "code", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return result
    }
}
