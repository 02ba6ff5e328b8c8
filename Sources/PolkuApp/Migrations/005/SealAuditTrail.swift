import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Seals the audit trail with `POLKU_AUDIT_KEY` (decision 92): the head row gains the signed checkpoint,
/// and the events written before, chained with plain SHA-256, are checked and chained again with the HMAC.
/// A trail already broken is not sealed: sealing would make the break look intact.
struct SealAuditTrail: AsyncMigration {
    let seal: AuditSeal
    private let pageSize = 5_000

    func prepare(on database: Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        try await database.schema(AuditChainHead.table).field("newest_sequence", .int64, .required, .sql(.default(0))).update()
        try await database.schema(AuditChainHead.table)
            .field("newest_hash", .string, .required, .sql(.default(AuditChain.genesisHash))).update()
        try await database.schema(AuditChainHead.table).field("signature", .string, .required, .sql(.default(""))).update()
        try await database.transaction { tx in
            guard let sql = tx as? any SQLDatabase else { return }
            let newest = try await resealEvents(on: tx, sql: sql)
            try await AuditChainHead.move(to: seal.checkpoint(sequence: newest.sequence, hash: newest.hash), on: sql)
        }
    }

    /// Walks the unkeyed chain in pages, verifying each against the one before and rewriting its hashes.
    func resealEvents(on db: any Database, sql: any SQLDatabase) async throws -> (sequence: Int64, hash: String) {
        var oldPrevious = AuditChain.genesisHash
        var newPrevious = AuditChain.genesisHash
        var last: Int64 = 0
        while true {
            let page = try await AuditEvent.query(on: db).filter(\.$sequence > last).sort(\.$sequence).limit(pageSize).all()
                .map { $0.record() }
            guard let tail = page.last else { break }
            if case .broken(let sequence, let reason) = AuditChain.verify(page, after: last, previousHash: oldPrevious,
                                                                          hash: Digest.sha256Hex) {
                throw ConfigError("the audit trail is broken at event \(sequence) (\(reason)) and cannot be sealed; "
                                  + "restore it from a backup before starting this version")
            }
            for record in page {
                var resealed = record
                resealed.previousHash = newPrevious
                resealed = seal.seal(resealed)
                try await sql.update(AuditEvent.schema).set("previous_hash", to: resealed.previousHash)
                    .set("hash", to: resealed.hash).where("sequence", .equal, record.sequence).run()
                newPrevious = resealed.hash
            }
            oldPrevious = tail.hash
            last = tail.sequence
        }
        return (last, newPrevious)
    }

    func revert(on database: Database) async throws {
        for column in ["newest_sequence", "newest_hash", "signature"] {
            try await database.schema(AuditChainHead.table).deleteField(.key(.string(column))).update()
        }
    }
}
