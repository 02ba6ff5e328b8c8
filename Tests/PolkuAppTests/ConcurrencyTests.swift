import Fluent
@testable import PolkuApp
@testable import PolkuDomain
import Vapor
import XCTest

/// Many people at once through the real HTTP server (issue 9): signing in, reading pages, lists and the
/// API, saving forms and API records, and racing on one record's version. Runs on SQLite and, in CI,
/// on PostgreSQL.
final class ConcurrencyTests: XCTestCase {
    /// Parallel connections, as in the issue.
    private static let connections = 64
    private static let roundsPerConnection = 4

    /// What the load saw: every answer's status, and the records whose creation was acknowledged.
    private struct Tally: Sendable {
        var statuses: [String] = []
        var serverErrors: [String] = []
        var createdClients: [UUID] = []
        var savedVersions = 0

        mutating func record(_ label: String, _ status: HTTPResponseStatus) {
            statuses.append("\(label) \(status.code)")
            if status.code >= 500 { serverErrors.append("\(label) \(status.code)") }
        }

        mutating func merge(_ other: Tally) {
            statuses += other.statuses
            serverErrors += other.serverErrors
            createdClients += other.createdClients
            savedVersions += other.savedVersions
        }
    }

    func testMixedLoadOf64ConnectionsAnswersNo5xxLosesNoWriteAndKeepsTheChain() async throws {
        try await withApp(file: true) { app, world in
            let contested = try world.joensuuClient.requireID()
            let tally = try await LiveServer.with(app) { server in
                try await withThrowingTaskGroup(of: Tally.self) { group in
                    for connection in 0..<Self.connections {
                        group.addTask { try await Self.work(connection, server: server, world: world, contested: contested) }
                    }
                    var total = Tally()
                    for try await part in group { total.merge(part) }
                    return total
                }
            }

            XCTAssertEqual(tally.serverErrors, [], "no 5xx under load")
            XCTAssertGreaterThan(tally.statuses.count, Self.connections * Self.roundsPerConnection)
            // Every acknowledged creation is stored, with its audit event.
            XCTAssertEqual(tally.createdClients.count, Self.connections * Self.roundsPerConnection / 2)
            let stored = try await Client.query(on: app.db).filter(\.$id ~~ tally.createdClients).count()
            XCTAssertEqual(stored, tally.createdClients.count, "a creation answered as done is stored")
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.clientCreate.rawValue)
                .filter(\.$clientID ~~ tally.createdClients).count()
            XCTAssertEqual(audited, tally.createdClients.count, "each stored creation has its audit event")
            // Version-checked saves of one record: each success moved the version by one, none was lost.
            let contestedNow = try await Client.find(contested, on: app.db)
            XCTAssertGreaterThan(tally.savedVersions, 0)
            XCTAssertEqual(contestedNow?.version, 1 + tally.savedVersions, "every acknowledged save is one version")
            // The trail is one unbroken chain.
            let verification = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            guard case .intact(let events) = verification else { return XCTFail("audit chain: \(verification)") }
            XCTAssertGreaterThan(events, tally.statuses.count / 2)
        }
    }

    /// One connection's work: sign in (by form or for a token), then a few rounds of reads and writes.
    private static func work(_ connection: Int, server: LiveServer, world: TestWorld, contested: UUID) async throws -> Tally {
        var tally = Tally()
        let reader = try world.joensuuClient.requireID()
        switch connection % 4 {
        case 0:  // a social worker on the pages: front page, list, search, a client, referrals, a new client by form
            let user = try await LiveUser.signedIn(server, email: world.user(.socialWorker).email)
            for round in 0..<roundsPerConnection {
                for path in ["/", "/clients", "/clients?q=Muualla", "/clients/\(reader)", "/referrals"] {
                    tally.record("GET \(path)", try await user.send(.GET, path).status)
                }
                if round % 2 == 0 {
                    try await createByForm(user, code: code(connection, round), tally: &tally)
                    try await createByForm(user, code: code(connection, round + 1), tally: &tally)
                }
            }
        case 1:  // the API: lists, creations, and version-checked saves of one contested client
            let user = try await LiveUser.withToken(server, email: world.user(.socialWorker).email)
            for round in 0..<roundsPerConnection {
                tally.record("GET /api/v1/clients", try await user.send(.GET, "/api/v1/clients").status)
                if round % 2 == 0 {
                    try await createByAPI(user, code: code(connection, round), tally: &tally)
                    try await createByAPI(user, code: code(connection, round + 1), tally: &tally)
                }
                let read = try await user.send(.GET, "/api/v1/clients/\(contested)")
                tally.record("GET /api/v1/clients/{id}", read.status)
                var body = ["firstName": "Maija", "lastName": "Muualla \(connection)-\(round)", "municipalityCode": "167",
                            "language": "fi", "personalIdentityCode": TestWorld.joensuuCode] as [String: Any]
                body["version"] = read.json["version"] as? Int ?? 0
                let save = try await user.send(.PUT, "/api/v1/clients/\(contested)", json: body)
                tally.record("PUT /api/v1/clients/{id}", save.status)
                if save.status == .ok { tally.savedVersions += 1 } else { XCTAssertEqual(save.status, .conflict) }
            }
        case 2:  // a work coach: the week and the front page
            let user = try await LiveUser.signedIn(server, email: world.user(.workCoach).email)
            for _ in 0..<roundsPerConnection {
                for path in ["/coach/week", "/", "/queues"] {
                    tally.record("GET \(path)", try await user.send(.GET, path).status)
                }
            }
        default:  // a manager's statistics and the public registry of places
            let user = try await LiveUser.signedIn(server, email: world.user(.manager).email)
            let visitor = LiveUser(server)
            for _ in 0..<roundsPerConnection {
                tally.record("GET /statistics", try await user.send(.GET, "/statistics").status)
                tally.record("GET /places", try await visitor.send(.GET, "/places").status)
                tally.record("GET /health", try await visitor.send(.GET, "/health").status)
            }
        }
        return tally
    }

    private static func createByForm(_ user: LiveUser, code: String, tally: inout Tally) async throws {
        let answer = try await user.post("/clients", form: ["firstName": "Kuormitus", "lastName": "Lomake", "personalIdentityCode": code,
                                                            "municipalityCode": "167", "language": "fi"])
        tally.record("POST /clients", answer.status)
        XCTAssertEqual(answer.status, .seeOther, answer.body)
        let location = answer.headers.first(name: .location) ?? ""
        guard let id = UUID(uuidString: String(location.split(separator: "/").last ?? "")) else {
            return XCTFail("no client in \(location)")
        }
        tally.createdClients.append(id)
    }

    private static func createByAPI(_ user: LiveUser, code: String, tally: inout Tally) async throws {
        let answer = try await user.send(.POST, "/api/v1/clients", json: ["firstName": "Kuormitus", "lastName": "Rajapinta",
                                                                          "personalIdentityCode": code, "municipalityCode": "167",
                                                                          "language": "fi"])
        tally.record("POST /api/v1/clients", answer.status)
        XCTAssertEqual(answer.status, .created, answer.body)
        guard let id = (answer.json["id"] as? String).flatMap(UUID.init(uuidString:)) else { return XCTFail("no id: \(answer.body)") }
        tally.createdClients.append(id)
    }

    /// A valid identity code of 15.3.1975 that no other connection or round uses.
    private static func code(_ connection: Int, _ round: Int) -> String {
        let individual = 2 + connection * 10 + round
        let check = PersonalIdentityCode.checkCharacters[(150_375 * 1000 + individual) % 31]
        return "150375-" + String(format: "%03d", individual) + String(check)
    }
}
