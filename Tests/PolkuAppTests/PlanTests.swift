import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class PlanTests: XCTestCase {
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    private let goal = PlanGoal(text: "Päivärytmi vakiintuu", minus2: "Ei tule paikalle", minus1: "Tulee joka toinen kerta",
                                zero: "Tulee sovittuina päivinä", plus1: "Tulee ajoissa", plus2: "Tulee ajoissa ja toimii itsenäisesti")

    private func plan(days: Int, minutes: Int, on date: String = "2026-05-28", version: Int? = nil, reason: String? = nil) -> PlanInput {
        PlanInput(kind: "activationPlan", madeOn: date, employmentParticipant: "Tiina Työllisyys", clientParticipated: true, goals: [goal],
                  supportAndGuidance: "Työvalmentajan tuki", daysPerWeek: days, minutesPerDay: minutes,
                  nextStepPlan: "Työkokeilu keväällä", amendmentReason: reason, version: version)
    }

    private func post(_ app: Application, _ path: String, _ body: PlanInput, _ headers: HTTPHeaders) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        try await app.test(.POST, path, headers: headers, beforeRequest: { req async throws in try req.content.encode(body) }) { res async in
            result = (res.status, res.body.string)
        }
        return result
    }

    func testTheScheduleIsCheckedAgainstTheRulesInForceAtTheBoundaries() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/plans"
            for (days, minutes) in [(1, 240), (4, 480)] {
                let (status, body) = try await post(app, path, plan(days: days, minutes: minutes), headers)
                XCTAssertEqual(status, .created, "\(days) days × \(minutes) min: \(body)")
            }
            // Breaking the organizer's rules is a conflict with them (409), malformed input is 422.
            for (days, minutes, field, code) in [(5, 240, "daysPerWeek", "ruleDaysMax"), (2, 239, "minutesPerDay", "ruleHoursMin"),
                                                 (2, 481, "minutesPerDay", "ruleHoursMax"), (4, 481, "minutesPerDay", "ruleWeekMax")] {
                let (status, body) = try await post(app, path, plan(days: days, minutes: minutes), headers)
                XCTAssertEqual(status, .conflict)
                XCTAssertTrue(body.contains(#""field":"\#(field)""#) && body.contains(code), "\(days)/\(minutes): \(body)")
            }
            let malformed = try await post(app, path, plan(days: 0, minutes: 240), headers)
            XCTAssertEqual(malformed.0, .unprocessableEntity)
            let (_, message) = try await post(app, path, plan(days: 5, minutes: 240), headers)
            XCTAssertTrue(message.contains("enintään 4 päivää viikossa"), "the message names the rule and its value")
        }
    }

    func testAPolicyChangeOnTheDayOfThePlanApplies() async throws {
        try await withApp { app, world in
            // The current rules end on 31.5.2026; from 1.6.2026 at most 3 days a week.
            let current = try await PolicyRecord.query(on: app.db).first()!
            current.validTo = "2026-05-31"
            try await current.save(on: app.db)
            var stricter = Policy.legalDefaults(validFrom: LocalDate(year: 2026, month: 6, day: 1)!)
            stricter.maxDaysPerWeek = 3
            try await PolicyRecord(organizerID: world.county.id!, policy: stricter).create(on: app.db)
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/plans"
            let before = try await post(app, path, plan(days: 4, minutes: 300, on: "2026-05-31"), headers)
            XCTAssertEqual(before.0, .created)
            let after = try await post(app, path, plan(days: 4, minutes: 300, on: "2026-06-01"), headers)
            XCTAssertEqual(after.0, .conflict)
            XCTAssertTrue(after.1.contains("enintään 3 päivää"))
            // The plan made under the old rules stays as it was.
            let kept = try await PlanVersion.query(on: app.db).all()
            XCTAssertEqual(kept.map(\.daysPerWeek), [4])
        }
    }

    func testAnAmendmentKeepsTheHistoryAndAStaleOneIsRefused() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.employmentSpecialist), on: app)
            let (status, body) = try await post(app, "/api/v1/clients/\(world.joensuuClient.id!)/plans", plan(days: 2, minutes: 300), headers)
            XCTAssertEqual(status, .created)
            let created = try Self.decoder.decode(PlanDTO.self, from: Data(body.utf8))
            let versions = "/api/v1/clients/\(world.joensuuClient.id!)/plans/\(created.id)/versions"
            let noReason = try await post(app, versions, plan(days: 3, minutes: 300, version: 1), headers)
            XCTAssertEqual(noReason.0, .unprocessableEntity)
            XCTAssertTrue(noReason.1.contains("amendmentReason"))
            let amended = try await post(app, versions, plan(days: 3, minutes: 300, version: 1, reason: "Jaksaa enemmän"), headers)
            XCTAssertEqual(amended.0, .created)
            let view = try Self.decoder.decode(PlanDTO.self, from: Data(amended.1.utf8))
            XCTAssertEqual(view.versions.map(\.number), [2, 1])
            XCTAssertEqual(view.versions.map(\.daysPerWeek), [3, 2], "the first version is kept as it was")
            // A second worker who read version 1 saves too late.
            let stale = try await post(app, versions, plan(days: 4, minutes: 300, version: 1, reason: "Toinen muutos"), headers)
            XCTAssertEqual(stale.0, .conflict)
            let count = try await PlanVersion.query(on: app.db).count()
            XCTAssertEqual(count, 2)
            // Each saved change has its audit event, committed with it; the refused ones have none.
            let created_ = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.planCreate.rawValue).count()
            let amendments = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.planAmend.rawValue).count()
            XCTAssertEqual(created_, 1)
            XCTAssertEqual(amendments, 1, "one amendment saved, one refused as stale, one refused as incomplete")
            guard case .intact = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal) else { return XCTFail("audit chain broken") }
        }
    }

    func testCoachesReadPlansOfTheirClientsButDoNotWriteThem() async throws {
        try await withApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let (_, body) = try await post(app, "/api/v1/clients/\(world.placedClient.id!)/plans", plan(days: 2, minutes: 300), worker)
            let created = try Self.decoder.decode(PlanDTO.self, from: Data(body.utf8))
            let coach = try await world.bearer(world.user(.workCoach), on: app)
            try await app.test(.GET, "/api/v1/clients/\(world.placedClient.id!)/plans/\(created.id)", headers: coach) { res async in
                XCTAssertEqual(res.status, .ok)
            }
            let write = try await post(app, "/api/v1/clients/\(world.placedClient.id!)/plans", plan(days: 2, minutes: 300), coach)
            XCTAssertEqual(write.0, .forbidden)
            // A plan is reached only through its own client.
            try await app.test(.GET, "/api/v1/clients/\(world.joensuuClient.id!)/plans/\(created.id)", headers: worker) { res async in
                XCTAssertEqual(res.status, .notFound)
            }
            let events = try await AuditEvent.query(on: app.db).filter(\.$action ~~ ["plan.create", "plan.read"]).count()
            XCTAssertEqual(events, 2, "the create and the coach's read; a 404 reads nothing")
        }
    }

    func testTheFormNamesTheMissingLevelOfAGoalAndKeepsWhatWasTyped() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = ["kind": "activationPlan", "madeOn": "28.5.2026", "goals[0][text]": "Päivärytmi", "goals[0][minus2]": "a",
                        "goals[0][minus1]": "b", "goals[0][zero]": "c", "goals[0][plus1]": "d", "goals[0][plus2]": "",
                        "supportAndGuidance": "Tuki", "daysPerWeek": "5", "hoursPerDay": "4,5", "nextStepPlan": "Koulutus"]
            let res = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: form)
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertTrue(res.body.string.contains(#"data-qa="error-goals[0][plus2]""#))
            var complete = form
            complete["goals[0][plus2]"] = "e"
            let rules = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: complete)
            XCTAssertEqual(rules.status, .conflict)
            let html = rules.body.string
            XCTAssertTrue(html.contains(#"data-qa="error-daysPerWeek">Järjestäjän sääntöjen mukaan enintään 4 päivää viikossa."#),
                          String(html.split(separator: "error-daysPerWeek").last?.prefix(200) ?? ""))
            XCTAssertTrue(html.contains(#"value="4,5""#))
            var fixed = form
            fixed["goals[0][plus2]"] = "e"
            fixed["daysPerWeek"] = "3"
            let saved = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: fixed)
            XCTAssertEqual(saved.status, .seeOther)
            let page = try await browser.get(saved.headers.first(name: .location)!)
            XCTAssertTrue(page.body.string.contains("3 pv/vk, 4,5 h/pv"))
        }
    }
    /// Issue 13, item 1: a goal's missing level, a missing text and both of the organizer's limits come back in one round,
    /// and the limits in force stand beside the fields before anything is typed.
    func testEveryProblemOfThePlanFormComesBackInOneRound() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let empty = try await browser.get("/clients/\(world.joensuuClient.id!)/plans/new").body.string
            XCTAssertTrue(empty.range(of: #"Järjestäjän säännön mukaan \d–4 päivää viikossa\."#, options: .regularExpression) != nil, "the days' rule")
            XCTAssertTrue(empty.contains("Sääntö: 4–8 h päivässä"), "the hours' rule")
            let form = ["kind": "activationPlan", "madeOn": "28.5.2026", "goals[0][text]": "Päivärytmi", "goals[0][minus2]": "a",
                        "goals[0][minus1]": "b", "goals[0][zero]": "c", "goals[0][plus1]": "d", "goals[0][plus2]": "",
                        "supportAndGuidance": "", "daysPerWeek": "5", "hoursPerDay": "8,5", "nextStepPlan": "Koulutus"]
            let refused = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity, "a missing field makes it 422, with the rest")
            let html = refused.body.string
            XCTAssertTrue(html.contains(#"data-qa="error-goals[0][plus2]""#), "the goal's missing level")
            XCTAssertTrue(html.contains(#"data-qa="error-supportAndGuidance""#), "the missing support")
            XCTAssertTrue(html.contains(#"data-qa="error-daysPerWeek">Järjestäjän sääntöjen mukaan enintään 4 päivää viikossa."#), "the days' rule")
            XCTAssertTrue(html.contains(#"data-qa="error-hoursPerDay""#), "the hours' rule")
            XCTAssertTrue(html.contains("Tarkista 4 kenttää alla."), "the summary counts the fields marked")
            XCTAssertTrue(html.contains(#"value="8,5""#), "what was typed is kept")
            let saved = try await Plan.query(on: app.db).count()
            XCTAssertEqual(saved, 0, "nothing saved")

            // The API answers the same problems in the same round.
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let answer = try await api.send(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/plans",
                                            ["kind": "activationPlan", "madeOn": "2026-05-28", "goals": [] as [Any], "supportAndGuidance": "Tuki",
                                             "daysPerWeek": 5, "minutesPerDay": 510, "nextStepPlan": "Koulutus"])
            XCTAssertEqual(answer.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(answer), ["goals": "errorGoalRequired", "daysPerWeek": "ruleDaysMax", "minutesPerDay": "ruleHoursMax"])
        }
    }
}
