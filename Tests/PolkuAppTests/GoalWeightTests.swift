import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Goals weigh in the T-score as the plan says (decisions 129, 130).
final class GoalWeightTests: XCTestCase {
    private func goal(_ text: String, weight: Any? = nil) -> [String: Any] {
        var goal: [String: Any] = ["text": text, "minus2": "a", "minus1": "b", "zero": "\(text): odotettu", "plus1": "d", "plus2": "e"]
        if let weight { goal["weight"] = weight }
        return goal
    }

    private func plan(_ goals: [[String: Any]], version: Int? = nil) -> [String: Any] {
        var body: [String: Any] = ["kind": "activationPlan", "madeOn": "2026-04-20", "employmentParticipant": "", "clientParticipated": true,
                                   "goals": goals, "supportAndGuidance": "Tuki", "daysPerWeek": 3, "minutesPerDay": 300, "nextStepPlan": "Työkokeilu"]
        if let version { body["version"] = version; body["amendmentReason"] = "Painot muuttuivat" }
        return body
    }

    private func weights(_ version: [String: Any]?) -> [Int] {
        (version?["goals"] as? [[String: Any]] ?? []).compactMap { $0["weight"] as? Int }
    }

    func testThePlanAPIKeepsTheWeightsThroughItsVersionsAndRefusesBadOnes() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let plans = "/api/v1/clients/\(world.placedClient.id!)/plans"
            // A weight left out is 1; the bounds are taken.
            let created = try await api.send(.POST, plans, plan([goal("Päivärytmi", weight: 10), goal("Työtaidot"), goal("Jatko", weight: 1)]))
            XCTAssertEqual(created.status, .created, created.body.string)
            let planID = TestAPI.object(created)["id"] as! String
            XCTAssertEqual(weights((TestAPI.object(created)["versions"] as? [[String: Any]])?.first), [10, 1, 1])
            let amended = try await api.send(.POST, "\(plans)/\(planID)/versions",
                                             plan([goal("Päivärytmi", weight: 2), goal("Työtaidot", weight: 3)], version: 1))
            XCTAssertEqual(amended.status, .created, amended.body.string)
            let versions = TestAPI.object(try await api.send(.GET, "\(plans)/\(planID)"))["versions"] as? [[String: Any]]
            XCTAssertEqual(versions?.map(weights), [[2, 3], [10, 1, 1]], "the amendment has its weights, the first version keeps its own")
            // Out of range: 422 naming the goal's weight, nothing saved.
            for bad in [0, -1, 11, 1_000_000] {
                let res = try await api.send(.POST, plans, plan([goal("Päivärytmi"), goal("Työtaidot", weight: bad)]))
                XCTAssertEqual(res.status, .unprocessableEntity, "\(bad)")
                XCTAssertEqual(TestAPI.problems(res)["goals[1].weight"], "errorNumberRange", "\(bad): \(res.body.string)")
            }
            // Not a whole number the body can hold: a malformed value, named (decision 84).
            for bad: Any in ["3", 1.5, "abc", Decimal(string: "99999999999999999999")!] {
                let res = try await api.send(.POST, plans, plan([goal("Päivärytmi", weight: bad)]))
                XCTAssertEqual(res.status, .badRequest, "\(bad)")
                XCTAssertEqual(TestAPI.problems(res)["goals[0].weight"], "errorMalformedValue", "\(bad): \(res.body.string)")
            }
            let stored = try await PlanVersion.query(on: app.db).count()
            XCTAssertEqual(stored, 2)
        }
    }

    /// A goal saved before weights had none: it weighs 1 wherever it is read.
    func testAGoalSavedWithoutAWeightWeighsOne() async throws {
        try await withApp { app, world in
            try await world.givePlan(to: world.placedClient, on: app)
            let version = try await PlanVersion.query(on: app.db).first()!
            version.goalsJSON = #"[{"text":"Päivärytmi","minus2":"a","minus1":"b","zero":"c","plus1":"d","plus2":"e"}]"#
            try await version.save(on: app.db)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let list = TestAPI.object(try await api.send(.GET, "/api/v1/clients/\(world.placedClient.id!)/plans"))
            let versions = (list["items"] as? [[String: Any]])?.first?["versions"] as? [[String: Any]]
            XCTAssertEqual(weights(versions?.first), [1])
        }
    }

    func testTheFormNamesABadWeightKeepsItAndSavesAGoodOne() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = ["kind": "activationPlan", "madeOn": "28.5.2026", "goals[0][text]": "Päivärytmi", "goals[0][minus2]": "a",
                        "goals[0][minus1]": "b", "goals[0][zero]": "c", "goals[0][plus1]": "d", "goals[0][plus2]": "e",
                        "supportAndGuidance": "Tuki", "daysPerWeek": "3", "hoursPerDay": "5", "nextStepPlan": "Koulutus"]
            let plans = "/clients/\(world.placedClient.id!)/plans"
            for bad in ["0", "-1", "11", "abc", "1,5", "99999999999999999999"] {
                var typed = form
                typed["goals[0][weight]"] = bad
                let res = try await browser.post(plans, form: typed)
                XCTAssertEqual(res.status, .unprocessableEntity, bad)
                let html = res.body.string
                // "abc" is no number; "1,5" is one, but not a whole one (issue 13, item 2).
                let message = bad == "abc" ? "Kirjoita luku." : "Anna kokonaisluku väliltä 1–10"
                XCTAssertTrue(html.contains(#"data-qa="error-goals[0][weight]">\#(message)"#),
                              "\(bad): " + String(html.split(separator: "error-goals[0][weight]").last?.prefix(120) ?? ""))
                XCTAssertTrue(html.contains(#"name="goals[0][weight]" value="\#(bad)""#), "what was typed comes back")
            }
            let nothing = try await PlanVersion.query(on: app.db).count()
            XCTAssertEqual(nothing, 0)
            // Left empty, the weight is 1; typed, it is kept and shown with the goal.
            var weighted = form
            weighted["goals[0][weight]"] = "4"
            weighted["goals[1][text]"] = "Jatko"
            for field in ["minus2", "minus1", "zero", "plus1", "plus2"] { weighted["goals[1][\(field)]"] = field }
            weighted["goals[1][weight]"] = ""
            let saved = try await browser.post(plans, form: weighted)
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let page = try await browser.get(saved.headers.first(name: .location)!).body.string
            XCTAssertTrue(page.contains("Tavoite 1: Päivärytmi (paino 4)") && page.contains("Tavoite 2: Jatko (paino 1)"))
            let version = try await PlanVersion.query(on: app.db).first()!
            XCTAssertEqual(version.goals.map(\.weight), [4, 1])
            // The amendment form starts from the weights agreed.
            let amend = try await browser.get(saved.headers.first(name: .location)! + "/amend").body.string
            XCTAssertTrue(amend.contains(#"name="goals[0][weight]" value="4""#) && amend.contains(#"name="goals[1][weight]" value="1""#))
        }
    }

    /// 3 × (+2) and 1 × (−1): Σwx = 5, √(0.7·10 + 0.3·16) = √11.8 = 3.43511, T = 50 + 50 / 3.43511 = 64.6 (unweighted 56.2).
    func testTheEvaluationScoresWithTheWeightsItWasRatedWith() async throws {
        try await withApp { app, world in
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let plans = "/api/v1/clients/\(world.placedClient.id!)/plans"
            let created = try await worker.send(.POST, plans, plan([goal("Päivärytmi", weight: 3), goal("Työtaidot")]))
            let planID = TestAPI.object(created)["id"] as! String
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let evaluations = "/api/v1/clients/\(world.placedClient.id!)/evaluations"
            let rated = try await worker.send(.POST, evaluations, [
                "periodId": period.id!.uuidString, "kind": "interim", "evaluatedOn": "2026-05-28",
                "goals": [["level": 2], ["level": -1]], "topics": [String: Any](),
            ])
            XCTAssertEqual(rated.status, .created, rated.body.string)
            let evaluation = TestAPI.object(rated)
            XCTAssertEqual((evaluation["scores"] as? [String: Any])?["tScore"] as? Double, 64.6)
            XCTAssertEqual(weights(evaluation), [3, 1])
            // The plan's weights change later; the evaluation keeps those it was rated with, also when it is changed.
            let amended = try await worker.send(.POST, "\(plans)/\(planID)/versions", plan([goal("Päivärytmi"), goal("Työtaidot")], version: 1))
            XCTAssertEqual(amended.status, .created)
            let id = evaluation["id"] as! String
            let changed = try await worker.send(.PUT, "\(evaluations)/\(id)", [
                "periodId": period.id!.uuidString, "kind": "interim", "evaluatedOn": "2026-05-28",
                "goals": [["level": 2], ["level": -1]], "topics": [String: Any](), "version": evaluation["version"] as! Int,
            ])
            XCTAssertEqual(changed.status, .ok, changed.body.string)
            XCTAssertEqual((TestAPI.object(changed)["scores"] as? [String: Any])?["tScore"] as? Double, 64.6)
            // Side by side, each goal with its weight.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/clients/\(world.placedClient.id!)/periods/\(period.id!)/evaluations/interim").body.string
            XCTAssertTrue(page.contains("Paino T-luvussa: 3") && page.contains("Paino T-luvussa: 1"))
            XCTAssertTrue(page.contains("64,6"))
        }
    }
}
