import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import SQLKit
import Vapor
import XCTest

/// `polku backup` and `polku restore` on the suite's database (SQLite, or PostgreSQL with DATABASE_URL).
final class BackupTests: XCTestCase {
    func testABackupTakenUnderWritesRestoresEveryWriteAcknowledgedBeforeIt() async throws {
        try await withApp { app, world in
            let folder = try TemporaryFolder()
            let file = folder.path("polku.backup")
            let log = WriteLog()
            let writers = (0..<4).map { writer in
                Task {
                    var n = 0
                    while await !log.stopped {
                        await log.acknowledge(try await Self.write(on: app, by: world.user(.socialWorker), name: "W\(writer)-\(n)"))
                        n += 1
                    }
                }
            }
            let before: Set<UUID>
            do {
                while await log.acknowledged.count < 20 { try await Task.sleep(for: .milliseconds(5)) }
                before = await log.acknowledged
                try await Backups(app: app).backup(to: file)
                // Writers go on after it, so the backup did not find the database quiet.
                while await log.acknowledged.count < before.count + 10 { try await Task.sleep(for: .milliseconds(5)) }
            } catch {
                // Writers must not outlive the app.
                await log.stop()
                for writer in writers { _ = try? await writer.value }
                throw error
            }
            await log.stop()
            for writer in writers { try await writer.value }

            try await withEmptyDatabase(like: app, in: folder) { target in
                let restored = try await Backups(app: target).restore(from: file)
                let clients = Set(try await Client.query(on: target.db).all(\.$id).compactMap { $0 })
                XCTAssertTrue(before.isSubset(of: clients), "missing \(before.subtracting(clients).count) of \(before.count) acknowledged clients")
                let audited = Set(try await AuditEvent.query(on: target.db).filter(\.$action == "client.create").all(\.$clientID).compactMap { $0 })
                XCTAssertTrue(before.isSubset(of: audited), "acknowledged clients without their audit event")
                XCTAssertEqual(restored.clients, clients.count)
                XCTAssertGreaterThanOrEqual(restored.auditEvents, before.count, "every acknowledged write has its event")
                // The restored database is a working one: its chain goes on.
                _ = try await Self.write(on: target, by: world.user(.socialWorker), name: "After")
                guard case .intact = try await AuditVerifier.verify(on: target.db, seal: target.auditSeal) else { return XCTFail("chain broken after a new write") }
            }
        }
    }

    func testABackupNeverOverwritesAndARestoreNeedsAnEmptyPolkuDatabase() async throws {
        try await withApp { app, _ in
            let folder = try TemporaryFolder()
            let file = folder.path("polku.backup")
            try await Backups(app: app).backup(to: file)
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
            await XCTAssertThrowsFailure(try await Backups(app: app).backup(to: file), containing: "exists")

            // The suite's database has the test world in it.
            let clients = try await Client.query(on: app.db).count()
            await XCTAssertThrowsFailure(try await Backups(app: app).restore(from: file), containing: "not empty")
            let clientsAfter = try await Client.query(on: app.db).count()
            XCTAssertEqual(clientsAfter, clients)

            let notABackup = folder.path("notes.txt")
            try Data("not a database".utf8).write(to: URL(fileURLWithPath: notABackup))
            try await withEmptyDatabase(like: app, in: folder) { target in
                await XCTAssertThrowsFailure(try await Backups(app: target).restore(from: notABackup), containing: notABackup)
                await XCTAssertThrowsFailure(try await Backups(app: target).restore(from: folder.path("missing")), containing: "cannot read")
            }
            // The keys are not in the backup: other keys are found out, not restored silently.
            try await withEmptyDatabase(like: app, in: folder, encryptionKey: SymmetricKeyData(bytes: Array(repeating: 3, count: 32))) { target in
                await XCTAssertThrowsFailure(try await Backups(app: target).restore(from: file), containing: "POLKU_ENCRYPTION_KEY")
            }
        }
    }

