import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Places ranked for a client, with reasons; provider contracts.
final class MatchingTests: XCTestCase {
    /// A Lieksa woodwork place with intensive support, and the Joensuu client assessed as wanting woodwork with intensive support.
    private func setUp(_ app: Application, _ world: TestWorld) async throws {
        let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
        let added = try await admin.post("/admin/places", form: PlaceTests.form(world, name: "Lieksan puupaja", municipality: "422", tasks: "wood",
                                                                                 support: "intensive"))
        XCTAssertEqual(added.status, .seeOther)
        let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
        let assessed = try await api.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/assessments", [
            "assessedOn": "2026-05-20", "needs": "Pitkä työttömyys.", "conclusion": "rehabilitativeWorkActivity",
            "interests": ["wood"], "supportNeed": "intensive", "needsRemote": false,
        ])
        XCTAssertEqual(assessed.status, .created)
        XCTAssertEqual(TestAPI.object(assessed)["interests"] as? [String], ["wood"])
    }

    func testTasksAndSupportOutweighTheSameMunicipalityAndTheReasonsAreShown() async throws {
        try await withApp { app, world in
            try await setUp(app, world)
            let api = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let response = try await api.send(.GET, "/api/v1/clients/\(world.joensuuClient.id!)/matching")
            XCTAssertEqual(response.status, .ok)
            let body = TestAPI.object(response)
            XCTAssertEqual(body["supportNeed"] as? String, "intensive")
            let items = body["items"] as! [[String: Any]]
            XCTAssertEqual(items.map { $0["placeName"] as? String }, ["Lieksan puupaja", "Puutyöpaja"])
            func codes(_ item: [String: Any]) -> [String] { (item["reasons"] as! [[String: Any]]).map { $0["code"] as! String } }
            XCTAssertEqual(codes(items[0]), ["elsewhereInCounty", "tasksMatch", "supportFits", "freeNow"])
            XCTAssertEqual(codes(items[1]), ["sameMunicipality", "noTaskMatch", "supportTooLight", "freeNow"])
            XCTAssertEqual(items[0]["score"] as? Int, 45)
            XCTAssertEqual(items[1]["score"] as? Int, 25)

            // The page shows the same order, each with its reasons and a link to the place.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let client = try await browser.get("/clients/\(world.joensuuClient.id!)")
            XCTAssertTrue(client.body.string.contains(#"data-qa="matching-link""#))
            let page = try await browser.get("/clients/\(world.joensuuClient.id!)/matching").body.string
            let first = try XCTUnwrap(page.range(of: "Lieksan puupaja")), second = try XCTUnwrap(page.range(of: ">Puutyöpaja<"))
            XCTAssertLessThan(first.lowerBound, second.lowerBound)
            XCTAssertTrue(page.contains("Kiinnostavat tehtävät: Puutyö"))
            XCTAssertTrue(page.contains("Tuki kevyempää kuin tarve (Kohtalainen tuki)"))
            XCTAssertTrue(page.contains(#"href="/places/\#(world.place.id!)""#))
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == "matching.read").filter(\.$clientID == world.joensuuClient.id!).count()
            XCTAssertEqual(audited, 2)
        }
    }

    func testAFullPlaceSinksAndTheSameAreaBeatsTheRestOfTheCounty() async throws {
        try await withApp { app, world in
            try await setUp(app, world)
            // Fill the Lieksa place for the whole horizon.
            let lieksa = try await WorkActivityPlace.query(on: app.db).filter(\.$name == "Lieksan puupaja").first()!
            lieksa.capacity = 1
            try await lieksa.save(on: app.db)
            try await Period(clientID: world.lieksaClient.id!, placeID: lieksa.id!, startsOn: "2026-05-01", endsOn: "2026-09-30")
                .create(on: app.db)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let items = TestAPI.object(try await api.send(.GET, "/api/v1/clients/\(world.joensuuClient.id!)/matching"))["items"] as! [[String: Any]]
            XCTAssertEqual(items.map { $0["placeName"] as? String }, ["Puutyöpaja", "Lieksan puupaja"])
            let reasons = items[1]["reasons"] as! [[String: Any]]
            XCTAssertEqual(reasons.last?["code"] as? String, "full")
            XCTAssertEqual(reasons.last?["positive"] as? Bool, false)
            // The Lieksa client lives in the south area: the Lieksa place is local for them.
            let forLieksa = TestAPI.object(try await api.send(.GET, "/api/v1/clients/\(world.lieksaClient.id!)/matching"))["items"] as! [[String: Any]]
            let lieksaRow = forLieksa.first { $0["placeName"] as? String == "Lieksan puupaja" }!
            XCTAssertEqual((lieksaRow["reasons"] as! [[String: Any]]).first?["code"] as? String, "sameMunicipality")
        }
    }

    func testOnlyThoseWhoPlaceClientsMatchAndOnlyWithinReach() async throws {
        try await withApp { app, world in
            let path = "/api/v1/clients/\(world.placedClient.id!)/matching"
            for role in [Role.workCoach, .admin, .manager, .client] {
                let api = try await TestAPI.signedIn(world.user(role), world: world, app: app)
                try await XCTAssertEqualAsync(try await api.send(.GET, path).status, .forbidden, "\(role)")
            }
            let south = try await TestAPI.signedIn(world.southWorker, world: world, app: app)
            try await XCTAssertEqualAsync(try await south.send(.GET, path).status, .notFound)
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            try await XCTAssertEqualAsync(try await coach.get("/clients/\(world.placedClient.id!)/matching").status, .forbidden)
            let page = try await coach.get("/clients/\(world.placedClient.id!)").body.string
            XCTAssertFalse(page.contains("matching-link"))
            try await XCTAssertEqualAsync(try await AuditEvent.query(on: app.db).filter(\.$action == "matching.read").count(), 0)
        }
    }
}

final class ProviderContractTests: XCTestCase {
    private func form(_ world: TestWorld, price: String, version: Int? = nil) -> [String: String] {
        var form = ["providerId": world.provider.id!.uuidString, "validFrom": "1.1.2026", "validTo": "31.12.2026", "placeIds[]": world.place.id!.uuidString,
                    "pricePerDay": price, "contactName": "Toiminnanjohtaja Tiina", "contactPhone": "040 765 4321", "contactEmail": "tiina@example.fi"]
        if let version { form["version"] = "\(version)" }
        return form
    }

    func testAnAdminRecordsAContractWithItsPriceAndTheAPIReadsIt() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            // A purchased service is bought per client day: the price is required and must be money.
            let missing = try await admin.post("/admin/contracts", form: form(world, price: ""))
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertTrue(missing.body.string.contains(#"data-qa="error-pricePerDay""#))
            let malformed = try await admin.post("/admin/contracts", form: form(world, price: "neljäkymmentä"))
            XCTAssertEqual(malformed.status, .unprocessableEntity)
            var backwards = form(world, price: "42,50")
            backwards["validTo"] = "31.12.2025"
            let backwardsPage = try await admin.post("/admin/contracts", form: backwards).body.string
            XCTAssertTrue(backwardsPage.contains(#"data-qa="error-validTo""#))
            try await XCTAssertEqualAsync(try await admin.post("/admin/contracts", form: form(world, price: "42,50")).status, .seeOther)
            let list = try await admin.get("/admin/contracts").body.string
            XCTAssertTrue(list.contains("42,50\u{00A0}€"))
            XCTAssertTrue(list.contains("Puutyöpaja"))
            try await XCTAssertEqualAsync(try await AuditEvent.query(on: app.db).filter(\.$action == "providerContract.create").count(), 1)

            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let items = TestAPI.object(try await api.send(.GET, "/api/v1/provider-contracts?providerId=\(world.provider.id!)"))["items"] as! [[String: Any]]
            XCTAssertEqual(items.count, 1)
            XCTAssertEqual(items[0]["priceCentsPerDay"] as? Int, 4250)
            XCTAssertEqual((items[0]["places"] as? [[String: Any]])?.first?["name"] as? String, "Puutyöpaja")
            let id = items[0]["id"] as! String
            try await XCTAssertEqualAsync(try await api.send(.GET, "/api/v1/provider-contracts/\(id)").status, .ok)
            try await XCTAssertEqualAsync(try await api.send(.GET, "/api/v1/provider-contracts/\(UUID())").status, .notFound)

            // Changing it needs the version read.
            try await XCTAssertEqualAsync(try await admin.post("/admin/contracts/\(id)", form: form(world, price: "45,00", version: 1)).status, .seeOther)
            try await XCTAssertEqualAsync(try await admin.post("/admin/contracts/\(id)", form: form(world, price: "46,00", version: 1)).status, .conflict)
            try await XCTAssertEqualAsync(try await ProviderContract.query(on: app.db).first()!.priceCentsPerDay, 4500)
        }
    }

    func testOwnProductionHasNoPriceAndOthersMayNotEditContracts() async throws {
        try await withApp { app, world in
            world.provider.providerKind = .ownProduction
            try await world.provider.save(on: app.db)
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let priced = try await admin.post("/admin/contracts", form: form(world, price: "10,00"))
            XCTAssertEqual(priced.status, .unprocessableEntity)
            XCTAssertTrue(priced.body.string.contains(#"data-qa="error-pricePerDay""#))
            try await XCTAssertEqualAsync(try await admin.post("/admin/contracts", form: form(world, price: "")).status, .seeOther)
            for role in [Role.socialWorker, .workCoach, .manager] {
                let browser = try await TestBrowser.signedIn(app, email: world.user(role).email)
                try await XCTAssertEqualAsync(try await browser.get("/admin/contracts").status, .forbidden, "\(role)")
                try await XCTAssertEqualAsync(try await browser.post("/admin/contracts", form: form(world, price: "")).status, .forbidden, "\(role)")
            }
        }
    }
}

final class AssessmentMatchingNeedsTests: XCTestCase {
    func testUnknownInterestsOrSupportNeedAreNamed() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let response = try await api.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/assessments", [
                "assessedOn": "2026-05-20", "needs": "Tarpeet.", "conclusion": "rehabilitativeWorkActivity",
                "interests": ["juggling"], "supportNeed": "enormous",
            ])
            XCTAssertEqual(response.status, .unprocessableEntity)
            XCTAssertEqual(Set(TestAPI.problems(response).keys), ["interests", "supportNeed"])
            // The form shows the needs back, and the assessment page shows them once saved.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let saved = try await browser.post("/clients/\(world.joensuuClient.id!)/assessments", form: [
                "assessedOn": "20.5.2026", "needs": "Tarpeet.", "conclusion": "rehabilitativeWorkActivity", "interests[]": "textile",
                "supportNeed": "light", "needsRemote": "on",
            ])
            XCTAssertEqual(saved.status, .seeOther)
            let assessment = try await Assessment.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).first()!
            XCTAssertEqual(assessment.interestCodes, [.textile])
            XCTAssertEqual(assessment.supportNeedLevel, .light)
            XCTAssertTrue(assessment.needsRemote)
            let page = try await browser.get("/clients/\(world.joensuuClient.id!)/assessments/\(assessment.id!)").body.string
            XCTAssertTrue(page.contains("Tekstiilityö"))
        }
    }
}
