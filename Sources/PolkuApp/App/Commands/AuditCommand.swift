import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// `polku audit verify` walks the whole chain; it names the first broken event and exits non-zero.
struct AuditCommand: AsyncCommandGroup {
    var help: String { "Audit trail tools" }
    var commands: [String: any AnyAsyncCommand] { ["verify": VerifyAuditCommand()] }
}

struct VerifyAuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "expect", help: "SEQUENCE:HASH[,SEQUENCE:HASH…] printed by an earlier verify and kept off this machine")
        var expect: String?
    }

    var help: String { "Verify the audit trail's seal, its chain and its checkpoint" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let expected = AuditVerifier.expectations(signature.expect ?? "") else {
            throw CommandFailure("--expect takes SEQUENCE:HASH pairs separated by commas")
        }
        let app = context.application
        switch try await AuditVerifier.verify(on: app.db, seal: app.auditSeal, expected: expected) {
        case .intact(let count):
            let newest = try await AuditVerifier.checkpoint(on: app.db)
            context.console.print("audit trail intact: \(count) events")
            // Kept off the machine, this pair later shows a trail rolled back as a whole (decision 92).
            context.console.print("newest event: \(newest.sequence):\(newest.hash)")
        case .broken(let sequence, let reason):
            context.console.error("audit trail broken at event \(sequence): \(reason)")
            throw CommandFailure("audit trail broken at event \(sequence)")
        }
    }
}

enum AuditVerifier {
    /// Reads the chain in pages so that memory stays flat however long it is; each page is verified as the
    /// continuation of the one before, and the end against the signed checkpoint. `expected` are events
    /// recorded earlier outside the database, which must still be there unchanged.
    static func verify(on db: any Database, seal: AuditSeal, expected: [Int64: String] = [:],
                       pageSize: Int = 5_000) async throws -> AuditChain.VerificationResult {
        var last: Int64 = 0
        var count = 0
        var previous = AuditChain.genesisHash
        while true {
            let events = try await AuditEvent.query(on: db).filter(\.$sequence > last).sort(\.$sequence).limit(pageSize).all()
            // Each event is verified with exactly the clients stored for it: a row added or taken away breaks its seal.
            // A row whose sequence has no event names no event, and no page shows it.
            let clients = try await AuditEventClients.of(events, on: db)
            let page = events.map { $0.record(clients: clients[$0.sequence] ?? []) }
            guard let tail = page.last else { break }
            let result = AuditChain.verify(page, after: last, previousHash: previous, hash: seal.mac)
            if case .broken = result { return result }
            if let gone = page.first(where: { record in expected[record.sequence].map { $0 != record.hash } ?? false }) {
                return .broken(atSequence: gone.sequence, reason: .expectedEventMissing)
            }
            count += page.count
            last = tail.sequence
            previous = tail.hash
        }
        if let beyond = expected.keys.filter({ $0 > last }).min() {
            return .broken(atSequence: beyond, reason: .expectedEventMissing)
        }
        return AuditChain.verifyEnd(newestSequence: last, newestHash: previous, count: count,
                                    against: try await checkpoint(on: db), mac: seal.mac)
    }

    static func checkpoint(on db: any Database) async throws -> AuditCheckpoint {
        guard let sql = db as? any SQLDatabase else { throw CommandFailure("the audit trail needs an SQL database") }
        return try await AuditChainHead.checkpoint(on: sql)
    }

    /// `12:ab…,40:cd…` as sequence → hash; nil when a pair does not parse.
    static func expectations(_ text: String) -> [Int64: String]? {
        var pairs: [Int64: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: ":")
            guard parts.count == 2, let sequence = Int64(parts[0]), sequence > 0, parts[1].count == 64,
                  parts[1].allSatisfy(\.isHexDigit) else { return nil }
            pairs[sequence] = parts[1].lowercased()
        }
        return pairs
    }
}
