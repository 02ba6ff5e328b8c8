import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Runs `test` against the real `configure` with a fresh database: in-memory SQLite by default,
/// the PostgreSQL of `DATABASE_URL` when set (CI runs the suite both ways).
func withApp(now: Date = TestWorld.now, _ test: (Application, TestWorld) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    do {
        let database: AppConfig.Database
        if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
            database = .postgres(url: url)
        } else {
            database = .sqliteMemory
        }
        try await configure(app, config: .testing(database: database))
        app.clock = AppClock(now: { now })
        if case .postgres = database { try await app.autoRevert() }
        try await app.autoMigrate()
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
