import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import SQLKit
import Vapor
import XCTVapor
import XCTest

/// Issue 10, item 1 (decision 84): one value never takes the server down. Each hostile value goes to every
/// numeric field of every form and API operation; the answer is a 4xx naming the field, nothing is saved,
/// and the server answers the next request. The operations are listed in `HostileNumberTargets`.
final class HostileNumberTests: XCTestCase {
    /// What people and scripts have put where a number belongs.
    static let hostile = ["1e309", "NaN", "inf", "-inf", "99999999999999999999", "1e18", "-0", "0x10", "1_000"]
    /// These are numbers as JSON writes them, so the API gets them both as numbers and as text; the rest only as text.
    static let jsonNumbers: Set = ["1e309", "99999999999999999999", "1e18", "-0"]
    /// JSON numbers that an `Int` holds: as a version they are only a version no record has (409 or 422).
    static let wholeJSONNumbers: Set = ["1e18", "-0"]

    func testEveryNumericAPIFieldRefusesHostileValuesByName() async throws {
        try await withApp { app, world in
            let records = try await HostileNumberRecords.make(app, world)
            let before = try await Self.saved(app)
            var sent = 0
            for target in HostileNumberTargets.api(world, records) {
                let headers = try await world.bearer(world.user(target.role), on: app)
                for value in Self.hostile {
                    for token in Self.jsonNumbers.contains(value) ? [value, "\"\(value)\""] : ["\"\(value)\""] {
                        if token == "-0" && target.zeroAllowed { continue }  // JSON's -0 is the number 0, which the field takes
                        let body = try Self.json(target.body, setting: target.field, to: token)
                        let res = try await Self.send(app, target.method, target.path, body, headers)
                        let context = "\(target.label) \(target.field) = \(token): \(res.status) \(res.body.string.prefix(300))"
                        if target.isVersion && Self.wholeJSONNumbers.contains(token) {
                            XCTAssertTrue((400..<500).contains(res.status.code), context)
                        } else {
                            XCTAssertTrue([.badRequest, .unprocessableEntity].contains(res.status), context)
                            XCTAssertFalse(target.names.isDisjoint(with: TestAPI.problems(res).keys), context)
                        }
                        try await Self.assertAlive(app, context)
                        sent += 1
                    }
                }
            }
            // Not JSON at all: refused as a whole, and still no crash.
            let plan = HostileNumberTargets.api(world, records)[0]
            let notJSON = try await Self.send(app, .POST, plan.path, #"{"daysPerWeek": NaN}"#, try await world.bearer(world.user(.socialWorker), on: app))
            XCTAssertEqual(notJSON.status, .badRequest)
            try await Self.assertAlive(app, "NaN")
            let after = try await Self.saved(app)
            XCTAssertEqual(before, after, "nothing saved")
            XCTAssertGreaterThan(sent, 300)
        }
    }

    func testEveryNumericFormFieldRefusesHostileValuesByNameAndKeepsWhatWasTyped() async throws {
        try await withApp { app, world in
            let records = try await HostileNumberRecords.make(app, world)
            let before = try await Self.saved(app)
            var browsers: [Role: TestBrowser] = [:]
            var sent = 0
            for target in HostileNumberTargets.pages(world, records) {
                if browsers[target.role] == nil { browsers[target.role] = try await TestBrowser.signedIn(app, email: world.user(target.role).email) }
                let browser = browsers[target.role]!
                for value in Self.hostile {
                    var form = target.form
                    form[target.field] = value
                    let res = try await browser.post(target.path, form: form)
                    let html = res.body.string
                    let context = "\(target.label) \(target.field) = \(value): \(res.status)"
                    if target.isVersion && Int(value) != nil {
                        // "-0" is the number 0 to any reader of whole numbers: a version no record has.
                        XCTAssertTrue((400..<500).contains(res.status.code), context)
                    } else {
                        XCTAssertTrue([.badRequest, .unprocessableEntity].contains(res.status), context)
                        XCTAssertTrue(target.names.contains { html.contains(#"data-qa="error-\#($0)""#) || html.contains(#"data-qa="error-field-\#($0)""#) },
                                      context + " " + (html.components(separatedBy: "field-error").dropFirst().first?.prefix(200) ?? ""))
                        if target.typed { XCTAssertTrue(html.contains(#"value="\#(value)""#), context + ": what was typed is kept") }
                    }
                    try await Self.assertAlive(app, context)
                    sent += 1
                }
            }
            let after = try await Self.saved(app)
            XCTAssertEqual(before, after, "nothing saved")
            XCTAssertGreaterThan(sent, 300)
        }
    }

    /// The message next to the field is the field's own, in the user's language, in the units typed.
    func testTheMessageSaysWhatTheFieldTakesInEveryLanguage() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = ["kind": "activationPlan", "madeOn": "28.5.2026", "goals[0][text]": "Päivärytmi", "goals[0][minus2]": "a",
                        "goals[0][minus1]": "b", "goals[0][zero]": "c", "goals[0][plus1]": "d", "goals[0][plus2]": "e",
                        "supportAndGuidance": "Tuki", "daysPerWeek": "1_000", "hoursPerDay": "25", "nextStepPlan": "Koulutus"]
            let expected: [(Language, String, String)] = [
                // A number out of range is told the range in the units typed; what is no number is told so (issue 13, item 2).
                (.fi, "Anna tunnit väliltä 0,02–24, esim. 7,5.", "Kirjoita luku."),
                (.sv, "Ange timmar mellan 0,02 och 24, t.ex. 7,5.", "Skriv ett tal."),
                (.en, "Give the hours from 0,02 to 24, e.g. 7.5.", "Enter a number."),
            ]
            for (language, hours, days) in expected {
                try await browser.get("/language/\(language.rawValue)")
                let res = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: form)
                XCTAssertEqual(res.status, .unprocessableEntity)
                let html = res.body.string
                XCTAssertTrue(html.contains(#"data-qa="error-hoursPerDay">\#(hours)<"#), "\(language) " + html)
                XCTAssertTrue(html.contains(#"data-qa="error-daysPerWeek">\#(days)<"#), "\(language)")
                XCTAssertTrue(html.contains(#"value="25""#) && html.contains(#"value="1_000""#))
            }
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let res = try await Self.send(app, .POST, "/api/v1/clients/\(world.joensuuClient.id!)/plans", #"{"minutesPerDay": 1e309}"#, api.headers)
            XCTAssertEqual(res.status, .badRequest)
            XCTAssertEqual(TestAPI.problems(res), ["minutesPerDay": "errorMalformedValue"])
            let count = try await Plan.query(on: app.db).count()
            XCTAssertEqual(count, 0)
        }
    }

    /// 7,5 and 7.5 hours, 9,50 € and "9.5 €" still mean what they did.
    func testFinnishAndPointDecimalsAreReadAlike() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let current = try await PolicyRecord.query(on: app.db).first()!
            let form = ["organizerId": world.county.id!.uuidString, "validFrom": "1.1.2023", "validTo": "", "minDaysPerWeek": " 1 ",
                        "maxDaysPerWeek": "4", "minHoursPerDay": "4", "maxHoursPerDay": "7.5", "maxHoursPerWeek": "30,25",
                        "usualPeriodMonths": "03", "maxContinuousMonths": "24", "breakMonths": "3", "compensationPerDay": "9.5 €",
                        "travelRules": "", "version": "1"].merging(TestWorld.policyTimingFields) { $1 }
            let res = try await admin.post("/admin/policies/\(current.id!)", form: form)
            XCTAssertEqual(res.status, .seeOther, res.body.string)
            let saved = try await PolicyRecord.find(current.id, on: app.db)!
            XCTAssertEqual([saved.minDaysPerWeek, saved.maxMinutesPerDay, saved.maxMinutesPerWeek, saved.usualPeriodMonths, saved.compensationCentsPerDay],
                           [1, 450, 1815, 3, 950])
        }
    }

    // MARK: - helpers

    /// Rows and the sum of versions of every table a target could write.
    private static func saved(_ app: Application) async throws -> [String: [Int]] {
        let sql = app.db as! any SQLDatabase
        var result: [String: [Int]] = [:]
        for table in HostileNumberTargets.tables {
            let version = table == "plan_versions" ? "0" : "COALESCE(SUM(version), 0)"
            let row = try await sql.raw("SELECT COUNT(*) AS n, CAST(\(unsafeRaw: version) AS BIGINT) AS v FROM \(unsafeRaw: table)").first()!
            result[table] = [try row.decode(column: "n", as: Int.self), try row.decode(column: "v", as: Int.self)]
        }
        return result
    }

    private static func assertAlive(_ app: Application, _ context: String) async throws {
        try await app.test(.GET, "/health") { res async in XCTAssertEqual(res.status, .ok, "after " + context) }
    }

    private static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ body: String, _ headers: HTTPHeaders) async throws -> TestingHTTPResponse {
        var headers = headers
        headers.contentType = .json
        var result: TestingHTTPResponse?
        try await app.test(method, path, headers: headers, beforeRequest: { req async in req.body = ByteBuffer(string: body) },
                           afterResponse: { res async in result = res })
        return result!
    }

    /// `body` as JSON with the value at `path` written as `token` exactly (JSONSerialization cannot write 1e309).
    static func json(_ body: [String: Any], setting path: [Any], to token: String) throws -> String {
        let marker = "@@hostile@@"
        let data = try JSONSerialization.data(withJSONObject: set(marker, at: path[...], in: body), options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"\(marker)\"", with: token)
    }

    private static func set(_ value: Any, at path: ArraySlice<Any>, in container: Any) -> Any {
        guard let key = path.first else { return value }
        if let index = key as? Int, var array = container as? [Any] {
            array[index] = set(value, at: path.dropFirst(), in: array[index])
            return array
        }
        var object = container as? [String: Any] ?? [:]
        let name = key as! String
        object[name] = set(value, at: path.dropFirst(), in: object[name] ?? [String: Any]())
        return object
    }
}
