import Fluent
import Foundation
import PolkuDomain
import SQLKit
import Vapor

/// The audit trail's lock row (decision 66), which also holds the signed checkpoint of the newest event
/// (decision 92): apart from the events, moved in the transaction that appends them.
enum AuditChainHead {
    static let table = "audit_chain_head"

    /// Takes the chain for this transaction: other appenders wait here until it commits.
    static func lock(on db: any Database, appends: Int) async throws {
        try await db.incrementCounter("appends", of: table, by: Int64(appends))
    }

    static func checkpoint(on sql: any SQLDatabase) async throws -> AuditCheckpoint {
        guard let row = try await sql.select().columns("newest_sequence", "newest_hash", "signature").from(table)
            .where("id", .equal, 1).first() else {
            throw Abort(.internalServerError, reason: "the audit trail's head row is missing")
        }
        return AuditCheckpoint(sequence: try row.decode(column: "newest_sequence", as: Int64.self),
                               hash: try row.decode(column: "newest_hash", as: String.self),
                               signature: try row.decode(column: "signature", as: String.self))
    }

    static func move(to checkpoint: AuditCheckpoint, on sql: any SQLDatabase) async throws {
        try await sql.update(table).set("newest_sequence", to: checkpoint.sequence).set("newest_hash", to: checkpoint.hash)
            .set("signature", to: checkpoint.signature).where("id", .equal, 1).run()
    }
}
