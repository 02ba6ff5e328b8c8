import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTest

/// Pages computed from the whole county are kept until the data changes (decision 68): every change, by a
/// page, the API or a command, is seen on the next view, and nothing else makes them compute again.
final class ComputedCacheTests: XCTestCase {
    private static let july10 = Date(timeIntervalSince1970: 1_783_670_400)

    func testAChangeThroughTheAPIIsOnTheNextFrontPageAndARefusedOneMovesNothing() async throws {
        try await withApp(now: Self.july10) { app, world in
            // setup: the placed client's period ends without a next-step plan, so the front page names them
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let (_, token) = try await ApiToken.issue(for: world.user(.socialWorker).id!, lifetime: 3600, now: Self.july10, on: app.db)
            let api = TestAPI(app: app, headers: ["Authorization": "Bearer \(token)"])
            let first = try await browser.get("/").body.string
            XCTAssertTrue(first.contains("Paikallinen Pekka"))
            let before = try await DataGeneration.current(on: app.db)

            // act: a refused save (no version) changes nothing
            let body: [String: Any] = ["firstName": "Pekka", "lastName": "Uusinimi", "personalIdentityCode": TestWorld.placedCode,
                                       "municipalityCode": "167", "language": "fi"]
            let refused = try await api.send(.PUT, "/api/v1/clients/\(world.placedClient.id!)", body)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            let afterRefusal = try await DataGeneration.current(on: app.db)
            XCTAssertEqual(afterRefusal, before, "a refused request moves no generation")

            // act: a saved rename (a versioned raw UPDATE, not a Fluent model save)
            var versioned = body
            versioned["version"] = 1
            let saved = try await api.send(.PUT, "/api/v1/clients/\(world.placedClient.id!)", versioned)
            XCTAssertEqual(saved.status, .ok)

            // check: the next front page is computed afresh
            let after = try await browser.get("/").body.string
            XCTAssertTrue(after.contains("Uusinimi Pekka"), "the front page shows the saved change")
            XCTAssertFalse(after.contains("Paikallinen Pekka"))
        }
    }

    func testReadingPagesMovesNoGenerationAndTheStatisticsFollowAChange() async throws {
        try await withApp { app, world in
            let manager = try await TestBrowser.signedIn(app, email: world.user(.manager).email)
            let first = try await manager.get("/statistics").body.string
            let generation = try await DataGeneration.current(on: app.db)
            _ = try await manager.get("/statistics")
            _ = try await manager.get("/")
            let afterReading = try await DataGeneration.current(on: app.db)
            XCTAssertEqual(afterReading, generation, "reading and signing in change nothing")

            // a client saved by a command or a job, outside any request
            let client = Client()
            client.firstName = "Uusi"; client.lastName = "Asiakas"; client.searchName = "asiakas uusi"
            client.picCiphertext = "x"; client.picLookup = "lookup-new"; client.birthDate = "1980-01-01"
            client.municipalityCode = "167"; client.language = "fi"; client.version = 1
            try await client.create(on: app.db)
            let second = try await manager.get("/statistics").body.string
            XCTAssertNotEqual(first, second, "the statistics count the new client")
        }
    }
}
