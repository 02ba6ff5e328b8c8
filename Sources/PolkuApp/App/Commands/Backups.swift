import Fluent
import Foundation
import PolkuDomain
import SQLKit
import Vapor

/// Consistent copies of the database while the server runs, and bringing one back into an empty database.
///
/// SQLite: `VACUUM INTO` writes the copy from one read transaction, so it is consistent however many writers
/// are busy (they wait for it, or with WAL go on beside it); restoring reads the copy with `ATTACH` and
/// copies it table by table inside one transaction of the target, so SQLite itself writes the target file
/// (and its -wal, in WAL mode) and a failure leaves the target as it was. PostgreSQL: `pg_dump` (one
/// snapshot) and `pg_restore --single-transaction`.
///
/// A restore accepts only an empty target: no tables, or Polku's tables without a row (a database that a
/// server has migrated but never used). After restoring, the schema is migrated to this version and the
/// audit chain is verified. The copy holds identity codes encrypted: restoring it needs the same
/// `POLKU_ENCRYPTION_KEY` and `POLKU_LOOKUP_KEY`.
struct Backups {
    let app: Application

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    struct Restored: Sendable {
        var clients: Int
        var auditEvents: Int
    }

    /// The table Fluent keeps its applied migrations in: every Polku database has it.
    static let migrationsTable = "_fluent_migrations"

    // MARK: Backup

    func backup(to path: String) async throws {
        let target = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw Failure("\(path) exists; a backup never overwrites a file")
        }
        // Commands start without migrating (Startup): a database without Polku's tables is a wrong path or URL.
        guard try await sql(app.db).hasTable(Self.migrationsTable) else {
            throw Failure("the database has no Polku tables; check SQLITE_PATH or DATABASE_URL")
        }
        // Written beside the target under another name and linked into place when complete, so that a file
        // under the target's name is always a whole backup. Names and client data are inside: it is created
        // readable by the owner only, before anything is written into it (both tools accept an empty file).
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw Failure("cannot write in \(target.deletingLastPathComponent().path)")
        }
        defer { try? FileManager.default.removeItem(at: partial) }
        switch app.polkuConfig.database {
        case .sqliteFile, .sqliteMemory:
            try await sql(app.db).raw("VACUUM INTO \(bind: partial.path)").run()
        case .postgres(let url):
            let pg = try PostgresTools(url: url)
            _ = try await pg.run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file=\(partial.path)"])
        }
        // link(2) fails if the target appeared meanwhile, where rename(2) would replace it.
        guard link(partial.path, target.path) == 0 else {
            throw Failure("could not create \(path): \(String(cString: strerror(errno)))")
        }
    }

    // MARK: Restore

    @discardableResult
    func restore(from path: String) async throws -> Restored {
        guard FileManager.default.isReadableFile(atPath: path) else { throw Failure("cannot read \(path)") }
        switch app.polkuConfig.database {
        case .sqliteFile, .sqliteMemory: try await restoreSQLite(from: path)
        case .postgres(let url): try await restorePostgres(from: path, url: url)
        }
        // A backup of an older version is brought up to this one.
        try await app.autoMigrate()
        let events: Int
        switch try await AuditVerifier.verify(on: app.db, seal: app.auditSeal) {
        case .intact(let count): events = count
        case .broken(let sequence, let reason): throw Failure("restored, but the audit trail is broken at event \(sequence): \(reason)")
        }
        // The keys are not in the backup; with other keys every identity code would be unreadable.
        if let client = try await Client.query(on: app.db).first(), (try? app.fieldCrypto.decrypt(client.picCiphertext)) == nil {
            throw Failure("restored, but identity codes cannot be decrypted: POLKU_ENCRYPTION_KEY is not the backup's")
        }
        return Restored(clients: try await Client.query(on: app.db).count(), auditEvents: events)
    }

    private func restoreSQLite(from path: String) async throws {
        try await app.db.withConnection { connection in
            // ATTACH and the foreign-key switch belong to one connection and must be outside a transaction.
            let db = sql(connection)
            try await db.raw("PRAGMA foreign_keys = OFF").run()
            var failure: (any Error)?
            do {
                try await db.raw("ATTACH DATABASE \(bind: path) AS backup").run()
                do {
                    try await copyAttached(on: db, path: path)
                } catch {
                    failure = error
                }
                try await db.raw("DETACH DATABASE backup").run()
            } catch {
                failure = failure ?? Failure("\(path) could not be read as an SQLite database: \(error)")
            }
            try? await db.raw("PRAGMA foreign_keys = ON").run()
            if let failure { throw failure }
        }
    }

    /// Replaces the (empty) main database's tables with the attached backup's, in one transaction.
    private func copyAttached(on db: any SQLDatabase, path: String) async throws {
        let objects: [any SQLRow]
        do {
            objects = try await db.raw("""
                SELECT type, name, sql FROM backup.sqlite_master
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
                ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid
                """).all()
        } catch {
            throw Failure("\(path) is not an SQLite database: \(error)")
        }
        let backupTables = try objects.filter { try $0.decode(column: "type", as: String.self) == "table" }
            .map { try $0.decode(column: "name", as: String.self) }
        guard backupTables.contains(Self.migrationsTable) else {
            throw Failure("\(path) is not a Polku database (it has no \(Self.migrationsTable) table)")
        }
        guard try await db.raw("PRAGMA backup.quick_check").first()?.decode(column: "quick_check", as: String.self) == "ok" else {
            throw Failure("\(path) is damaged (PRAGMA quick_check)")
        }
        try await db.raw("BEGIN IMMEDIATE").run()
        do {
            let existing = try await db.raw("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .all().map { try $0.decode(column: "name", as: String.self) }
            try await requireEmpty(existing, on: db) { "SELECT EXISTS (SELECT 1 FROM main.\(ident: $0))" }
            for table in existing { try await db.raw("DROP TABLE main.\(ident: table)").run() }
            for object in objects {
                // The backup's own CREATE statements: unqualified, they create in main.
                try await db.raw("\(unsafeRaw: try object.decode(column: "sql", as: String.self))").run()
            }
            for table in backupTables {
                try await db.raw("INSERT INTO main.\(ident: table) SELECT * FROM backup.\(ident: table)").run()
            }
            let broken = try await db.raw("PRAGMA main.foreign_key_check").all()
            guard broken.isEmpty else { throw Failure("\(path) has \(broken.count) rows whose foreign keys point nowhere") }
            try await db.raw("COMMIT").run()
        } catch {
            try? await db.raw("ROLLBACK").run()
            throw error
        }
    }

    private func restorePostgres(from path: String, url: String) async throws {
        let pg = try PostgresTools(url: url)
        // Check the file before touching the database.
        let contents: String
        do {
            contents = try await pg.run("pg_restore", ["--list", path])
        } catch let failure as Failure where !failure.description.contains("not found") {
            throw Failure("\(path) is not a backup of pg_dump: \(failure)")
        }
        guard contents.contains(" TABLE public \(Self.migrationsTable) ") || contents.contains(" TABLE \(Self.migrationsTable) ") else {
            throw Failure("\(path) is not a Polku backup (no \(Self.migrationsTable) table in it)")
        }
        try await app.db.transaction { tx in
            let db = sql(tx)
            let existing = try await db.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                .all().map { try $0.decode(column: "tablename", as: String.self) }
            try await requireEmpty(existing, on: db) { "SELECT EXISTS (SELECT 1 FROM \(ident: $0)) AS \(ident: "exists")" }
            if !existing.isEmpty {
                try await db.raw("DROP TABLE \(idents: existing, joinedBy: ", ") CASCADE").run()
            }
        }
        // Owners and grants are those of the target's user, not of the database the backup came from.
        _ = try await pg.run("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname=\(pg.database)", path])
    }

    /// Tables whose rows the migrations themselves write (the migration log, and the one-row counters of
    /// decisions 66 and 68): a new database has rows in them and is still empty.
    static let bookkeepingTables: Set<String> = [migrationsTable, AuditChainHead.table, DataGeneration.table]

    /// Refuses a target where any table but the migrations' bookkeeping has a row.
    private func requireEmpty(_ tables: [String], on db: any SQLDatabase, query: (String) -> SQLQueryString) async throws {
        var withRows: [String] = []
        for table in tables where !Self.bookkeepingTables.contains(table) {
            let row = try await db.raw(query(table)).first()
            if let row, try row.decode(column: row.allColumns[0], as: Bool.self) { withRows.append(table) }
        }
        guard withRows.isEmpty else {
            throw Failure("the database is not empty (rows in \(withRows.sorted().joined(separator: ", "))); restore only into an empty database")
        }
    }

    private func sql(_ db: any Database) -> any SQLDatabase {
        // Both drivers Polku uses are SQL databases.
        db as! any SQLDatabase
    }
}

