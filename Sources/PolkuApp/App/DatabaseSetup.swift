import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOSSL
import SQLKit
import Vapor

/// How Polku talks to its database under concurrent use (decisions 65 and 81).
///
/// SQLite allows one writer at a time. With a connection per event loop, a transaction that read and
/// then wrote could meet another connection's write and fail at once with "database is locked": SQLite
/// does not wait in that case, because waiting could deadlock. So the whole process **writes** through
/// one connection: statements queue in the connection pool instead of colliding in the file, and nothing
/// in-process can lock. Reads outside transactions go to read-only connections, one per event loop, which
/// in WAL mode neither wait for the writer nor hold it up (`SQLiteReadWriteConfiguration`). Other processes (`polku backup`, `polku users add`) are waited for up to
/// `busy_timeout` (10 s); only then does a request fail, as 503 with `Retry-After`.
///
/// The journal is WAL, so that readers in other processes never wait for the server's writes.
/// `synchronous=NORMAL` in WAL mode keeps every commit through a crash of Polku; a power cut of the
/// machine can lose the last commits, as with any write-back disk cache. One
/// commit then costs 0.05 ms here instead of 2.1 ms (`SQLITE_SYNCHRONOUS=full` restores the flush per
/// commit). PostgreSQL, the production database, flushes every commit.
///
/// PostgreSQL gets a few connections per event loop and a longer wait for one: under a burst, a
/// request waits for a connection rather than fail.
enum DatabaseSetup {
    static func use(_ config: AppConfig, on app: Application) async throws {
        let sqliteSynchronous = config.sqliteSynchronous, busy = config.sqliteBusyTimeoutMilliseconds
        switch config.database {
        case .sqliteFile(let path):
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try restrictToOwner(sqliteFile: path)
            try await useSQLite(.file(path: path), synchronous: sqliteSynchronous, busyTimeout: busy, on: app)
        case .sqliteMemory:
            try await useSQLite(.memory, synchronous: sqliteSynchronous, busyTimeout: busy, on: app)
        case .postgres(let url):
            var postgres = try SQLPostgresConfiguration(url: url)
            if url.contains("sslmode=disable") || url.contains("@127.0.0.1") || url.contains("@localhost") {
                postgres.coreConfiguration.tls = .disable
            }
            app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: 4,
                                        connectionPoolTimeout: .seconds(30), sqlLogLevel: .debug), as: .psql)
        }
    }

    private static func useSQLite(_ storage: SQLiteConfiguration.Storage, synchronous: String, busyTimeout: Int,
                                  on app: Application) async throws {
        let stock = DatabaseConfigurationFactory.sqlite(.init(storage: storage), connectionPoolTimeout: .seconds(60),
                                                        sqlLogLevel: .debug).make()
        let writer = OneConnection(base: stock)
        if case .file(let path) = storage {
            // Readers open the file read-only: a write that went astray would fail rather than wait (decision 81).
            let readOnly = DatabaseConfigurationFactory.sqlite(.init(storage: .file(path: Self.readOnlyURI(path))),
                                                               connectionPoolTimeout: .seconds(60), sqlLogLevel: .debug).make()
            app.databases.use(DatabaseConfigurationFactory { SQLiteReadWriteConfiguration(writer: writer, reader: readOnly) }, as: .sqlite)
        } else {
            // An in-memory database is private to its connection: there is only the writer.
            app.databases.use(DatabaseConfigurationFactory { writer }, as: .sqlite)
        }
        // Per connection, and there is one: set once, before anything else uses it.
        guard let sql = app.db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw(SQLQueryString("PRAGMA synchronous = \(unsafeRaw: synchronous)")).run()
        try await sql.raw(SQLQueryString("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeout))")).run()
        // The one connection's page cache: 64 MiB instead of SQLite's 2 MiB, so that the pages every list reads
        // (clients, periods, their indexes) stay in the process instead of being copied from the kernel's
        // cache on every request (decision 79). It grows only as far as pages are used.
        try await sql.raw("PRAGMA cache_size = -65536").run()
    }
}

extension DatabaseSetup {
    /// The database file and its journal readable and writable by Polku's user only (issue 10, item 7): they
    /// hold names, client records and session ids. SQLite creates the `-wal` and `-shm` files with the
    /// permissions of the database file, so a new file is created empty with 0600 before SQLite opens it, and
    /// files from before are narrowed.
    static func restrictToOwner(sqliteFile path: String) throws {
        let files = FileManager.default
        if !files.fileExists(atPath: path) {
            guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CommandFailure("cannot create the database file \(path)")
            }
        }
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] where files.fileExists(atPath: file) {
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        }
    }

    /// The file as an SQLite URI that opens it read-only.
    static func readOnlyURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)?mode=ro"
    }

    /// Refreshes the planner's statistics. After a demo is seeded, and at every start on SQLite (where only
    /// `PRAGMA optimize` does it; PostgreSQL's autovacuum keeps them by itself). Without them SQLite reads a
    /// whole municipality's clients to sort them rather than walk the name index, the list's order (decision 78).
    static func refreshStatistics(on db: any Database, full: Bool) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        if full {
            try await sql.raw("ANALYZE").run()
        } else if sql.dialect.name == "sqlite" {
            try await sql.raw("PRAGMA optimize=0x10002").run()
        }
    }
}

/// A database configuration whose databases all use the pool of one event loop: with SQLite's pool of one
/// connection per loop, that is one connection for the process.
private struct OneConnection: DatabaseConfiguration {
    var base: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        OneLoopDriver(base: base.makeDriver(for: databases), loop: databases.eventLoopGroup.next())
    }
}

private struct OneLoopDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let loop: any EventLoop

    func makeDatabase(with context: DatabaseContext) -> any Database {
        base.makeDatabase(with: DatabaseContext(configuration: context.configuration, logger: context.logger, eventLoop: loop,
                                                history: context.history, pageSizeLimit: context.pageSizeLimit,
                                                shouldTrace: context.shouldTrace))
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}
