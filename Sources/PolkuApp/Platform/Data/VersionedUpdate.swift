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

/// Someone saved the record after the form or the API read it: 409 naming `version`, and nothing was written.
struct VersionConflict: AbortError {
    let reason: String
    var status: HTTPStatus { .conflict }

    init(on req: Request) { reason = req.texts[.errorVersionConflict] }
}

extension Request {
    /// The one version-checked save: writes `fields` on row `id` of `table` only if its stored version is still
    /// `expectedVersion`, then `also` in the same transaction, with the audit event `action` naming `clients`.
    /// All of it commits together, or — for a stale version, `VersionConflict` — nothing does. Returns the
    /// instant stamped as `updated_at`.
    @discardableResult
    func versionedSave(_ action: AuditAction, table: String, id: UUID, expectedVersion: Int,
                       fields: [(String, any Encodable & Sendable)], clients: [UUID],
                       also: (@Sendable (any Database) async throws -> Void)? = nil) async throws -> Date {
        let now = self.now
        let conflict = VersionConflict(on: self)
        try await auditedChange(action) { tx in
            guard try await VersionedUpdate.apply(table: table, id: id, expectedVersion: expectedVersion, now: now,
                                                  fields: fields, on: tx) else { throw conflict }
            try await also?(tx)
            return ((), clients)
        }
        return now
    }
}