/// `pg_dump` and `pg_restore` with the connection of `DATABASE_URL`. The password goes to them in
/// `PGPASSWORD`, never on a command line (where `ps` shows it) or in a message.
struct PostgresTools {
    let environment: [String: String]
    let database: String

    init(url: String) throws {
        guard let parts = URLComponents(string: url), let host = parts.host else {
            throw Backups.Failure("DATABASE_URL is not a postgres:// URL")
        }
        var environment = ["PGHOST": host, "PGPORT": String(parts.port ?? 5432)]
        if let user = parts.user { environment["PGUSER"] = user }
        if let password = parts.password { environment["PGPASSWORD"] = password }
        if let mode = parts.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            environment["PGSSLMODE"] = mode
        } else if host == "127.0.0.1" || host == "localhost" {
            environment["PGSSLMODE"] = "disable"  // as the app itself connects (configure)
        }
        database = String(parts.path.drop(while: { $0 == "/" }))
        environment["PGDATABASE"] = database
        self.environment = environment
    }

    /// Debian keeps the tools of each server version in /usr/lib/postgresql/N/bin; PATH first.
    static func find(_ tool: String) -> URL? {
        let fm = FileManager.default
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(tool)" }
        let versions = ((try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin/\(tool)" }
        return (path + versions).first(where: fm.isExecutableFile(atPath:)).map(URL.init(fileURLWithPath:))
    }

    /// Runs the tool; returns its standard output; throws with its standard error when it fails.
    func run(_ tool: String, _ arguments: [String]) async throws -> String {
        guard let executable = Self.find(tool) else {
            throw Backups.Failure("\(tool) not found on PATH or in /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql-client)")
        }
        // Output goes to files: a pipe nobody reads while the tool runs could fill up and stop it.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("polku-\(tool)-\(UUID().uuidString)")
        let out = scratch.appendingPathExtension("out"), err = scratch.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in done.resume() }
            do { try process.run() } catch { done.resume(throwing: error) }
        }
        let errors = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw Backups.Failure("\(tool) failed (exit \(process.terminationStatus)): \(errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    }
}

private extension SQLDatabase {
    func hasTable(_ name: String) async throws -> Bool {
        let query: SQLQueryString = dialect.name == "sqlite"
            ? "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = \(bind: name)"
            : "SELECT 1 AS found FROM pg_tables WHERE schemaname = current_schema() AND tablename = \(bind: name)"
        return try await raw(query).first() != nil
    }
}
