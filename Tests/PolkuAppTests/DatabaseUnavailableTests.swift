import FluentSQLiteDriver
@testable import PolkuApp
import Vapor
import XCTVapor
import XCTest

/// A database that is really away, or held by another process for longer than Polku waits, is 503 with
/// `Retry-After` — never a 500, and `/health` says so (issue 9, decision 65).
final class DatabaseUnavailableTests: XCTestCase {
    func testAnUnreachableDatabaseIs503WithRetryAfterOnHealthPagesAndTheAPI() async throws {
        // setup: PostgreSQL on a port where nothing listens
        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: .testing(database: .postgres(url: "postgres://polku:polku@127.0.0.1:1/polku")))
            // act + check
            try await app.test(.GET, "/health") { res async throws in
                XCTAssertEqual(res.status, .serviceUnavailable)
                XCTAssertEqual(res.headers.first(name: "Retry-After"), "5")
                XCTAssertTrue(res.body.string.contains("unavailable"))
            }
            try await app.test(.GET, "/places") { res async throws in
                XCTAssertEqual(res.status, .serviceUnavailable, "a page")
                XCTAssertEqual(res.headers.first(name: "Retry-After"), "5")
                XCTAssertEqual(res.headers.contentType?.subType, "html")
            }
            try await app.test(.GET, "/api/v1/clients", headers: ["Authorization": "Bearer abc"]) { res async throws in
                XCTAssertEqual(res.status, .serviceUnavailable, "the API")
                XCTAssertEqual(res.headers.first(name: "Retry-After"), "5")
                XCTAssertEqual(res.headers.contentType?.description, "application/problem+json; charset=utf-8")
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    func testAWriteWaitsOutAShortLockAndIs503OnlyWhenAnotherProcessHoldsTheFileTooLong() async throws {
        // setup: an SQLite file, and a second connection to it as another process would open it
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("polku-busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("polku.sqlite").path
        var config = AppConfig.testing(database: .sqliteFile(path))
        config.sqliteBusyTimeoutMilliseconds = 300
        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: config)
            app.clock = AppClock(now: { TestWorld.now })
            try await app.autoMigrate()
            let world = try await TestWorld.make(on: app)
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let other = try await SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: app.logger,
                                                        on: app.eventLoopGroup.next()).get()
            let body = ["firstName": "Odottava", "lastName": "Asiakas", "personalIdentityCode": "150385-456R",
                        "municipalityCode": "167", "language": "fi"]

            // act: the other process holds the write lock for 100 ms, less than the wait
            _ = try await other.query("BEGIN IMMEDIATE").get()
            let release = Task {
                try await Task.sleep(for: .milliseconds(100))
                _ = try await other.query("COMMIT").get()
            }
            try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(body)
            }) { res async throws in
                XCTAssertEqual(res.status, .created, "a short lock is waited out: \(res.body.string)")
            }
            try await release.value

            // act: now it holds the lock past the wait
            _ = try await other.query("BEGIN IMMEDIATE").get()
            var second = body
            second["personalIdentityCode"] = "160380-123B"
            second["firstName"] = "Toinen"
            try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(second)
            }) { res async throws in
                XCTAssertEqual(res.status, .serviceUnavailable, res.body.string)
                XCTAssertEqual(res.headers.first(name: "Retry-After"), "5")
            }
            _ = try await other.query("ROLLBACK").get()
            try await other.close().get()
            let stored = try await Client.query(on: app.db).filter(\.$firstName == "Toinen").count()
            XCTAssertEqual(stored, 0, "the refused write left nothing")
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
