import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class AdminTests: XCTestCase {
    func testAnAdminAddsAMunicipalityAndTheCountyThenCoversIt() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let bad = try await admin.post("/admin/organizations", form: ["name": "Outokumpu", "kind": "municipality",
                                                                          "parentId": world.areaNorth.id!.uuidString, "municipalityCode": "30"])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.string.contains(#"data-qa="error-municipalityCode""#))
            let good = try await admin.post("/admin/organizations", form: ["name": "Outokumpu", "kind": "municipality",
                                                                           "parentId": world.areaNorth.id!.uuidString, "municipalityCode": "309"])
            XCTAssertEqual(good.status, .seeOther)
            let county = try await Organization.find(world.county.id, on: app.db)!
            XCTAssertEqual(county.coveredCodes, ["167", "309", "422"])
            let area = try await Organization.find(world.areaNorth.id, on: app.db)!
            XCTAssertEqual(area.coveredCodes, ["167", "309"])
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == "organization.create").count()
            XCTAssertEqual(audited, 1)
        }
    }

    func testAnAdminAddsAUserWhoCanSignIn() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            var form = ["name": "Uusi Ohjaaja", "email": "uusi@test.fi", "role": "socialCounsellor",
                        "organizationId": world.areaSouth.id!.uuidString, "language": "sv", "password": "short"]
            let bad = try await admin.post("/admin/users", form: form)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.string.contains(#"data-qa="error-password""#))
            XCTAssertFalse(bad.body.string.contains("short"), "a password is never echoed back")
            form["password"] = "a long enough password"
            let good = try await admin.post("/admin/users", form: form)
            XCTAssertEqual(good.status, .seeOther)
            let counsellor = try await TestBrowser.signedIn(app, email: "uusi@test.fi", password: "a long enough password")
            let front = try await counsellor.get("/")
            XCTAssertTrue(front.body.string.contains(#"<html lang="sv">"#))
            let list = try await counsellor.get("/clients")
            XCTAssertTrue(list.body.string.contains("Lieksalainen"))
            XCTAssertFalse(list.body.string.contains("Muualla"), "the south area's counsellor does not see Joensuu")
        }
    }

    func testADeactivatedUserIsSignedOut() async throws {
        try await withApp { app, world in
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let user = world.user(.workCoach)
            let res = try await admin.post("/admin/users/\(user.id!)", form: ["name": user.name, "email": user.email, "role": "workCoach",
                                                                              "organizationId": world.provider.id!.uuidString, "language": "fi"])
            XCTAssertEqual(res.status, .seeOther)
            let after = try await coach.get("/clients")
            XCTAssertEqual(after.status, .seeOther, "an inactive user's session no longer opens pages")
        }
    }
}