    /// A client and its audit event, as the client form writes them; returns the id once both are stored.
    private static func write(on app: Application, by user: User, name: String) async throws -> UUID {
        let client = Client()
        client.firstName = name; client.lastName = "Varmuuskopio"
        client.searchName = Client.searchName(first: name, last: "Varmuuskopio")
        let code = UUID().uuidString
        client.picCiphertext = try app.fieldCrypto.encrypt(code); client.picLookup = app.fieldCrypto.identityLookup(code, municipality: "167")
        client.birthDate = "1990-01-01"; client.municipalityCode = "167"; client.language = "fi"; client.version = 1
        try await client.create(on: app.db)
        let event = AuditWriter.Entry(actorID: user.id, actorRole: user.role.rawValue, organizationID: user.$organization.id,
                                      clientID: client.id, action: "client.create", requestID: "backup-test")
        try await app.auditWriter.append([event], at: app.clock.now(), on: app.db)
        return try client.requireID()
    }
}

/// Which writes have been acknowledged, shared by the writer tasks.
private actor WriteLog {
    private(set) var acknowledged: Set<UUID> = []
    private(set) var stopped = false
    func acknowledge(_ id: UUID) { acknowledged.insert(id) }
    func stop() { stopped = true }
}

/// A fresh, empty database of the suite's kind (an SQLite file, or a new PostgreSQL database beside the
/// suite's, which needs CREATEDB), migrated as a server would leave it, and dropped afterwards.
private func withEmptyDatabase(like app: Application, in folder: TemporaryFolder, encryptionKey: SymmetricKeyData? = nil,
                               _ body: (Application) async throws -> Void) async throws {
    var dropDatabase: String?
    let database: AppConfig.Database
    switch app.polkuConfig.database {
    case .postgres(let url):
        let name = "polku_restore_\(UUID().uuidString.prefix(8).lowercased())"
        // template0 takes no connections, so a build of someone else's on template1 cannot block the copy.
        try await (app.db as! any SQLDatabase).raw("CREATE DATABASE \(ident: name) TEMPLATE template0").run()
        dropDatabase = name
        var parts = URLComponents(string: url)!
        parts.path = "/\(name)"
        database = .postgres(url: parts.string!)
    case .sqliteFile, .sqliteMemory:
        database = .sqliteFile(folder.path("restored-\(UUID().uuidString.prefix(8)).sqlite"))
    }
    let target = try await Application.make(.testing)
    var failure: (any Error)?
    do {
        var config = AppConfig.testing(database: database)
        config.encryptionKey = encryptionKey ?? config.encryptionKey
        try await configure(target, config: config)
        try await target.autoMigrate()
        try await body(target)
    } catch {
        failure = error
    }
    try? await target.asyncShutdown()
    if let dropDatabase {
        // Not WITH (FORCE): that fails for a non-superuser when autovacuum has just started on the restored
        // tables; a plain DROP stops autovacuum itself. Our own connections are closed by the shutdown above.
        for attempt in 1... {
            do {
                try await (app.db as! any SQLDatabase).raw("DROP DATABASE IF EXISTS \(ident: dropDatabase)").run()
                break
            } catch where attempt < 5 {
                try await Task.sleep(for: .seconds(1))
            }
        }
    }
    if let failure { throw failure }
}

/// A folder under the system's temporary directory, removed when the value is released.
private final class TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("polku-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

private func XCTAssertThrowsFailure(_ expression: @autoclosure () async throws -> some Any, containing text: String,
                                    file: StaticString = #filePath, line: UInt = #line) async {
    do {
        _ = try await expression()
        XCTFail("no error; expected one containing \"\(text)\"", file: file, line: line)
    } catch let failure as Backups.Failure {
        XCTAssertTrue(failure.description.contains(text), "\"\(failure.description)\" does not contain \"\(text)\"", file: file, line: line)
    } catch {
        XCTFail("\(error) is not a Backups.Failure", file: file, line: line)
    }
}
