import Fluent
import SQLKit
import Vapor

/// Optimistic locking: an UPDATE … WHERE version = expected, which changes nothing when someone
/// else saved in between. Check and write are one statement, in SQLite and PostgreSQL alike.
enum VersionedUpdate {
    /// Returns false when the stored version was not `expected` (nothing was written).
    static func apply(table: String, id: UUID, expectedVersion: Int, now: Date,
                      fields: [(String, any Encodable & Sendable)], on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "optimistic locking needs SQL") }
        // No stored version is this high, and the next one would overflow: it is simply stale.
        guard expectedVersion < Int.max else { return false }
        var update = sql.update(table)
        for (column, value) in fields { update = update.set(column, to: value) }
        let rows = try await update
            .set("version", to: expectedVersion + 1)
            .set("updated_at", to: now)
            .where("id", .equal, id)
            .where("version", .equal, expectedVersion)
            .returning("id")
            .all()
        return !rows.isEmpty
    }
}
