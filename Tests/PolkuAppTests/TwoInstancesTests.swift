import Fluent
@testable import PolkuApp
@testable import PolkuDomain
import Vapor
import XCTest

/// Two app instances on one database, as behind a load balancer (issue 9, item 6): each has its own
/// connections, audit writer and server. On PostgreSQL in CI; on SQLite two connections to one file.
final class TwoInstancesTests: XCTestCase {
    func testASignInOnOneWorksOnTheOtherAndConcurrentSavesThroughBothLoseNothing() async throws {
        var database = testDatabase()
        var folder: URL?
        if database == .sqliteMemory {
            // Two instances must share the file; the suite's in-memory databases are one per app.
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("polku-two-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            folder = dir
            database = .sqliteFile(dir.appendingPathComponent("polku.sqlite").path)
        }
        defer { if let folder { try? FileManager.default.removeItem(at: folder) } }
        let first = try await makeTestApp(database: database)
        let second = try await makeTestApp(database: database, fresh: false)
        do {
            let world = try await TestWorld.make(on: first)
            try await LiveServer.with(first) { one in
                try await LiveServer.with(second) { two in try await exercise(one, two, world: world) }
            }
        } catch {
            try? await first.asyncShutdown()
            try? await second.asyncShutdown()
            throw error
        }
        try await first.asyncShutdown()
        try await second.asyncShutdown()
    }

    private func exercise(_ one: LiveServer, _ two: LiveServer, world: TestWorld) async throws {
        let (first, second) = (one.app, two.app)

        // setup: a session and a token made on one instance
        let worker = try await LiveUser.signedIn(one, email: world.user(.socialWorker).email)
        let api = try await LiveUser.withToken(two, email: world.user(.socialWorker).email)
        // check: each works on the other
        let page = try await worker.moved(to: two).send(.GET, "/clients")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Muualla"), "the session from instance one shows the client list on instance two")
        let list = try await api.moved(to: one).send(.GET, "/api/v1/clients")
        XCTAssertEqual(list.status, .ok, "the token from instance two works on instance one")

        // act: 32 connections alternate between the instances, creating clients and racing on one version
        let contested = try world.joensuuClient.requireID()
        let token = try XCTUnwrap(api.bearer)
        let results = try await withThrowingTaskGroup(of: (created: [UUID], saved: Int, errors: [String]).self) { group in
            for connection in 0..<32 {
                group.addTask {
                    let user = LiveUser(connection % 2 == 0 ? one : two)
                    user.bearer = token
                    var created: [UUID] = [], saved = 0, errors: [String] = []
                    for round in 0..<3 {
                        let code = Self.code(connection, round)
                        let made = try await user.send(.POST, "/api/v1/clients", json: [
                            "firstName": "Kaksi", "lastName": "Instanssia", "personalIdentityCode": code,
                            "municipalityCode": "167", "language": "fi"])
                        if made.status.code >= 500 { errors.append("POST \(made.status.code)") }
                        if made.status == .created, let id = (made.json["id"] as? String).flatMap(UUID.init(uuidString:)) { created.append(id) }
                        let read = try await user.send(.GET, "/api/v1/clients/\(contested)")
                        let save = try await user.send(.PUT, "/api/v1/clients/\(contested)", json: [
                            "firstName": "Maija", "lastName": "Muualla \(connection)", "municipalityCode": "167", "language": "fi",
                            "personalIdentityCode": TestWorld.joensuuCode, "version": read.json["version"] as? Int ?? 0])
                        if save.status.code >= 500 { errors.append("PUT \(save.status.code)") }
                        if save.status == .ok { saved += 1 }
                    }
                    return (created, saved, errors)
                }
            }
            var all: (created: [UUID], saved: Int, errors: [String]) = ([], 0, [])
            for try await part in group { all.created += part.created; all.saved += part.saved; all.errors += part.errors }
            return all
        }
        // check
        XCTAssertEqual(results.errors, [])
        XCTAssertEqual(results.created.count, 32 * 3, "every creation through either instance is acknowledged")
        let stored = try await Client.query(on: first.db).filter(\.$id ~~ results.created).count()
        XCTAssertEqual(stored, results.created.count)
        let version = try await Client.find(contested, on: second.db)?.version
        XCTAssertEqual(version, 1 + results.saved, "no save through either instance is lost")
        let verification = try await AuditVerifier.verify(on: first.db, seal: first.auditSeal)
        guard case .intact = verification else { return XCTFail("audit chain: \(verification)") }
    }

    /// A valid identity code of 16.3.1975 that no other connection or round uses.
    private static func code(_ connection: Int, _ round: Int) -> String {
        let individual = 2 + connection * 10 + round
        let check = PersonalIdentityCode.checkCharacters[(160_375 * 1000 + individual) % 31]
        return "160375-" + String(format: "%03d", individual) + String(check)
    }
}
