import Fluent
import FluentSQLiteDriver
import NIOConcurrencyHelpers
import SQLKit

/// SQLite with one writer and several readers (decision 81). In WAL mode readers never wait for the writer
/// nor it for them, so the pages read in parallel on every core, while every write, transaction and raw
/// statement goes through the process's one writing connection (decision 65), where nothing can collide.
///
/// What reads: Fluent's read and aggregate queries and SQLKit `SELECT`s outside a transaction. Everything
/// else — inserts, updates, deletes, schema, raw SQL, and everything inside `transaction` or
/// `withConnection` — goes to the writer. A read after a write in the same request sees it: the write was
/// committed before the read began.
struct SQLiteReadWriteConfiguration: DatabaseConfiguration {
    var writer: any DatabaseConfiguration
    var reader: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { writer.middleware }
        set {
            writer.middleware = newValue
            reader.middleware = newValue
        }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        ReadWriteDriver(writer: writer.makeDriver(for: databases), reader: reader.makeDriver(for: databases))
    }
}

private struct ReadWriteDriver: DatabaseDriver {
    let writer: any DatabaseDriver
    let reader: any DatabaseDriver

    func makeDatabase(with context: DatabaseContext) -> any Database {
        ReadWriteDatabase(writer: writer.makeDatabase(with: context), reader: reader.makeDatabase(with: context))
    }

    func shutdown() {
        reader.shutdown()
        writer.shutdown()
    }

    func shutdownAsync() async {
        await reader.shutdownAsync()
        await writer.shutdownAsync()
    }
}

private struct ReadWriteDatabase: Database, SQLDatabase {
    let writer: any Database
    let reader: any Database

    private var writerSQL: any SQLDatabase { writer as! any SQLDatabase }
    private var readerSQL: any SQLDatabase { reader as! any SQLDatabase }

    // Database
    var context: DatabaseContext { reader.context }
    var inTransaction: Bool { false }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        switch query.action {
        case .read, .aggregate: return reader.execute(query: query, onOutput: onOutput)
        case .create, .update, .delete, .custom:
            // The writer answers on its own event loop; Fluent expects its rows on this handle's. They are
            // gathered there and handed over here, in order, before the query counts as done.
            let rows = NIOLockedValueBox<[any DatabaseOutput]>([])
            return writer.execute(query: query, onOutput: { row in rows.withLockedValue { $0.append(row) } })
                .hop(to: eventLoop)
                .map { for row in rows.withLockedValue({ $0 }) { onOutput(row) } }
        }
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { writer.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { writer.execute(enum: `enum`) }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        writer.transaction(closure)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        writer.withConnection(closure)
    }

    // SQLDatabase
    var logger: Logger { reader.logger }
    var eventLoop: any EventLoop { reader.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { writerSQL.version }
    var dialect: any SQLDialect { writerSQL.dialect }
    var queryLogLevel: Logger.Level? { writerSQL.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        (query is SQLSelect ? readerSQL : writerSQL).execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await (query is SQLSelect ? readerSQL : writerSQL).execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await writerSQL.withSession(closure)
    }
}
