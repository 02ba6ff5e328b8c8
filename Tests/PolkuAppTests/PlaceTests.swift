import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The public registry: no sign-in, no client data, filters; admin-only editing with named errors.
final class PlaceTests: XCTestCase {
    /// A complete place form as an administrator fills it in.
    static func form(_ world: TestWorld, name: String = "Keittiö Lieksa", municipality: String = "422", tasks: String = "kitchenCatering",
                     support: String = "light", version: Int? = nil) -> [String: String] {
        var form = ["providerId": world.provider.id!.uuidString, "name": name, "municipalityCode": municipality, "streetAddress": "Pielisentie 3",
                    "postalCode": "81700", "town": "Lieksa", "description": "Lounasravintola.", "tasks[]": tasks, "learning": "Hygieniapassi.",
                    "supportLevel": support, "supportText": "", "accessibility[]": "stepFree", "accessibilityText": "", "languages[]": "fi",
                    "openDays[]": "1", "opensAt": "8.00", "closesAt": "14.00", "capacity": "6", "contactName": "Anna Ohjaaja",
                    "contactPhone": "040 123 4567", "contactEmail": "anna@example.fi"]
        if let version { form["version"] = "\(version)" }
        return form
    }

    func testTheListAndThePlacePageNeedNoSignInAndShowNoClient() async throws {
        try await withApp { app, world in
            let anonymous = TestBrowser(app)
            let list = try await anonymous.get("/places")
            XCTAssertEqual(list.status, .ok)
            XCTAssertTrue(list.body.string.contains("Puutyöpaja"))
            XCTAssertTrue(list.body.string.contains("class=\"language-switcher\""))
            let page = try await anonymous.get("/places/\(world.place.id!)")
            XCTAssertEqual(page.status, .ok)
            for html in [list.body.string, page.body.string] {
                for client in [world.placedClient, world.joensuuClient, world.lieksaClient] {
                    XCTAssertFalse(html.contains(client.lastName), "a client's name on a public page")
                }
                XCTAssertFalse(html.contains(TestWorld.placedCode))
            }
            // Free seats, but not how many are taken: that is for staff.
            XCTAssertTrue(page.body.string.contains(#"data-qa="week-free">9<"#))
            XCTAssertFalse(page.body.string.contains("week-occupied"))
            try await XCTAssertEqualAsync(try await anonymous.get("/places/\(UUID())").status, .notFound)
            try await XCTAssertEqualAsync(try await anonymous.get("/places?task=juggling").status, .badRequest)
            // Nothing public is audited: no client was touched.
            try await XCTAssertEqualAsync(try await AuditEvent.query(on: app.db).count(), 0)
        }
    }

    func testFiltersNarrowTheList() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            try await XCTAssertEqualAsync(try await admin.post("/admin/places", form: Self.form(world)).status, .seeOther)
            var remote = Self.form(world, name: "Etätoimisto", municipality: "167", tasks: "office", support: "intensive")
            remote["remotePossible"] = "on"
            remote["capacity"] = "1"
            remote["learning"] = "Toimisto-ohjelmat."
            try await XCTAssertEqualAsync(try await admin.post("/admin/places", form: remote).status, .seeOther)
            // The remote office is full from this week on.
            let office = try await WorkActivityPlace.query(on: app.db).filter(\.$name == "Etätoimisto").first()!
            try await Period(clientID: world.joensuuClient.id!, placeID: office.id!, startsOn: "2026-05-25", endsOn: "2026-08-31")
                .create(on: app.db)

            func names(_ query: String) async throws -> [String] {
                let html = try await TestBrowser(app).get("/places?\(query)").body.string
                return html.components(separatedBy: #"data-qa="place-link">"#).dropFirst().map { String($0.prefix { $0 != "<" }) }
            }
            try await XCTAssertEqualAsync(try await names(""), ["Etätoimisto", "Keittiö Lieksa", "Puutyöpaja"])
            try await XCTAssertEqualAsync(try await names("municipality=422"), ["Keittiö Lieksa"])
            try await XCTAssertEqualAsync(try await names("area=\(world.areaSouth.id!)"), ["Keittiö Lieksa"])
            try await XCTAssertEqualAsync(try await names("task=office"), ["Etätoimisto"])
            try await XCTAssertEqualAsync(try await names("support=light"), ["Keittiö Lieksa"])
            try await XCTAssertEqualAsync(try await names("remote=on"), ["Etätoimisto"])
            try await XCTAssertEqualAsync(try await names("free=on"), ["Keittiö Lieksa", "Puutyöpaja"])
            try await XCTAssertEqualAsync(try await names("q=hygieniapassi"), ["Keittiö Lieksa"])
            try await XCTAssertEqualAsync(try await names("q=TYÖPAJA+ry"), ["Etätoimisto", "Keittiö Lieksa", "Puutyöpaja"])
            try await XCTAssertEqualAsync(try await names("perPage=2&page=2"), ["Puutyöpaja"])
        }
    }

    func testStaffSeeOverbookingThePublicDoesNot() async throws {
        try await withApp { app, world in
            world.place.capacity = 1
            try await world.place.save(on: app.db)
            try await Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2026-05-27", endsOn: "2026-06-30")
                .create(on: app.db)
            let publicPage = try await TestBrowser(app).get("/places/\(world.place.id!)").body.string
            XCTAssertTrue(publicPage.contains(#"data-qa="week-free">0<"#))
            XCTAssertFalse(publicPage.contains("overbooked"))
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let staffPage = try await coach.get("/places/\(world.place.id!)").body.string
            XCTAssertTrue(staffPage.contains(#"data-qa="overbooked""#))
            XCTAssertTrue(staffPage.contains(#"data-qa="week-occupied">2"#))
            // The client's own sign-in is not staff.
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let clientPage = try await client.get("/places/\(world.place.id!)").body.string
            XCTAssertFalse(clientPage.contains("overbooked"))
        }
    }

    func testOnlyAdminsAddAndChangePlaces() async throws {
        try await withApp { app, world in
            for role in [Role.socialWorker, .workCoach, .manager, .client] {
                let browser = try await TestBrowser.signedIn(app, email: world.user(role).email)
                try await XCTAssertEqualAsync(try await browser.get("/admin/places/new").status, .forbidden, "\(role)")
                try await XCTAssertEqualAsync(try await browser.post("/admin/places", form: Self.form(world)).status, .forbidden, "\(role)")
                try await XCTAssertEqualAsync(try await browser.post("/admin/places/\(world.place.id!)", form: Self.form(world, version: 1)).status, .forbidden, "\(role)")
            }
            try await XCTAssertEqualAsync(try await WorkActivityPlace.query(on: app.db).count(), 1)
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let changed = try await admin.post("/admin/places/\(world.place.id!)", form: Self.form(world, name: "Puutyöpaja ja keittiö", version: 1))
            XCTAssertEqual(changed.status, .seeOther)
            let place = try await WorkActivityPlace.find(world.place.id!, on: app.db)!
            XCTAssertEqual(place.name, "Puutyöpaja ja keittiö")
            XCTAssertEqual(place.$area.id, world.areaSouth.id, "the area follows the municipality")
            XCTAssertEqual(place.opensAt, "08:00")
            try await XCTAssertEqualAsync(try await WorkActivityPlaceTask.query(on: app.db).filter(\.$place.$id == place.id!).all(\.$task), ["kitchenCatering"])
            // A second save with the version already used is stale.
            let stale = try await admin.post("/admin/places/\(world.place.id!)", form: Self.form(world, name: "Vanha", version: 1))
            XCTAssertEqual(stale.status, .conflict)
            try await XCTAssertEqualAsync(try await AuditEvent.query(on: app.db).filter(\.$action == "place.update").count(), 1)
        }
    }

    func testInvalidPlaceFieldsAreNamedNextToThem() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            var form = Self.form(world)
            form["name"] = " "
            form["postalCode"] = "8170"
            form["municipalityCode"] = "999"
            form["tasks[]"] = "juggling"
            form["opensAt"] = "14.00"
            form["closesAt"] = "8.00"
            form["capacity"] = "0"
            form["contactEmail"] = "not an address"
            let response = try await admin.post("/admin/places", form: form)
            XCTAssertEqual(response.status, .unprocessableEntity)
            for field in ["name", "postalCode", "municipalityCode", "tasks", "closesAt", "capacity", "contactEmail"] {
                XCTAssertTrue(response.body.string.contains(#"data-qa="error-\#(field)""#), field)
            }
            XCTAssertTrue(response.body.string.contains("8170"), "the form keeps what was typed")
            try await XCTAssertEqualAsync(try await WorkActivityPlace.query(on: app.db).count(), 1)
        }
    }

    func testTheAPIListsPlacesWithTheirWeeks() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app)
            let list = try await api.send(.GET, "/api/v1/places?municipality=167")
            XCTAssertEqual(list.status, .ok)
            let items = TestAPI.object(list)["items"] as! [[String: Any]]
            XCTAssertEqual(items.map { $0["name"] as? String }, ["Puutyöpaja"])
            let weeks = items[0]["weeks"] as! [[String: Any]]
            XCTAssertEqual(weeks.count, 8)
            XCTAssertEqual(weeks[0]["week"] as? String, "2026-W22")
            XCTAssertEqual(weeks[0]["occupied"] as? Int, 1)
            XCTAssertEqual(weeks[0]["free"] as? Int, 9)
            try await XCTAssertEqualAsync(try await api.send(.GET, "/api/v1/places?municipality=abc").status, .badRequest)
            try await XCTAssertEqualAsync(try await api.send(.GET, "/api/v1/places/\(world.place.id!)").status, .ok)
            try await XCTAssertEqualAsync(try await TestBrowser(app).get("/api/v1/places").status, .unauthorized)
        }
    }
}

/// XCTAssertEqual for values computed by `await`.
func XCTAssertEqualAsync<T: Equatable>(_ actual: @autoclosure () async throws -> T, _ expected: T, _ message: String = "",
                                       file: StaticString = #filePath, line: UInt = #line) async throws {
    let value = try await actual()
    XCTAssertEqual(value, expected, message, file: file, line: line)
}
