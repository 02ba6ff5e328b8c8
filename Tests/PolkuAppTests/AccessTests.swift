import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Who may list, read, create and change which clients — every role, through the real API.
final class AccessTests: XCTestCase {
    private func status(_ app: Application, _ method: HTTPMethod, _ path: String, as user: User, world: TestWorld,
                        body: [String: String]? = nil) async throws -> HTTPStatus {
        let headers = try await world.bearer(user, on: app)
        var status: HTTPStatus = .internalServerError
        try await app.test(method, path, headers: headers, beforeRequest: { req async throws in
            if let body { try req.content.encode(body) }
        }) { res async throws in status = res.status }
        return status
    }

    private func listed(_ app: Application, as user: User, world: TestWorld) async throws -> Set<String> {
        var names: Set<String> = []
        try await app.test(.GET, "/api/v1/clients", headers: try await world.bearer(user, on: app)) { res async throws in
            XCTAssertEqual(res.status, .ok)
            names = Set(try res.content.decode(ClientsAPIController.ClientPage.self).items.map(\.lastName))
        }
        return names
    }

    func testReadingClientsByRole() async throws {
        try await withApp { app, world in
            let placed = "/api/v1/clients/\(world.placedClient.id!)"
            let other = "/api/v1/clients/\(world.joensuuClient.id!)"
            let lieksa = "/api/v1/clients/\(world.lieksaClient.id!)"
            let cases: [(User, String, HTTPStatus)] = [
                // The county's social worker reaches every municipality.
                (world.user(.socialWorker), lieksa, .ok),
                // The north area's counsellor does not reach the south.
                (world.user(.socialCounsellor), other, .ok), (world.user(.socialCounsellor), lieksa, .notFound),
                (world.southWorker, lieksa, .ok), (world.southWorker, other, .notFound),
                // Employment services reach the municipalities they serve.
                (world.user(.employmentSpecialist), other, .ok), (world.user(.employmentSpecialist), lieksa, .notFound),
                // A work coach sees only clients placed at their own organization.
                (world.user(.workCoach), placed, .ok), (world.user(.workCoach), other, .notFound),
                // Managers and admins never see client records.
                (world.user(.manager), placed, .forbidden), (world.user(.admin), placed, .forbidden),
                // A client sees only themself, and cannot tell whether others exist.
                (world.user(.client), placed, .ok), (world.user(.client), other, .notFound),
                (world.user(.socialWorker), "/api/v1/clients/\(UUID())", .notFound),
            ]
            for (user, path, expected) in cases {
                let got = try await status(app, .GET, path, as: user, world: world)
                XCTAssertEqual(got, expected, "\(user.email) GET \(path)")
            }
        }
    }

    func testListsAreFilteredToEachUsersReach() async throws {
        try await withApp { app, world in
            let worker = try await listed(app, as: world.user(.socialWorker), world: world)
            XCTAssertEqual(worker, ["Paikallinen", "Muualla", "Lieksalainen"])
            let south = try await listed(app, as: world.southWorker, world: world)
            XCTAssertEqual(south, ["Lieksalainen"])
            let coach = try await listed(app, as: world.user(.workCoach), world: world)
            XCTAssertEqual(coach, ["Paikallinen"])
            for role in [Role.manager, .admin, .client] {
                let got = try await status(app, .GET, "/api/v1/clients", as: world.user(role), world: world)
                XCTAssertEqual(got, .forbidden, "\(role) may not list clients")
            }
        }
    }

    func testTheCoachSeesAMaskedIdentityCode() async throws {
        try await withApp { app, world in
            try await app.test(.GET, "/api/v1/clients/\(world.placedClient.id!)", headers: try await world.bearer(world.user(.workCoach), on: app)) { res async throws in
                XCTAssertEqual(try res.content.decode(ClientDTO.self).personalIdentityCode, "010190-****")
            }
        }
    }

    func testCreatingAndChangingByRole() async throws {
        try await withApp { app, world in
            let joensuu = ["firstName": "Uusi", "lastName": "Asiakas", "personalIdentityCode": "150385-456R", "municipalityCode": "167", "language": "fi"]
            var lieksa = joensuu
            lieksa["municipalityCode"] = "422"
            let creates: [(User, [String: String], HTTPStatus)] = [
                (world.user(.workCoach), joensuu, .forbidden), (world.user(.manager), joensuu, .forbidden),
                (world.user(.admin), joensuu, .forbidden), (world.user(.client), joensuu, .forbidden),
                // Outside one's own area: refused before anything is saved.
                (world.user(.employmentSpecialist), lieksa, .forbidden), (world.user(.socialCounsellor), lieksa, .forbidden),
                (world.user(.employmentSpecialist), joensuu, .created),
            ]
            for (user, body, expected) in creates {
                let got = try await status(app, .POST, "/api/v1/clients", as: user, world: world, body: body)
                XCTAssertEqual(got, expected, "\(user.email) creating in \(body["municipalityCode"]!)")
            }
            var update = joensuu
            update["personalIdentityCode"] = TestWorld.placedCode
            update["version"] = "1"
            let path = "/api/v1/clients/\(world.placedClient.id!)"
            for (role, expected) in [(Role.workCoach, HTTPStatus.forbidden), (.client, .forbidden), (.manager, .forbidden)] {
                let got = try await status(app, .PUT, path, as: world.user(role), world: world, body: update)
                XCTAssertEqual(got, expected, "\(role) changing a client")
            }
            let unchanged = try await Client.find(world.placedClient.id!, on: app.db)!
            XCTAssertEqual(unchanged.lastName, "Paikallinen")
        }
    }

    func testPagesFollowTheSameRules() async throws {
        try await withApp { app, world in
            let manager = try await TestBrowser.signedIn(app, email: world.user(.manager).email)
            let managerClients = try await manager.get("/clients")
            XCTAssertEqual(managerClients.status, .forbidden)
            XCTAssertTrue(managerClients.body.string.contains(#"data-qa="error-page""#))
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let own = try await client.get("/me")
            XCTAssertEqual(own.status, .ok)
            XCTAssertTrue(own.body.string.contains("Paikallinen"))
            let someoneElse = try await client.get("/clients/\(world.joensuuClient.id!)")
            XCTAssertEqual(someoneElse.status, .notFound)
            let counsellor = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            let admin = try await counsellor.get("/admin/users")
            XCTAssertEqual(admin.status, .forbidden)
            let anonymous = try await TestBrowser(app).get("/clients")
            XCTAssertEqual(anonymous.status, .seeOther)
            XCTAssertEqual(anonymous.headers.first(name: .location), "/login?next=%2Fclients")
        }
    }
}
