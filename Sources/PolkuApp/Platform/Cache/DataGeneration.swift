import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// The database's change counter (decision 68): moved after every successful change, read before a cached
/// page is served. Shared by every instance, because it lives in the database.
enum DataGeneration {
    static let table = "data_generation"

    static func current(on db: any Database) async throws -> Int64 {
        guard let sql = db as? any SQLDatabase else { return 0 }
        let row = try await sql.select().column("generation").from(table).where("id", .equal, SQLBind(1)).first()
        return try row?.decode(column: "generation", as: Int64.self) ?? 0
    }

    static func advance(on db: any Database) async throws {
        try await db.incrementCounter("generation", of: table)
    }

    /// Set while a bulk load (the demo generator) saves records in this process: it moves the counter once
    /// when it is done instead of once per record. Per record, PostgreSQL kept every version of the one counter
    /// row within the transaction and each update walked past all of them: a county's demo slowed to 125 rows a
    /// second. A process-wide flag rather than a task-local one, because Fluent runs model middleware on event
    /// loop callbacks outside the seeding task; loads run before the server takes requests, or in `polku demo`.
    private static let bulkLoads = NIOLockedValueBox(0)
    static var isBulkLoading: Bool { bulkLoads.withLockedValue { $0 > 0 } }

    /// Runs `load` with the per-record moves off, then moves the counter once.
    static func bulkLoad<T>(on db: any Database, _ load: () async throws -> T) async throws -> T {
        bulkLoads.withLockedValue { $0 += 1 }
        defer { bulkLoads.withLockedValue { $0 -= 1 } }
        let result = try await load()
        try await advance(on: db)
        return result
    }
}

/// Moves the change counter after every request that may have changed data and succeeded, before the
/// answer leaves: whatever the user opens next, on any instance, is computed afresh. Signing in and out
/// and choosing a language change nothing that pages compute from.
struct DataGenerationMiddleware: AsyncMiddleware {
    private static let unchanging: Set<String> = [SiteRoute.login.path, SiteRoute.logout.path, APIRoute.authToken.path]

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: req)
        if ![.GET, .HEAD, .OPTIONS].contains(req.method), response.status.code < 400,
           !Self.unchanging.contains(req.url.path) {
            try await DataGeneration.advance(on: req.db)
        }
        return response
    }
}

/// Moves the change counter with every record saved through Fluent, in the same transaction, also outside
/// requests (commands, tests). The trail, sessions, tokens, sign-in attempts and the migration log change nothing that pages
/// compute from, and are written on nearly every request.
struct DataGenerationModelMiddleware: AnyModelMiddleware {
    private static let unchanging: Set<String> = [AuditEvent.schema, SessionRecord.schema, ApiToken.schema, LoginAttempt.schema,
                                                  MigrationLog.schema]

    func handle(_ event: ModelEvent, _ model: any AnyModel, on db: any Database,
                chainingTo next: any AnyModelResponder) -> EventLoopFuture<Void> {
        let result = next.handle(event, model, on: db)
        guard !Self.unchanging.contains(type(of: model).schema), !DataGeneration.isBulkLoading else { return result }
        return result.flatMap { db.eventLoop.makeFutureWithTask { try await DataGeneration.advance(on: db) } }
    }
}
