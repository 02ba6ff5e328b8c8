import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class PolicyTests: XCTestCase {
    private func body(_ world: TestWorld, from: String, to: String? = nil, maxDays: Int = 3, version: Int? = nil) -> [String: AnyCodable] {
        var body: [String: AnyCodable] = [
            "organizerId": .string(world.county.id!.uuidString), "validFrom": .string(from),
            "minDaysPerWeek": .int(1), "maxDaysPerWeek": .int(maxDays), "minMinutesPerDay": .int(240), "maxMinutesPerDay": .int(480),
            "maxMinutesPerWeek": .int(1440), "usualPeriodMonths": .int(3), "maxContinuousMonths": .int(24), "breakMonths": .int(3),
            "compensationCentsPerDay": .int(900),
        ]
        if let to { body["validTo"] = .string(to) }
        if let version { body["version"] = .int(version) }
        return body
    }

    func testAFuturePolicyNeedsTheCurrentOneEndedFirst() async throws {
        try await withApp { app, world in
            let admin = try await world.bearer(world.user(.admin), on: app)
            // The test county's open-ended policy from 1.1.2023 is still in force.
            try await app.test(.POST, "/api/v1/policies", headers: admin, beforeRequest: { req async throws in
                try req.content.encode(self.body(world, from: "2026-06-01"), as: .json)
            }) { res async in XCTAssertEqual(res.status, .conflict) }
            // End it on 31.5.2026, then the new one from 1.6.2026 fits.
            let current = try await PolicyRecord.query(on: app.db).first()!
            var update = body(world, from: "2023-01-01", to: "2026-05-31", maxDays: 4, version: 1)
            update["maxMinutesPerWeek"] = .int(1920)
            try await app.test(.PUT, "/api/v1/policies/\(current.id!)", headers: admin, beforeRequest: { req async throws in
                try req.content.encode(update, as: .json)
            }) { res async throws in XCTAssertEqual(res.status, .ok, res.body.string) }
            try await app.test(.POST, "/api/v1/policies", headers: admin, beforeRequest: { req async throws in
                try req.content.encode(self.body(world, from: "2026-06-01"), as: .json)
            }) { res async in XCTAssertEqual(res.status, .created) }
            // check: the book gives each day its own rules
            let book = try await PolicyRecord.book(for: world.county.id!, on: app.db)
            XCTAssertEqual(book.policy(on: LocalDate(year: 2026, month: 5, day: 31)!)?.maxDaysPerWeek, 4)
            XCTAssertEqual(book.policy(on: LocalDate(year: 2026, month: 6, day: 1)!)?.maxDaysPerWeek, 3)
        }
    }

    func testInvalidRulesAreNamedAndAStaleVersionChangesNothing() async throws {
        try await withApp { app, world in
            let admin = try await world.bearer(world.user(.admin), on: app)
            var bad = body(world, from: "2027-01-01", to: "2026-01-01", maxDays: 8)
            bad["minMinutesPerDay"] = .int(500)
            try await app.test(.POST, "/api/v1/policies", headers: admin, beforeRequest: { req async throws in
                try req.content.encode(bad, as: .json)
            }) { res async throws in
                XCTAssertEqual(res.status, .unprocessableEntity)
                let fields = Set(try JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: res.body)).errors?.map(\.field) ?? [])
                XCTAssertEqual(fields, ["validTo", "maxDaysPerWeek", "maxMinutesPerDay"])
            }
            let current = try await PolicyRecord.query(on: app.db).first()!
            try await app.test(.PUT, "/api/v1/policies/\(current.id!)", headers: admin, beforeRequest: { req async throws in
                try req.content.encode(self.body(world, from: "2023-01-01", maxDays: 2, version: 7), as: .json)
            }) { res async in XCTAssertEqual(res.status, .conflict) }
            let unchanged = try await PolicyRecord.find(current.id, on: app.db)!
            XCTAssertEqual(unchanged.maxDaysPerWeek, 4)
            XCTAssertEqual(unchanged.version, 1)
        }
    }

    func testEveryoneReadsTheRulesButOnlyAdminsChangeThem() async throws {
        try await withApp { app, world in
            let coach = try await world.bearer(world.user(.workCoach), on: app)
            try await app.test(.GET, "/api/v1/policies", headers: coach) { res async throws in
                XCTAssertEqual(res.status, .ok)
                XCTAssertEqual(try res.content.decode(PoliciesAPIController.PolicyList.self).items.first?.compensationCentsPerDay, 900)
            }
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.POST, "/api/v1/policies", headers: worker, beforeRequest: { req async throws in
                try req.content.encode(self.body(world, from: "2030-01-01"), as: .json)
            }) { res async in XCTAssertEqual(res.status, .forbidden) }
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
                        "travelRules": "Bussikortti", "version": "1"]
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
