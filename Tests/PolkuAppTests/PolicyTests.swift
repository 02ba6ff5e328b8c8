import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class PolicyTests: XCTestCase {
    private func form(_ world: TestWorld, from: String, to: String = "", maxDays: String = "3", version: Int? = nil) -> [String: String] {
        var form = ["organizerId": world.county.id!.uuidString, "validFrom": from, "validTo": to, "minDaysPerWeek": "1",
                    "maxDaysPerWeek": maxDays, "minHoursPerDay": "4", "maxHoursPerDay": "8", "maxHoursPerWeek": "24",
                    "usualPeriodMonths": "3", "maxContinuousMonths": "24", "breakMonths": "3", "compensationPerDay": "9,00", "travelRules": ""]
            .merging(TestWorld.policyTimingFields) { $1 }
        if let version { form["version"] = "\(version)" }
        return form
    }

    func testAFuturePolicyNeedsTheCurrentOneEndedFirst() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            // The test county's open-ended policy from 1.1.2023 is still in force.
            let overlapping = try await admin.post("/admin/policies", form: form(world, from: "1.6.2026"))
            XCTAssertEqual(overlapping.status, .conflict)
            XCTAssertTrue(overlapping.body.string.contains(#"data-qa="error-validFrom""#))
            // End it on 31.5.2026, then the new one from 1.6.2026 fits.
            let current = try await PolicyRecord.query(on: app.db).first()!
            let ended = try await admin.post("/admin/policies/\(current.id!)", form: form(world, from: "1.1.2023", to: "31.5.2026", maxDays: "4", version: 1))
            XCTAssertEqual(ended.status, .seeOther)
            let added = try await admin.post("/admin/policies", form: form(world, from: "1.6.2026"))
            XCTAssertEqual(added.status, .seeOther)
            // check: the book gives each day its own rules
            let book = try await PolicyRecord.book(for: world.county.id!, on: app.db)
            XCTAssertEqual(book.policy(on: LocalDate(year: 2026, month: 5, day: 31)!)?.maxDaysPerWeek, 4)
            XCTAssertEqual(book.policy(on: LocalDate(year: 2026, month: 6, day: 1)!)?.maxDaysPerWeek, 3)
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action ~~ ["policy.create", "policy.update"]).count()
            XCTAssertEqual(audited, 2)
        }
    }

    func testInvalidRulesAreNamedNextToTheirFields() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            var bad = form(world, from: "1.1.2027", to: "1.1.2026", maxDays: "8")
            bad["minHoursPerDay"] = "9"
            let res = try await admin.post("/admin/policies", form: bad)
            XCTAssertEqual(res.status, .unprocessableEntity)
            for field in ["validTo", "maxDaysPerWeek", "maxHoursPerDay"] {
                XCTAssertTrue(res.body.string.contains(#"data-qa="error-\#(field)""#), field)
            }
            let count = try await PolicyRecord.query(on: app.db).count()
            XCTAssertEqual(count, 1)
        }
    }

    func testEveryoneReadsTheRulesButOnlyAdminsChangeThem() async throws {
        try await withApp { app, world in
            let coach = try await world.bearer(world.user(.workCoach), on: app)
            try await app.test(.GET, "/api/v1/policies", headers: coach) { res async throws in
                XCTAssertEqual(res.status, .ok)
                XCTAssertEqual(try res.content.decode(PoliciesAPIController.PolicyList.self).items.first?.compensationCentsPerDay, 900)
            }
            try await app.test(.POST, "/api/v1/policies", headers: coach) { res async in
                XCTAssertEqual(res.status, .methodNotAllowed, "rules are written in the pages only")
            }
            let page = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/admin/policies")
            XCTAssertEqual(page.status, .forbidden)
        }
    }

    func testTheAdminEditsRulesInHoursAndEuros() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let current = try await PolicyRecord.query(on: app.db).first()!
            let form = ["organizerId": world.county.id!.uuidString, "validFrom": "1.1.2023", "validTo": "", "minDaysPerWeek": "1",
                        "maxDaysPerWeek": "4", "minHoursPerDay": "4", "maxHoursPerDay": "7,5", "maxHoursPerWeek": "30",
                        "usualPeriodMonths": "3", "maxContinuousMonths": "24", "breakMonths": "3", "compensationPerDay": "9,50",
                        "travelRules": "Bussikortti", "version": "1"].merging(TestWorld.policyTimingFields) { $1 }
            let res = try await admin.post("/admin/policies/\(current.id!)", form: form)
            XCTAssertEqual(res.status, .seeOther, res.body.string)
            let saved = try await PolicyRecord.find(current.id, on: app.db)!
            XCTAssertEqual(saved.maxMinutesPerDay, 450)
            XCTAssertEqual(saved.maxMinutesPerWeek, 1800)
            XCTAssertEqual(saved.compensationCentsPerDay, 950)
            let list = try await admin.get("/admin/policies")
            XCTAssertTrue(list.body.string.contains("9,50\u{A0}€"))
            var stale = form
            stale["maxDaysPerWeek"] = "2"
            let conflict = try await admin.post("/admin/policies/\(current.id!)", form: stale)
            XCTAssertEqual(conflict.status, .conflict)
            XCTAssertTrue(conflict.body.string.contains(#"data-qa="conflict""#))
        }
    }
}
