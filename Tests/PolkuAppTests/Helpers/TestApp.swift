import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The database the suite runs on: in-memory SQLite by default, the PostgreSQL of `DATABASE_URL` when
/// set (CI runs the suite both ways).
func testDatabase() -> AppConfig.Database {
    if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
    return .sqliteMemory
}

/// An app through the real `configure`, on `database`, with the test clock. `fresh` empties and migrates
/// the database; a second instance on the same database passes false.
func makeTestApp(database: AppConfig.Database = testDatabase(), now: Date = TestWorld.now, fresh: Bool = true) async throws -> Application {
    let app = try await Application.make(.testing)
    do {
        try await configure(app, config: .testing(database: database))
        app.clock = AppClock(now: { now })
        if fresh {
            if case .postgres = database { try await app.autoRevert() }
            try await app.autoMigrate()
        }
        return app
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// Runs `test` against the real `configure` with a fresh database and the test world in it.
/// `file`: on SQLite, a database file of its own (removed afterwards) instead of memory, so that the server
/// runs as it does in production: one writing connection and read-only ones beside it (decision 81).
func withApp(now: Date = TestWorld.now, file: Bool = false, _ test: (Application, TestWorld) async throws -> Void) async throws {
    var database = testDatabase()
    var folder: URL?
    if file, database == .sqliteMemory {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("polku-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        folder = dir
        database = .sqliteFile(dir.appendingPathComponent("polku.sqlite").path)
    }
    defer { if let folder { try? FileManager.default.removeItem(at: folder) } }
    let app = try await makeTestApp(database: database, now: now)
    do {
        let world = try await TestWorld.make(on: app)
        try await test(app, world)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// XCTVapor also exports Vapor's HTTP `Client`; in tests `Client` is the client record.
typealias Client = PolkuApp.Client
