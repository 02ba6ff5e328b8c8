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
    /// Reads the chain in pages so that memory stays flat however long it is; each page is verified
    /// as the continuation of the one before.
    static func verify(on db: any Database, pageSize: Int = 5_000) async throws -> AuditChain.VerificationResult {
        var last: Int64 = 0
        var count = 0
        var previous = AuditChain.genesisHash
        while true {
            let page = try await AuditEvent.query(on: db).filter(\.$sequence > last).sort(\.$sequence).limit(pageSize).all().map(\.record)
            guard let tail = page.last else { break }
            let result = AuditChain.verify(page, after: last, previousHash: previous, hash: Digest.sha256Hex)
            if case .broken = result { return result }
            count += page.count
            last = tail.sequence
            previous = tail.hash
        }
        return .intact(count: count)
    }
}
