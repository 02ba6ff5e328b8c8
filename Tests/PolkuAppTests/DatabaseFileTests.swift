import Fluent
@testable import PolkuApp
import XCTest

/// The SQLite file and its journal hold names, client records and session ids: readable by the owner only
/// (issue 10, item 7).
final class DatabaseFileTests: XCTestCase {
    private func permissions(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    func testTheDatabaseAndItsJournalAreTheOwnersOnlyNewOrFromBefore() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("polku-perm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("data/polku.sqlite").path

        let first = try await makeTestApp(database: .sqliteFile(path))
        _ = try await TestWorld.make(on: first)  // writes, so the WAL file exists
        for file in [path, path + "-wal", path + "-shm"] {
            XCTAssertEqual(try permissions(file), 0o600, file)
        }
        XCTAssertEqual(try permissions(dir.appendingPathComponent("data").path), 0o700)
        try await first.asyncShutdown()

        // A database from an older Polku, readable by everyone: narrowed at the next start.
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        }
        let second = try await makeTestApp(database: .sqliteFile(path), fresh: false)
        _ = try await User.query(on: second.db).count()
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            XCTAssertEqual(try permissions(file), 0o600, file)
        }
        try await second.asyncShutdown()
    }
}
