import Vapor

/// `polku backup FILE`: a consistent copy of the database while the server runs (see `Backups`).
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the backup; must not exist") var file: String
    }

    var help: String { "Copy the database consistently into FILE (SQLite's VACUUM INTO, or pg_dump)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        do {
            try await Backups(app: context.application).backup(to: signature.file)
        } catch let failure as Backups.Failure {
            throw CommandFailure(failure.description)
        }
        context.console.print("backup written to \(signature.file)")
    }
}

/// `polku restore FILE`: brings a backup back into an empty database, then verifies the audit chain.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A file written by `polku backup`") var file: String
    }

    var help: String { "Restore a backup into an empty database and verify its audit trail" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let restored: Backups.Restored
        do {
            restored = try await Backups(app: context.application).restore(from: signature.file)
        } catch let failure as Backups.Failure {
            throw CommandFailure(failure.description)
        }
        context.console.print("restored \(signature.file): \(restored.clients) clients, audit trail intact (\(restored.auditEvents) events)")
    }
}
