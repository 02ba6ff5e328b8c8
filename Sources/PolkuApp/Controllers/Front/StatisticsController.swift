import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Counts without identities, for managers (issue 7 builds the reports).
struct StatisticsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.statistics.pathComponents, use: statistics)
    }

    struct Row: Sendable { var municipality: String; var clients: Int; var activePeriods: Int }
    /// Evaluations of one kind and perspective: how many, and their mean goal-attainment T-score.
    struct EvaluationRow: Sendable { var kind: EvaluationKind; var perspective: EvaluationPerspective; var count: Int; var meanTScore: Double? }

    func statistics(req: Request) async throws -> Response {
        guard try req.requireUser().role.seesStatistics else { throw Abort(.forbidden) }
        let today = LocalDate(req.now, in: .helsinki).isoString
        // Counts over the whole county: the same for every manager today, until the data changes.
        let (rows, evaluations) = try await req.cached("statistics|\(today)") { [db = req.db] in
            (try await Self.municipalityRows(today: today, on: db), try await Self.evaluations(on: db))
        }
        return StatisticsPage(rows: rows, evaluations: evaluations).render(on: req)
    }

    private static func municipalityRows(today: String, on db: any Database) async throws -> [Row] {
        let municipalities = try await Municipalities.all(on: db)
        let clientCounts = try await Self.counts(db, sql: "SELECT municipality_code AS code, COUNT(*) AS n FROM clients GROUP BY municipality_code")
        let periodCounts = try await Self.counts(db, sql: """
            SELECT c.municipality_code AS code, COUNT(*) AS n FROM periods p JOIN clients c ON c.id = p.client_id
            WHERE p.status = 'active' AND p.starts_on <= '\(today)' AND p.ends_on >= '\(today)' GROUP BY c.municipality_code
            """)
        return municipalities.map { Row(municipality: $0.name, clients: clientCounts[$0.code] ?? 0, activePeriods: periodCounts[$0.code] ?? 0) }
    }

    /// The evaluations by kind and perspective, scored as `EvaluationScores` scores them (the goals are JSON).
    private static func evaluations(on db: any Database) async throws -> [EvaluationRow] {
        let all = try await Evaluation.query(on: db).field(\.$kind).field(\.$perspective).field(\.$goalsJSON).all()
        return EvaluationKind.allCases.flatMap { kind in
            let ofKind = all.filter { $0.kind == kind }
            let means = EvaluationScores.meanTScore(by: ofKind.map {
                ($0.perspective, EvaluationScores(goalLevels: $0.goals.map(\.level), topicRatings: []))
            })
            return EvaluationPerspective.allCases.map { who in
                EvaluationRow(kind: kind, perspective: who, count: ofKind.filter { $0.perspective == who }.count, meanTScore: means[who])
            }
        }
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
