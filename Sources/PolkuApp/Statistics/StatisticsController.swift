import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Counts without identities, for managers (issue 7 builds the reports).
struct StatisticsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.statistics.pathComponents, use: statistics)
    }

    struct Row: Sendable { var code: String; var municipality: String; var clients: Int; var activePeriods: Int }
    struct SourceRow: Sendable { var source: ReferralSource; var referrals: Int }
    /// Evaluations of one kind and perspective: how many, and their mean goal-attainment T-score.
    struct EvaluationRow: Sendable { var kind: EvaluationKind; var perspective: EvaluationPerspective; var count: Int; var meanTScore: Double? }

    func statistics(req: Request) async throws -> Response {
        try await req.require(.statistics(.read))
        let today = req.today.isoString
        // Counts over the whole county: the same for every manager today, until the data changes.
        let (rows, evaluations, sources, organizers) = try await req.cached("statistics|\(today)") { [db = req.db] in
            let rows = try await Self.municipalityRows(today: today, on: db)
            return (rows, try await Self.evaluations(on: db), try await Self.referralSources(on: db),
                    try await Self.organizerRows(rows, today: LocalDate(isoString: today)!, on: db))
        }
        return StatisticsPage(rows: rows, evaluations: evaluations, sources: sources, organizers: organizers).render(on: req)
    }

    /// Referrals by where they came from (decision 107), every source listed, none too.
    private static func referralSources(on db: any Database) async throws -> [SourceRow] {
        let counts = try await Self.counts(db, sql: "SELECT source AS code, COUNT(*) AS n FROM referrals GROUP BY source")
        return ReferralSource.allCases.map { SourceRow(source: $0, referrals: counts[$0.rawValue] ?? 0) }
    }

    private static func municipalityRows(today: String, on db: any Database) async throws -> [Row] {
        let municipalities = try await Municipalities.all(on: db)
        let clientCounts = try await Self.counts(db, sql: "SELECT municipality_code AS code, COUNT(*) AS n FROM clients GROUP BY municipality_code")
        let periodCounts = try await Self.counts(db, sql: """
            SELECT c.municipality_code AS code, COUNT(*) AS n FROM periods p JOIN clients c ON c.id = p.client_id
            WHERE p.status = 'open' AND p.starts_on <= '\(today)' AND p.ends_on >= '\(today)' GROUP BY c.municipality_code
            """)
        return municipalities.map { Row(code: $0.code, municipality: $0.name, clients: clientCounts[$0.code] ?? 0, activePeriods: periodCounts[$0.code] ?? 0) }
    }

    /// The evaluations by kind and perspective, scored as `EvaluationScores` scores them (the goals are JSON).
    /// The counts are an SQL aggregate; the T-scores need each evaluation's goals, so those rows are streamed
    /// one at a time as plain values and summed: memory stays flat however many evaluations a county has.
    private static func evaluations(on db: any Database) async throws -> [EvaluationRow] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var counts: [Key: Int] = [:]
        for row in try await sql.select().column("kind").column("perspective").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Evaluation.schema).groupBy("kind").groupBy("perspective").all() {
            counts[Key(kind: try row.decode(column: "kind", as: String.self), perspective: try row.decode(column: "perspective", as: String.self))] =
                try row.decode(column: "n", as: Int.self)
        }
        let sums = TScoreSums()
        // A chunk at a time (`KeysetScan`): all at once held 200 MB until the sums were done.
        try await KeysetScan.rows(of: Evaluation.schema, columns: ["kind", "perspective", "goals"], on: sql) { row in
            guard let kind = try? row.decode(column: "kind", as: String.self),
                  let perspective = try? row.decode(column: "perspective", as: String.self),
                  let goals = try? row.decode(column: "goals", as: String.self),
                  let rated = try? JSONDecoder().decode([LevelOnly].self, from: Data(goals.utf8)),
                  let t = EvaluationScores(goalLevels: rated.map(\.level), goalWeights: rated.map { $0.weight ?? GoalAttainment.defaultWeight },
                                           topicRatings: []).tScore else { return }
            sums.add(t, to: Key(kind: kind, perspective: perspective))
        }
        let means = sums.means
        return EvaluationKind.allCases.flatMap { kind in
            EvaluationPerspective.allCases.map { who in
                EvaluationRow(kind: kind, perspective: who, count: counts[Key(kind: kind.rawValue, perspective: who.rawValue)] ?? 0,
                              meanTScore: means[Key(kind: kind.rawValue, perspective: who.rawValue)])
            }
        }
    }

    /// A kind and a perspective as the database stores them.
    private struct Key: Hashable { var kind: String; var perspective: String }

    /// Only the level of each rated goal.
    private struct LevelOnly: Decodable { var level: Int; var weight: Int? }

    /// Sums of T-scores per kind and perspective, filled row by row as the database hands them over.
    private final class TScoreSums: @unchecked Sendable {
        private let lock = NSLock()
        private var sums: [Key: (total: Double, count: Int)] = [:]

        func add(_ t: Double, to key: Key) {
            lock.lock(); defer { lock.unlock() }
            sums[key, default: (0, 0)].total += t
            sums[key, default: (0, 0)].count += 1
        }

        var means: [Key: Double] {
            lock.lock(); defer { lock.unlock() }
            return sums.mapValues { $0.total / Double($0.count) }
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
