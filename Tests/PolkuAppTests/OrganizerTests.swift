import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Issue 11, item 6: after the reform a municipality organizes the service (decision 120). Lieksa, in the test
/// county's south area, takes it over on 29.5.2026; the county serves it until the day before.
final class OrganizerTests: XCTestCase {
    private static let takeover = "2026-05-29"

    private func day(_ iso: String) -> Date {
        // Noon in Helsinki on that day.
        let date = LocalDate(isoString: iso)!
        return Date(timeIntervalSince1970: TestWorld.now.timeIntervalSince1970 + Double(LocalDateFixture.day(2026, 5, 28).days(until: date)) * 86_400)
    }

    /// A token issued on `now`, the test's day (the world's tokens are issued on 28.5. and last an hour).
    private func api(_ user: User, on app: Application, now: Date) async throws -> TestAPI {
        let (_, plain) = try await ApiToken.issue(for: user.id!, lifetime: 3600, now: now, on: app.db)
        return TestAPI(app: app, headers: ["Authorization": "Bearer \(plain)"])
    }

    /// Lieksa organizes from the takeover with its own rules (at most 2 days a week) and has a social worker.
    private func lieksaTakesOver(_ world: TestWorld, on app: Application) async throws -> User {
        world.lieksa.organizesFrom = Self.takeover
        try await world.lieksa.save(on: app.db)
        var rules = Policy.legalDefaults(validFrom: LocalDate(isoString: Self.takeover)!)
        rules.maxDaysPerWeek = 2
        try await PolicyRecord(organizerID: world.lieksa.id!, policy: rules).create(on: app.db)
        let worker = User(email: "lieksa@test.fi", name: "Lieksan sosiaalityöntekijä", passwordHash: try app.password.hash(TestWorld.password),
                          role: .socialWorker, organizationID: world.lieksa.id)
        try await worker.create(on: app.db)
        try await world.givePlan(to: world.lieksaClient, on: app)
        return worker
    }

    func testTheMunicipalityServesItsResidentsFromItsFirstDayAndTheCountyUntilTheDayBefore() async throws {
        for (today, municipalityServes) in [("2026-05-28", false), (Self.takeover, true), ("2026-05-30", true)] {
            try await withApp(now: day(today)) { app, world in
                // setup
                let lieksaWorker = try await self.lieksaTakesOver(world, on: app)
                let now = self.day(today)
                let county = try await self.api(world.user(.socialWorker), on: app, now: now)
                let south = try await self.api(world.southWorker, on: app, now: now)
                let lieksa = try await self.api(lieksaWorker, on: app, now: now)
                let client = "/api/v1/clients/\(world.lieksaClient.id!)"

                // act / check: reach follows the organizer of the day
                let countyReads = try await county.send(.GET, client).status
                XCTAssertEqual(countyReads, municipalityServes ? .notFound : .ok, today)
                let southReads = try await south.send(.GET, client).status
                XCTAssertEqual(southReads, municipalityServes ? .notFound : .ok, today)
                let lieksaReads = try await lieksa.send(.GET, client).status
                XCTAssertEqual(lieksaReads, .ok, today)
                let joensuuRead = try await county.send(.GET, "/api/v1/clients/\(world.joensuuClient.id!)").status
                XCTAssertEqual(joensuuRead, .ok, "Joensuu stays the county's")

                // the referral goes to the organizer of the day
                let sent = try await lieksa.send(.POST, "/api/v1/referrals", ["clientId": world.lieksaClient.id!.uuidString, "reason": "Päivärytmi",
                                                                              "urgency": "normal", "consentToShare": true])
                XCTAssertEqual(sent.status, .created, sent.body.string)
                XCTAssertEqual(TestAPI.object(sent)["organizerId"] as? String, (municipalityServes ? world.lieksa.id! : world.county.id!).uuidString, today)

                // and a decision made that day follows that organizer's rules: three days a week is too many for Lieksa
                let start = LocalDate(isoString: today)!.adding(days: 3).isoString
                let decision: [String: Any] = ["decidedOn": today, "startsOn": start, "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
                                               "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi"]
                let made = try await lieksa.send(.POST, "\(client)/decisions", decision)
                XCTAssertEqual(made.status, municipalityServes ? .conflict : .created, "\(today): \(made.body.string)")
                if municipalityServes { XCTAssertEqual(TestAPI.problems(made)["daysPerWeek"], "ruleDaysMax") }
            }
        }
    }

