import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Issue 11, item 7: the organizer's own texts are dated versions, and a decision prints the one in force on its day
/// in the client's language (decision 123).
final class OrganizerDocumentTests: XCTestCase {
    private func version(_ kind: OrganizerDocumentKind, of organizer: Organization, from: String, _ text: String,
                         on app: Application) async throws -> OrganizerDocument {
        let document = OrganizerDocument(organizerID: organizer.id!, kind: kind, validFrom: from, fi: "\(text) (fi)", sv: "\(text) (sv)",
                                         en: "\(text) (en)")
        try await document.create(on: app.db)
        return document
    }

    private func decide(_ client: Client, on day: String, starts: String, world: TestWorld, app: Application) async throws -> [String: Any] {
        try await world.givePlan(to: client, on: app)
        let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
        let res = try await api.send(.POST, "/api/v1/clients/\(client.id!)/decisions",
                                     ["decidedOn": day, "startsOn": starts, "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
                                      "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi"])
        XCTAssertEqual(res.status, .created, res.body.string)
        return TestAPI.object(res)
    }

    func testADecisionPrintsTheVersionInForceOnItsDayInTheClientsLanguage() async throws {
        try await withApp { app, world in
            // setup: the county's appeal text changes on 1.6.2026; its insurance text is its own since January.
            _ = try await version(.appealInstructions, of: world.county, from: "2026-01-01", "Vanha muutoksenhaku", on: app)
            _ = try await version(.appealInstructions, of: world.county, from: "2026-06-01", "Uusi muutoksenhaku", on: app)
            _ = try await version(.insurance, of: world.county, from: "2026-01-01", "Oma vakuutus", on: app)
            world.lieksaClient.language = "sv"
            try await world.lieksaClient.save(on: app.db)

            // act: one decision on the day before the new version, one on its first day
            let before = try await decide(world.joensuuClient, on: "2026-05-31", starts: "2026-06-02", world: world, app: app)
            let on = try await decide(world.lieksaClient, on: "2026-06-01", starts: "2026-06-02", world: world, app: app)

            // check
            XCTAssertEqual(before["appealInstructions"] as? String, "Vanha muutoksenhaku (fi)")
            XCTAssertEqual(on["appealInstructions"] as? String, "Uusi muutoksenhaku (sv)")
            let contract = on["contract"] as? [String: Any] ?? [:]
            XCTAssertEqual(contract["insurance"] as? String, "Oma vakuutus (sv)")
            // No instructions for providers of its own: the built-in text in the client's language.
            XCTAssertEqual(contract["providerInstructions"] as? String, Texts(language: .sv)[.providerInstructionsDefault])
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/clients/\(world.joensuuClient.id!)/decisions/\(before["id"] as! String)").body.string
            XCTAssertTrue(page.contains("Vanha muutoksenhaku (fi)") && !page.contains("Uusi muutoksenhaku"), "the old version, printed")
        }
    }

    func testWithoutTextsOfItsOwnTheOrganizersDecisionPrintsTheBuiltInOnes() async throws {
        try await withApp { app, world in
            _ = try await version(.appealInstructions, of: world.county, from: "2026-06-01", "Tuleva", on: app)
            let made = try await decide(world.joensuuClient, on: "2026-05-28", starts: "2026-06-02", world: world, app: app)
            XCTAssertEqual(made["appealInstructions"] as? String, Texts(language: .fi)[.decisionAppealDefault], "the version is not in force yet")
        }
    }

