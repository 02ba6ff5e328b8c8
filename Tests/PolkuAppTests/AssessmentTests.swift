import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class AssessmentTests: XCTestCase {
    private let valid: [String: Any] = [
        "assessedOn": "2026-05-20", "needs": "Arjen rytmi ja\nsosiaaliset taidot", "supportAndGuidance": "Työvalmentajan tuki",
        "otherServices": ["housing", "mentalHealth"], "conclusion": "rehabilitativeWorkActivity",
    ]

    private func path(_ client: Client) -> String { "/api/v1/clients/\(client.id!)/assessments" }

    func testRecordAndChangeThroughTheAPIWithTheVersionRead() async throws {
        try await withApp { app, world in
            // setup
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            // act
            let created = try await api.send(.POST, path(world.joensuuClient), valid)
            // check
            XCTAssertEqual(created.status, .created, created.body.string)
            let body = TestAPI.object(created)
            let id = body["id"] as! String
            XCTAssertEqual(created.headers.first(name: .location), "\(path(world.joensuuClient))/\(id)")
            XCTAssertEqual(body["otherServices"] as? [String], ["mentalHealth", "housing"], "in the order of the codes")
            XCTAssertEqual(body["belongsElsewhere"] as? Bool, false)
            XCTAssertEqual(body["authorName"] as? String, "Test socialWorker")
            XCTAssertEqual(body["needs"] as? String, "Arjen rytmi ja\nsosiaaliset taidot")
            let list = try await api.send(.GET, path(world.joensuuClient))
            XCTAssertEqual((TestAPI.object(list)["items"] as? [[String: Any]])?.count, 1)

            var change = valid
            change["conclusion"] = "disabilityServices"
            change["conclusionNote"] = "Vammaispalvelut; sosiaalityöntekijä ohjaa."
            change["version"] = 1
            let changed = try await api.send(.PUT, "\(path(world.joensuuClient))/\(id)", change)
            XCTAssertEqual(changed.status, .ok, changed.body.string)
            XCTAssertEqual(TestAPI.object(changed)["version"] as? Int, 2)
            XCTAssertEqual(TestAPI.object(changed)["belongsElsewhere"] as? Bool, true)
            // A second save of the version read first changes nothing.
            change["needs"] = "Toinen"
            let stale = try await api.send(.PUT, "\(path(world.joensuuClient))/\(id)", change)
            XCTAssertEqual(stale.status, .conflict)
            // The largest version the contract allows is stale too, not a crash.
            change["version"] = Int.max
            let highest = try await api.send(.PUT, "\(path(world.joensuuClient))/\(id)", change)
            XCTAssertEqual(highest.status, .conflict)
            let stored = try await Assessment.find(UUID(uuidString: id), on: app.db)!
            XCTAssertEqual(stored.needs, "Arjen rytmi ja\nsosiaaliset taidot")
            XCTAssertEqual(stored.version, 2)
            // Another client's assessment is as unknown as a missing one.
            let elsewhere = try await api.send(.GET, "\(path(world.lieksaClient))/\(id)")
            XCTAssertEqual(elsewhere.status, .notFound)
        }
    }

    func testInvalidInputIs422NamingEachFieldAndSavesNothing() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            var bad = valid
            bad["assessedOn"] = "30.2.2026"
            bad["needs"] = " \n "
            bad["otherServices"] = ["housing", "astrology"]
            bad["conclusion"] = "healthCare"  // belongs elsewhere, and says nowhere where
            bad["otherServicesNote"] = "ok\u{0007}"
            let res = try await api.send(.POST, path(world.joensuuClient), bad)
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(res.headers.first(name: .contentType), "application/problem+json; charset=utf-8")
            XCTAssertEqual(TestAPI.problems(res), [
                "assessedOn": "errorNoSuchDate", "needs": "errorRequired", "otherServices": "errorInvalidChoice",
                "otherServicesNote": "errorInvalidCharacters", "conclusionNote": "errorConclusionNoteRequired",
            ])
            let missing = try await api.send(.POST, path(world.joensuuClient), [:])
            XCTAssertEqual(Set(TestAPI.problems(missing).keys), ["assessedOn", "needs", "conclusion"])
            var long = valid
            long["needs"] = String(repeating: "ä", count: 4001)
            let tooLong = try await api.send(.POST, path(world.joensuuClient), long)
            XCTAssertEqual(TestAPI.problems(tooLong), ["needs": "errorTooLong"])
            var twice = valid
            twice["otherServices"] = ["housing", "housing"]
            let repeated = try await api.send(.POST, path(world.joensuuClient), twice)
            XCTAssertEqual(TestAPI.problems(repeated), ["otherServices": "errorInvalidChoice"])
            let count = try await Assessment.query(on: app.db).count()
            XCTAssertEqual(count, 0)

            let created = try await api.send(.POST, path(world.joensuuClient), valid)
            let id = TestAPI.object(created)["id"] as! String
            let noVersion = try await api.send(.PUT, "\(path(world.joensuuClient))/\(id)", valid)
            XCTAssertEqual(TestAPI.problems(noVersion), ["version": "errorRequired"])
        }
    }

    /// Reading follows the client's rules; only social workers and counsellors write.
    func testEveryRolesAccess() async throws {
        try await withApp { app, world in
            let placed = path(world.placedClient)
            let cases: [(User, String, read: HTTPStatus, write: HTTPStatus)] = [
                (world.user(.socialWorker), placed, .ok, .created),
                (world.user(.socialCounsellor), placed, .ok, .created),
                (world.user(.socialCounsellor), path(world.lieksaClient), .notFound, .notFound),
                (world.southWorker, placed, .notFound, .notFound),
                // Employment services read the assessment but do not make it.
                (world.user(.employmentSpecialist), placed, .ok, .forbidden),
                (world.user(.workCoach), placed, .ok, .forbidden),
                (world.user(.workCoach), path(world.joensuuClient), .notFound, .forbidden),
                (world.user(.manager), placed, .forbidden, .forbidden),
                (world.user(.admin), placed, .forbidden, .forbidden),
                (world.user(.client), placed, .ok, .forbidden),
                (world.user(.client), path(world.joensuuClient), .notFound, .forbidden),
                (world.user(.socialWorker), "/api/v1/clients/\(UUID())/assessments", .notFound, .notFound),
            ]
            for (user, path, read, write) in cases {
                let api = try await TestAPI.signedIn(user, world: world, app: app)
                let got = try await api.send(.GET, path)
                XCTAssertEqual(got.status, read, "\(user.email) GET \(path)")
                let wrote = try await api.send(.POST, path, valid)
                XCTAssertEqual(wrote.status, write, "\(user.email) POST \(path)")
            }
            // A coach opens an assessment of a placed client but not its form.
            let assessment = try await Assessment.query(on: app.db).first()!
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let page = try await coach.get("/clients/\(world.placedClient.id!)/assessments/\(assessment.id!)")
            XCTAssertEqual(page.status, .ok)
            XCTAssertFalse(page.body.string.contains(#"data-qa="assessment-edit""#))
            let form = try await coach.get("/clients/\(world.placedClient.id!)/assessments/new")
            XCTAssertEqual(form.status, .forbidden)
        }
    }

    func testTheFormRecordsAnAssessmentAndTheClientPageShowsIt() async throws {
        try await withApp { app, world in
            let client = world.joensuuClient.id!
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            let new = try await browser.get("/clients/\(client)/assessments/new")
            XCTAssertEqual(new.status, .ok)
            XCTAssertTrue(new.body.string.contains(#"value="28.5.2026""#), "today from the injected clock")
            var form = ["assessedOn": "20.5.2026", "needs": "Arjen rytmi", "conclusion": "socialRehabilitation", "otherServices[0]": "housing"]
            let refused = try await browser.post("/clients/\(client)/assessments", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertTrue(refused.body.string.contains(#"data-qa="error-conclusionNote">Kerro, mihin palveluun"#), refused.body.string)
            XCTAssertTrue(refused.body.string.contains(#"value="housing" checked"#), "the ticked box stays ticked")
            form["conclusionNote"] = "Sosiaalinen kuntoutus, ohjaus 1.6."
            let saved = try await browser.post("/clients/\(client)/assessments", form: form)
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let stored = try await Assessment.query(on: app.db).first()!
            XCTAssertEqual(stored.assessedOn, "2026-05-20")
            XCTAssertEqual(stored.otherServices, "housing")
            XCTAssertEqual(saved.headers.first(name: .location), "/clients/\(client)/assessments/\(stored.id!)")
            let shown = try await browser.get(saved.headers.first(name: .location)!)
            XCTAssertTrue(shown.body.string.contains("Asumisen tuki"))
            XCTAssertTrue(shown.body.string.contains(#"data-qa="belongs-elsewhere""#))
            let clientPage = try await browser.get("/clients/\(client)")
            XCTAssertTrue(clientPage.body.string.contains(#"data-qa="client-assessments""#))
            XCTAssertTrue(clientPage.body.string.contains("Ensisijaisesti sosiaalinen kuntoutus"))

            // Edit: the version read goes with the form; a second save of it is a conflict.
            let edit = try await browser.get("/clients/\(client)/assessments/\(stored.id!)/edit")
            XCTAssertTrue(edit.body.string.contains(#"name="version" value="1""#))
            var change = form
            change["conclusion"] = "rehabilitativeWorkActivity"
            change["version"] = "1"
            let changed = try await browser.post("/clients/\(client)/assessments/\(stored.id!)", form: change)
            XCTAssertEqual(changed.status, .seeOther, changed.body.string)
            let conflict = try await browser.post("/clients/\(client)/assessments/\(stored.id!)", form: change)
            XCTAssertEqual(conflict.status, .conflict)
            XCTAssertTrue(conflict.body.string.contains(#"data-qa="conflict""#))
            let after = try await Assessment.find(stored.id, on: app.db)!
            XCTAssertEqual(after.conclusion, .rehabilitativeWorkActivity)
            XCTAssertEqual(after.version, 2)
        }
    }

    func testEveryReadAndWriteIsAuditedWithTheClient() async throws {
        try await withApp { app, world in
            let client = world.lieksaClient.id!
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let created = try await api.send(.POST, path(world.lieksaClient), valid)
            let id = TestAPI.object(created)["id"] as! String
            try await api.send(.GET, "\(path(world.lieksaClient))/\(id)")
            try await api.send(.GET, path(world.lieksaClient))
            var change = valid
            change["version"] = 1
            try await api.send(.PUT, "\(path(world.lieksaClient))/\(id)", change)
            let actions = try await AuditEvent.query(on: app.db).filter(\.$clientID == client).sort(\.$sequence).all().map(\.action)
            XCTAssertEqual(actions, ["assessment.create", "assessment.read", "assessment.list", "assessment.update"])
            let events = try await AuditEvent.query(on: app.db).filter(\.$clientID == client).all()
            XCTAssertTrue(events.allSatisfy { $0.actorID == world.user(.socialWorker).id })
            let log = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/clients/\(client)/access-log")
            XCTAssertTrue(log.body.string.contains("Kirjasi palvelutarpeen arvioinnin"))
        }
    }

    /// The contract states the text rules the server applies.
    func testTheContractCarriesTheTextRules() async throws {
        try await withApp { app, _ in
            var document: [String: Any] = [:]
            try await app.test(.GET, "/openapi.json") { res async throws in
                document = try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as! [String: Any]
            }
            let schemas = (document["components"] as! [String: Any])["schemas"] as! [String: [String: Any]]
            for name in ["AssessmentInput", "AssessmentUpdate"] {
                let properties = schemas[name]!["properties"] as! [String: [String: Any]]
                XCTAssertEqual(properties["needs"]?["pattern"] as? String, TextRules.notePattern)
                XCTAssertEqual(properties["conclusionNote"]?["pattern"] as? String, TextRules.optionalNotePattern)
                XCTAssertEqual(properties["conclusion"]?["enum"] as? [String], AssessmentConclusion.allCases.map(\.rawValue))
                let rule = schemas[name]!["anyOf"] as! [[String: Any]]
                let whenHere = (rule[0]["properties"] as! [String: [String: Any]])["conclusion"]?["enum"] as? [String]
                XCTAssertEqual(whenHere, AssessmentConclusion.allCases.filter { !$0.belongsElsewhere }.map(\.rawValue))
            }
        }
    }
}