    func testTheCountyDecidesNoReferralOfTheMunicipalityAndTheStatisticsCountEachOrganizer() async throws {
        try await withApp(now: day("2026-06-01")) { app, world in
            let lieksaWorker = try await self.lieksaTakesOver(world, on: app)
            let now = self.day("2026-06-01")
            let lieksa = try await self.api(lieksaWorker, on: app, now: now)
            let sent = try await lieksa.send(.POST, "/api/v1/referrals", ["clientId": world.lieksaClient.id!.uuidString, "reason": "Päivärytmi",
                                                                          "urgency": "normal", "consentToShare": true])
            let referral = try XCTUnwrap(TestAPI.object(sent)["id"] as? String, sent.body.string)
            let county = try await self.api(world.user(.socialWorker), on: app, now: now)
            let decided = try await county.send(.POST, "/api/v1/referrals/\(referral)/decision", ["state": "accepted", "version": 1])
            XCTAssertEqual(decided.status, .notFound, "outside the county's reach since 29.5.")
            let lieksaDecides = try await lieksa.send(.POST, "/api/v1/referrals/\(referral)/decision", ["state": "accepted", "version": 1]).status
            XCTAssertEqual(lieksaDecides, .ok)

            let manager = try await TestBrowser.signedIn(app, email: world.user(.manager).email)
            let page = try await manager.get("/statistics").body.string
            XCTAssertEqual(page.components(separatedBy: #"data-qa="statistics-organizer""#).count - 1, 2, "both organizers are counted")
        }
    }

    func testAnAdministratorMakesAMunicipalityAnOrganizerWithItsFirstDay() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            // A municipality standing alone must say from when it organizes; a provider never organizes.
            let alone = try await admin.post("/admin/organizations", form: ["name": "Heinävesi", "kind": "municipality", "municipalityCode": "090"])
            XCTAssertEqual(alone.status, .unprocessableEntity)
            XCTAssertTrue(alone.body.string.contains(#"id="organizesFrom-error""#), alone.body.string)
            let provider = try await admin.post("/admin/organizations", form: ["name": "Paja", "kind": "provider", "providerKind": "partnership",
                                                                               "organizationForm": "association", "organizesFrom": "1.1.2027"])
            XCTAssertEqual(provider.status, .unprocessableEntity)
            let backwards = try await admin.post("/admin/organizations", form: ["name": "Heinävesi", "kind": "municipality", "municipalityCode": "090",
                                                                                "organizesFrom": "1.1.2027", "organizesUntil": "31.12.2026"])
            XCTAssertTrue(backwards.body.string.contains(#"id="organizesUntil-error""#))
            let unsaved = try await Organization.query(on: app.db).filter(\.$municipalityCode == "090").count()
            XCTAssertEqual(unsaved, 0, "nothing saved")

            let saved = try await admin.post("/admin/organizations", form: ["name": "Heinävesi", "kind": "municipality", "municipalityCode": "090",
                                                                            "organizesFrom": "1.1.2027"])
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let heinavesi = try await Organization.query(on: app.db).filter(\.$municipalityCode == "090").first()!
            XCTAssertEqual(heinavesi.organizesFrom, "2027-01-01")
            XCTAssertEqual(heinavesi.coveredCodes, ["090"])
            // It holds policies of its own.
            let policyForm = try await admin.get("/admin/policies/new").body.string
            XCTAssertTrue(policyForm.contains(heinavesi.id!.uuidString), "offered as an organizer")
            let organizations = try await admin.get("/admin/organizations").body.string
            XCTAssertTrue(organizations.contains("1.1.2027–"))
        }
    }
}