    func testOnlyAdministratorsAddVersionsFromTomorrowAndNeverChangeOneInForce() async throws {
        try await withApp { app, world in
            let county = world.county.id!.uuidString
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let workerList = try await worker.get("/admin/organizer-documents").status
            XCTAssertEqual(workerList, .forbidden)
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            var form = ["organizerId": county, "kind": "insurance", "validFrom": "29.5.2026", "textFi": "Vakuutus", "textSv": "", "textEn": "Insurance"]

            // A text missing in one language: 422 naming it, nothing saved.
            let missing = try await admin.post("/admin/organizer-documents", form: form)
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertTrue(missing.body.string.contains(#"id="textSv-error""#))
            // Today is too early: 409 naming the day.
            form["textSv"] = "Försäkring"
            form["validFrom"] = "28.5.2026"
            let today = try await admin.post("/admin/organizer-documents", form: form)
            XCTAssertEqual(today.status, .conflict)
            XCTAssertTrue(today.body.string.contains(#"id="validFrom-error""#))
            // A provider is no organizer.
            form["validFrom"] = "29.5.2026"
            form["organizerId"] = world.provider.id!.uuidString
            let providerAsOrganizer = try await admin.post("/admin/organizer-documents", form: form).status
            XCTAssertEqual(providerAsOrganizer, .unprocessableEntity)
            let savedRows = try await OrganizerDocument.query(on: app.db).count()
            XCTAssertEqual(savedRows, 0)
            // Without the CSRF token nothing is saved either.
            form["organizerId"] = county
            let withoutToken = try await admin.post("/admin/organizer-documents", form: form, csrf: false).status
            XCTAssertEqual(withoutToken, .forbidden)

            // Tomorrow: saved and audited; a second version on the same day is refused.
            let saved = try await admin.post("/admin/organizer-documents", form: form).status
            XCTAssertEqual(saved, .seeOther)
            let sameDay = try await admin.post("/admin/organizer-documents", form: form).status
            XCTAssertEqual(sameDay, .conflict)
            let upcoming = try await OrganizerDocument.query(on: app.db).first()!
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == "organizerDocument.create").count()
            XCTAssertEqual(audited, 1)
            // Until it comes into force it may be changed.
            var change = form
            change["version"] = "1"
            change["textFi"] = "Vakuutus, korjattu"
            let changed = try await admin.post("/admin/organizer-documents/\(upcoming.id!)", form: change).status
            XCTAssertEqual(changed, .seeOther)
            let changedText = try await OrganizerDocument.find(upcoming.id, on: app.db)?.textFi
            XCTAssertEqual(changedText, "Vakuutus, korjattu")

            // One in force is never changed.
            let inForce = try await version(.appealInstructions, of: world.county, from: "2026-05-28", "Voimassa", on: app)
            let edit = try await admin.get("/admin/organizer-documents/\(inForce.id!)").body.string
            XCTAssertTrue(edit.contains(#"data-qa="document-fixed""#))
            let refused = try await admin.post("/admin/organizer-documents/\(inForce.id!)",
                                               form: ["validFrom": "1.7.2026", "textFi": "Muutettu", "textSv": "x", "textEn": "x", "version": "1"])
            XCTAssertEqual(refused.status, .conflict)
            let unchanged = try await OrganizerDocument.find(inForce.id, on: app.db)?.textFi
            XCTAssertEqual(unchanged, "Voimassa (fi)")
            let list = try await admin.get("/admin/organizer-documents").body.string
            XCTAssertEqual(list.components(separatedBy: #"data-qa="document-row""#).count - 1, 2)
        }
    }

    func testTheAPIListsTheVersionsWithTheirLastDays() async throws {
        try await withApp { app, world in
            let first = try await version(.appealInstructions, of: world.county, from: "2026-01-01", "Eka", on: app)
            _ = try await version(.appealInstructions, of: world.county, from: "2026-06-01", "Toka", on: app)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let list = try await api.send(.GET, "/api/v1/organizer-documents?organizerId=\(world.county.id!)&kind=appealInstructions")
            XCTAssertEqual(list.status, .ok)
            let items = TestAPI.object(list)["items"] as? [[String: Any]] ?? []
            XCTAssertEqual(items.map { $0["validFrom"] as? String }, ["2026-06-01", "2026-01-01"])
            XCTAssertEqual(items.map { $0["validUntil"] as? String }, [nil, "2026-05-31"])
            let one = try await api.send(.GET, "/api/v1/organizer-documents/\(first.id!)")
            XCTAssertEqual(TestAPI.object(one)["validUntil"] as? String, "2026-05-31")
            let nonsense = try await api.send(.GET, "/api/v1/organizer-documents?kind=nonsense").status
            XCTAssertEqual(nonsense, .badRequest)
        }
    }
}
