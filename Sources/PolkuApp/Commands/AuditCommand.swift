import Fluent
import PolkuDomain
import Vapor

/// `polku audit verify` walks the whole chain; it names the first broken event and exits non-zero.
struct AuditCommand: AsyncCommandGroup {
    var help: String { "Audit trail tools" }
    var commands: [String: any AnyAsyncCommand] { ["verify": VerifyAuditCommand()] }
}

struct VerifyAuditCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Verify the audit trail's hash chain" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let result = try await AuditVerifier.verify(on: context.application.db)
        switch result {
        case .intact(let count):
            context.console.print("audit trail intact: \(count) events")
        case .broken(let sequence, let reason):
            context.console.error("audit trail broken at event \(sequence): \(reason)")
            throw CommandFailure("audit trail broken at event \(sequence)")
        }
    }
}

enum AuditVerifier {
    /// Reads the chain in pages so that memory stays flat however long it is.
    static func verify(on db: any Database, pageSize: Int = 5_000) async throws -> AuditChain.VerificationResult {
        var records: [AuditRecord] = []
        var last: Int64 = 0
        var count = 0
        var previous = AuditChain.genesisHash
        while true {
            let page = try await AuditEvent.query(on: db).filter(\.$sequence > last).sort(\.$sequence).limit(pageSize).all()
            if page.isEmpty { break }
            records = page.map(\.record)
            // Verify this page as a continuation of the previous one.
            let result = verifyContinuation(records, after: last, previousHash: previous)
            if case .broken = result { return result }
            count += records.count
            last = records.last!.sequence
            previous = records.last!.hash
        }
        return .intact(count: count)
    }

    private static func verifyContinuation(_ records: [AuditRecord], after last: Int64, previousHash: String) -> AuditChain.VerificationResult {
        var expected = last + 1
        var previous = previousHash
        for record in records {
            guard record.sequence == expected else { return .broken(atSequence: record.sequence, reason: .missingSequence(expected: expected)) }
            guard Digest.sha256Hex(AuditChain.canonicalPayload(of: record)) == record.hash else { return .broken(atSequence: record.sequence, reason: .hashMismatch) }
            guard record.previousHash == previous else { return .broken(atSequence: record.sequence, reason: .previousHashMismatch) }
            previous = record.hash
            expected += 1
        }
        return .intact(count: records.count)
    }
}
