import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The demo shows Heinävesi organizing the service itself beside the county (decision 125).
final class DemoOrganizerTests: XCTestCase {
    private func api(_ email: String, on app: Application) async throws -> TestAPI {
        let user = try await User.query(on: app.db).filter(\.$email == email).first()!
        let (_, plain) = try await ApiToken.issue(for: user.id!, lifetime: 3600, now: TestWorld.now, on: app.db)
        return TestAPI(app: app, headers: ["Authorization": "Bearer \(plain)"])
    }

    func testHeinavesisWorkerHasItsOwnClientsPlacesRulesAndTexts() async throws {
        try await withApp { app, _ in
            // setup
            try await DemoSeeder.seed(on: app.db, crypto: app.fieldCrypto, passwordHash: "x", clientCount: 40, today: TestWorld.today)
            let heinavesi = try await Organization.query(on: app.db).filter(\.$municipalityCode == DemoMunicipalOrganizer.code).first()!
            let worker = try await api(DemoMunicipalOrganizer.workerEmail, on: app)
            let county = try await api("social.worker@demo.polku.fi", on: app)

            // check: its worker reaches Heinävesi's clients only, the county's worker none of them
            let listed = try await worker.send(.GET, "/api/v1/clients")
            let list = TestAPI.object(listed)["items"] as? [[String: Any]] ?? []
            XCTAssertEqual(list.count, 4)
            XCTAssertTrue(list.allSatisfy { $0["municipalityCode"] as? String == "090" })
            let client = try XCTUnwrap(list.first?["id"] as? String)
            let countyRead = try await county.send(.GET, "/api/v1/clients/\(client)").status
            XCTAssertEqual(countyRead, .notFound)

            // Its referrals go to it, its places are what its clients are matched with, and its decisions print its texts.
            let referrals = try await Referral.query(on: app.db).join(Client.self, on: \Referral.$client.$id == \Client.$id)
                .filter(Client.self, \.$municipalityCode == "090").all()
            XCTAssertEqual(referrals.count, 4)
            XCTAssertTrue(referrals.allSatisfy { $0.$organizer.id == heinavesi.id })
            let matched = try await worker.send(.GET, "/api/v1/clients/\(client)/matching")
            let matching = TestAPI.object(matched)
            XCTAssertEqual((matching["items"] as? [[String: Any]])?.count, 2, "\(matching)")
            let decisions = try await Decision.query(on: app.db).join(Client.self, on: \Decision.$client.$id == \Client.$id)
                .filter(Client.self, \.$municipalityCode == "090").all()
            XCTAssertEqual(decisions.count, 2)
            XCTAssertTrue(decisions.allSatisfy { $0.appealInstructions == DemoOrganizerDocuments.heinavesi[.appealInstructions]!.fi })
            // Both organizers have their texts; the county's next appeal text is upcoming.
            let texts = try await OrganizerDocument.query(on: app.db).all()
            XCTAssertEqual(Set(texts.map(\.$organizer.id)).count, 2)
            XCTAssertTrue(texts.contains { $0.validFrom > TestWorld.today.isoString })
        }
    }
}
