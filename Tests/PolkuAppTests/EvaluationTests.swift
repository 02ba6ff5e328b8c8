import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class EvaluationTests: XCTestCase {
    /// 15.6.2026: the placed client's period 1.5.–31.7.2026 (91 days) reaches its midpoint.
    private static let midpoint = Date(timeIntervalSince1970: 1_781_514_000)
    private static let dayBeforeMidpoint = Date(timeIntervalSince1970: 1_781_427_600)
    /// 18.7.2026: the first of the period's last 14 days.
    private static let finalWindow = Date(timeIntervalSince1970: 1_784_365_200)

    private func path(_ client: Client) -> String { "/api/v1/clients/\(client.id!)/evaluations" }

    private func api(_ user: User, _ app: Application, now: Date = TestWorld.now) async throws -> TestAPI {
        let (_, token) = try await ApiToken.issue(for: user.id!, lifetime: 3600, now: now, on: app.db)
        return TestAPI(app: app, headers: ["Authorization": "Bearer \(token)"])
    }

    private func period(of client: Client, _ app: Application) async throws -> Period {
        try await Period.query(on: app.db).filter(\.$client.$id == client.id!).first()!
    }

    /// A plan with two goals for the placed client.
    private func plan(_ world: TestWorld, _ app: Application) async throws {
        let api = try await self.api(world.user(.socialWorker), app)
        let goal = { (text: String) in ["text": text, "minus2": "a", "minus1": "b", "zero": "\(text): odotettu", "plus1": "d", "plus2": "e"] }
        let created = try await api.send(.POST, "/api/v1/clients/\(world.placedClient.id!)/plans", [
            "kind": "activationPlan", "madeOn": "2026-04-20", "employmentParticipant": "", "clientParticipated": true,
            "goals": [goal("Päivärytmi"), goal("Työtaidot")], "supportAndGuidance": "Tuki", "daysPerWeek": 3, "minutesPerDay": 300,
            "nextStepPlan": "Työkokeilu",
        ])
        XCTAssertEqual(created.status, .created, created.body.string)
    }

    private func body(_ period: Period, kind: String = "interim", levels: [Any] = [1, 0]) -> [String: Any] {
        ["periodId": period.id!.uuidString, "kind": kind, "evaluatedOn": "2026-05-28",
         "goals": levels.map { ["level": $0, "note": "Edistystä"] },
         "topics": ["attendance": ["rating": 3, "note": "Ajoissa"], "openLabourMarketReadiness": ["rating": 2]],
         "wentWell": "Rytmi vakiintui", "nextStep": "workTrial"]
    }

    func testEachPerspectiveWritesItsOwnAndEveryReaderSeesThemSideBySide() async throws {
        try await withApp { app, world in
            // setup
            try await self.plan(world, app)
            let period = try await self.period(of: world.placedClient, app)
            // act: the worker, the coach at the client's place and the client themself
            var ids: [String] = []
            for role in [Role.socialCounsellor, .workCoach, .client] {
                let created = try await self.api(world.user(role), app).send(.POST, path(world.placedClient), body(period))
                XCTAssertEqual(created.status, .created, "\(role): \(created.body.string)")
                let object = TestAPI.object(created)
                ids.append(object["id"] as! String)
                XCTAssertEqual(object["perspective"] as? String, EvaluationPerspective.of(role)!.rawValue)
                // 50 + 10·(1 + 0) / √(0.7·2 + 0.3·4) = 56.2
                XCTAssertEqual((object["scores"] as? [String: Any])?["tScore"] as? Double, 56.2)
                XCTAssertEqual(created.headers.first(name: .location), "\(path(world.placedClient))/\(object["id"]!)")
            }
            // check: the employment specialist reads all three, in the API and side by side
            let reader = try await self.api(world.user(.employmentSpecialist), app)
            let list = TestAPI.object(try await reader.send(.GET, path(world.placedClient)))["items"] as? [[String: Any]]
            XCTAssertEqual(Set(list?.compactMap { $0["perspective"] as? String } ?? []), ["worker", "workCoach", "client"])
            let stored = try await Evaluation.find(UUID(uuidString: ids[0]), on: app.db)!
            XCTAssertEqual(stored.goals.map(\.text), ["Päivärytmi", "Työtaidot"], "the plan's goals are copied with the rating")
            let browser = try await TestBrowser.signedIn(app, email: world.user(.employmentSpecialist).email)
            let page = try await browser.get("/clients/\(world.placedClient.id!)/periods/\(period.id!)/evaluations/interim")
            XCTAssertEqual(page.status, .ok)
            let html = page.body.string
            for name in ["Test socialCounsellor", "Test workCoach", "Test client"] { XCTAssertTrue(html.contains(name), name) }
            XCTAssertTrue(html.contains("+1: d"), "the level with its description from the plan")
            XCTAssertTrue(html.contains("56,2"), "the T-score with a decimal comma")
            XCTAssertFalse(html.contains(#"data-qa="evaluation-write-own""#), "employment specialists read but do not evaluate")
            // The client sees the same on their own view.
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let mine = try await client.get("/me").body.string
            XCTAssertTrue(mine.contains(#"data-qa="evaluation-edit-interim""#), "the client changes their own")
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == "evaluation.create").count()
            XCTAssertEqual(audited, 3)
        }
    }

    func testWhoMayWriteWhichPerspective() async throws {
        try await withApp { app, world in
            let period = try await self.period(of: world.placedClient, app)
            for role in [Role.admin, .manager, .employmentSpecialist] {
                let refused = try await self.api(world.user(role), app).send(.POST, path(world.placedClient), body(period, levels: []))
                XCTAssertEqual(refused.status, .forbidden, "\(role)")
            }
            let south = try await self.api(world.southWorker, app).send(.POST, path(world.placedClient), body(period, levels: []))
            XCTAssertEqual(south.status, .notFound, "outside the worker's reach")
            let otherClient = try await self.api(world.user(.client), app).send(.POST, path(world.joensuuClient), body(period, levels: []))
            XCTAssertEqual(otherClient.status, .notFound)

            // A period of another client is not this client's.
            let otherProvider = Organization(name: "Toinen ry", kind: .provider, providerKind: .purchasedService, organizationForm: .association,
                                             coveredMunicipalityCodes: ["167"])
            try await otherProvider.create(on: app.db)
            let otherPlace = WorkActivityPlace(providerID: otherProvider.id!, name: "Kahvila", areaID: world.areaNorth.id, municipalityCode: "167", capacity: 5)
            try await otherPlace.create(on: app.db)
            let elsewhere = Period(clientID: world.joensuuClient.id!, placeID: otherPlace.id!, startsOn: "2026-05-04", endsOn: "2026-08-03")
            try await elsewhere.create(on: app.db)
            let worker = try await self.api(world.user(.socialWorker), app)
            let foreign = try await worker.send(.POST, path(world.placedClient), body(elsewhere, levels: []))
            XCTAssertEqual(foreign.status, .conflict)
            XCTAssertEqual(TestAPI.problems(foreign), ["periodId": "errorNotThisClients"])

            // The coach reads a client placed elsewhere only through the team, and does not evaluate that period.
            let coach = try await self.api(world.user(.workCoach), app)
            let unplaced = try await coach.send(.POST, path(world.joensuuClient), body(elsewhere, levels: []))
            XCTAssertEqual(unplaced.status, .notFound)
            let member = TeamMember()
            member.$client.id = world.joensuuClient.id!
            member.$user.id = world.user(.workCoach).id
            member.name = world.user(.workCoach).name
            member.role = .workCoach
            member.isResponsible = false
            member.organizationName = ""
            member.contact = ""
            member.version = 1
            try await member.create(on: app.db)
            let notTheirPlace = try await coach.send(.POST, path(world.joensuuClient), body(elsewhere, levels: []))
            XCTAssertEqual(notTheirPlace.status, .conflict)
            XCTAssertEqual(TestAPI.problems(notTheirPlace), ["periodId": "errorEvaluationNotYourPlace"])

            // A coach or a worker records the client's own evaluation for them; nobody else's.
            var onBehalf = body(period, levels: [])
            onBehalf["perspective"] = "client"
            let recorded = try await coach.send(.POST, path(world.placedClient), onBehalf)
            XCTAssertEqual(recorded.status, .created, recorded.body.string)
            XCTAssertEqual(TestAPI.object(recorded)["perspective"] as? String, "client")
            XCTAssertEqual(TestAPI.object(recorded)["authorId"] as? String, world.user(.workCoach).id!.uuidString)
            var asWorker = body(period, levels: [])
            asWorker["perspective"] = "worker"
            let coachAsWorker = try await coach.send(.POST, path(world.placedClient), asWorker)
            XCTAssertEqual(coachAsWorker.status, .forbidden)
            let clientAgain = try await self.api(world.user(.client), app).send(.POST, path(world.placedClient), body(period, levels: []))
            XCTAssertEqual(TestAPI.problems(clientAgain), ["kind": "errorEvaluationExists"], "one client's view per period and kind")

            // Nobody changes another perspective's evaluation.
            let written = try await worker.send(.POST, path(world.placedClient), body(period, levels: []))
            XCTAssertEqual(written.status, .created, written.body.string)
            var change = body(period, levels: [])
            change["version"] = 1
            let byCoach = try await coach.send(.PUT, "\(path(world.placedClient))/\(TestAPI.object(written)["id"]!)", change)
            XCTAssertEqual(byCoach.status, .forbidden)
        }
    }

    func testOnePerPeriodKindAndPerspectiveAndChangesNeedTheVersionRead() async throws {
        try await withApp { app, world in
            let period = try await self.period(of: world.placedClient, app)
            let first = try await self.api(world.user(.socialCounsellor), app).send(.POST, path(world.placedClient), body(period, levels: []))
            XCTAssertEqual(first.status, .created)
            // The social worker writes from the same perspective: a second interim is refused.
            let worker = try await self.api(world.user(.socialWorker), app)
            let second = try await worker.send(.POST, path(world.placedClient), body(period, levels: []))
            XCTAssertEqual(second.status, .conflict)
            XCTAssertEqual(TestAPI.problems(second), ["kind": "errorEvaluationExists"])
            let final = try await worker.send(.POST, path(world.placedClient), body(period, kind: "final", levels: []))
            XCTAssertEqual(final.status, .created)

            let url = "\(path(world.placedClient))/\(TestAPI.object(first)["id"]!)"
            var change = body(period, levels: [])
            change["wentWell"] = "Muutettu"
            change["version"] = 1
            let changed = try await worker.send(.PUT, url, change)
            XCTAssertEqual(changed.status, .ok, changed.body.string)
            XCTAssertEqual(TestAPI.object(changed)["version"] as? Int, 2)
            change["wentWell"] = "Vanhentunut"
            let stale = try await worker.send(.PUT, url, change)
            XCTAssertEqual(stale.status, .conflict)
            change["version"] = nil
            let unversioned = try await worker.send(.PUT, url, change)
            XCTAssertEqual(TestAPI.problems(unversioned), ["version": "errorRequired"])
            let kept = try await Evaluation.find(UUID(uuidString: TestAPI.object(first)["id"] as! String), on: app.db)!
            XCTAssertEqual(kept.wentWell, "Muutettu")
        }
    }

    func testBadLevelsAreRefusedAndTheGoalsMustBeThePlans() async throws {
        try await withApp { app, world in
            try await self.plan(world, app)
            let period = try await self.period(of: world.placedClient, app)
            let worker = try await self.api(world.user(.socialWorker), app)
            var bad = body(period, levels: [3, -3])
            bad["kind"] = "midterm"
            bad["nextStep"] = "lottery"
            bad["topics"] = ["attendance": ["rating": 5], "wellbeing": ["rating": 0], "boredom": ["rating": 1]]
            let invalid = try await worker.send(.POST, path(world.placedClient), bad)
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(invalid), [
                "kind": "errorInvalidChoice", "nextStep": "errorInvalidChoice", "goals[0].level": "errorNumberRange",
                "goals[1].level": "errorNumberRange", "topics.attendance.rating": "errorNumberRange", "topics.wellbeing.rating": "errorNumberRange",
                "topics.boredom": "errorInvalidChoice",
            ])
            var missing = body(period)
            missing["goals"] = [["note": "ei tasoa"], ["level": 2]]
            let noLevel = try await worker.send(.POST, path(world.placedClient), missing)
            XCTAssertEqual(TestAPI.problems(noLevel), ["goals[0].level": "errorRequired"])
            // Well formed, but not what the plan holds or before the period: 409.
            let oneGoal = try await worker.send(.POST, path(world.placedClient), body(period, levels: [2]))
            XCTAssertEqual(oneGoal.status, .conflict)
            XCTAssertEqual(TestAPI.problems(oneGoal), ["goals": "errorEvaluationGoals"])
            var early = body(period)
            early["evaluatedOn"] = "2026-04-30"
            let before = try await worker.send(.POST, path(world.placedClient), early)
            XCTAssertEqual(before.status, .conflict)
            XCTAssertEqual(TestAPI.problems(before), ["evaluatedOn": "errorEvaluationBeforePeriod"])
            let saved = try await Evaluation.query(on: app.db).count()
            XCTAssertEqual(saved, 0, "nothing refused was saved")

            // The form shows the message next to the goal.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = try await browser.get("/clients/\(world.placedClient.id!)/evaluations/new?periodId=\(period.id!)&kind=interim")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.body.string.contains(#"name="goals[1][level]""#))
            let posted = try await browser.post("/clients/\(world.placedClient.id!)/evaluations", form: [
                "periodId": period.id!.uuidString, "kind": "interim", "evaluatedOn": "28.5.2026", "goals[0][level]": "1", "goals[1][note]": "",
                "topics[attendance][rating]": "", "topics[wellbeing][rating]": "7",
            ])
            XCTAssertEqual(posted.status, .unprocessableEntity)
            XCTAssertTrue(posted.body.string.contains(#"data-qa="error-goals[1][level]""#), posted.body.string)
            XCTAssertTrue(posted.body.string.contains(#"data-qa="error-topics[wellbeing][rating]""#))
            let complete = try await browser.post("/clients/\(world.placedClient.id!)/evaluations", form: [
                "periodId": period.id!.uuidString, "kind": "interim", "evaluatedOn": "28.5.2026", "goals[0][level]": "1", "goals[1][level]": "-1",
                "topics[attendance][rating]": "4", "topics[wellbeing][rating]": "", "nextStep": "",
            ])
            XCTAssertEqual(complete.status, .seeOther)
            XCTAssertEqual(complete.headers.first(name: .location), "/clients/\(world.placedClient.id!)/periods/\(period.id!)/evaluations/interim")
            let written = try await Evaluation.query(on: app.db).first()!
            XCTAssertEqual(written.goals.map(\.level), [1, -1])
            XCTAssertEqual(written.topics, [EvaluationTopicRating(topic: .attendance, rating: 4, note: nil)])
            XCTAssertNil(written.nextStep)
        }
    }

    func testTheInterimIsDueFromTheMidpointOnTheFrontPagesAndTheClientsView() async throws {
        try await withApp(now: Self.dayBeforeMidpoint) { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let early = try await worker.get("/").body.string
            XCTAssertFalse(early.contains(#"data-kind="evaluationDue""#), "not before the midpoint")
        }
        try await withApp(now: Self.midpoint) { app, world in
            let period = try await self.period(of: world.placedClient, app)
            let form = "/clients/\(world.placedClient.id!)/evaluations/new?periodId=\(period.id!)&amp;kind=interim"
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let front = try await worker.get("/").body.string
            XCTAssertTrue(front.contains(#"data-kind="evaluationDue""#))
            XCTAssertTrue(front.contains(form), "the reminder leads to the form")
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let coachFront = try await coach.get("/").body.string
            XCTAssertTrue(coachFront.contains(#"data-kind="evaluationDue""#) && coachFront.contains(form))
            XCTAssertFalse(coachFront.contains(#"data-kind="periodEndingWithoutNextStep""#), "a coach sees only the evaluations")
            let employment = try await TestBrowser.signedIn(app, email: world.user(.employmentSpecialist).email)
            let employmentFront = try await employment.get("/").body.string
            XCTAssertFalse(employmentFront.contains(#"data-kind="evaluationDue""#))
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let own = try await client.get("/me").body.string
            XCTAssertTrue(own.contains(#"data-qa="evaluation-invite""#) && own.contains(form), "the client is invited to evaluate")

            // The worker writes theirs: gone from the worker's page, still on the coach's.
            let api = try await self.api(world.user(.socialWorker), app, now: Self.midpoint)
            var written = body(period, levels: [])
            written["evaluatedOn"] = "2026-06-15"
            let saved = try await api.send(.POST, path(world.placedClient), written)
            XCTAssertEqual(saved.status, .created)
            let workerAfter = try await worker.get("/").body.string
            XCTAssertFalse(workerAfter.contains(#"data-kind="evaluationDue""#))
            let coachAfter = try await coach.get("/").body.string
            XCTAssertTrue(coachAfter.contains(#"data-kind="evaluationDue""#))
        }
        try await withApp(now: Self.finalWindow) { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let front = try await worker.get("/").body.string
            XCTAssertTrue(front.contains(#"data-kind="finalEvaluationDue""#))
            XCTAssertFalse(front.contains(#"data-kind="evaluationDue""#), "the final takes over from a missing interim")
        }
    }

    func testStatisticsScoreTheFinalsByPerspectiveWithoutIdentities() async throws {
        try await withApp { app, world in
            // setup: two workers' finals (T 60 and 40) and a coach's (T 70), on two periods
            let first = try await self.period(of: world.placedClient, app)
            let second = Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2026-01-05", endsOn: "2026-04-04", recorded: .ended)
            try await second.create(on: app.db)
            for (period, perspective, level) in [(first, EvaluationPerspective.worker, 1), (second, .worker, -1), (first, .workCoach, 2)] {
                let evaluation = try await world.evaluation(of: period, on: app)
                evaluation.kind = .final
                evaluation.perspective = perspective
                evaluation.goalsJSON = #"[{"text":"Päivärytmi","scale":["a","b","c","d","e"],"level":\#(level)}]"#
                try await evaluation.save(on: app.db)
            }
            // act
            let manager = try await TestBrowser.signedIn(app, email: world.user(.manager).email)
            let html = try await manager.get("/statistics").body.string
            // check
            func row(_ perspective: String) -> String {
                html.components(separatedBy: #"data-qa="statistics-final-\#(perspective)""#).dropFirst().first?.components(separatedBy: "</tr>").first ?? ""
            }
            XCTAssertTrue(row("worker").contains(">2<") && row("worker").contains("50,0"), row("worker"))
            XCTAssertTrue(row("workCoach").contains(">1<") && row("workCoach").contains("70,0"))
            XCTAssertTrue(row("client").contains(">0<") && row("client").contains("–"))
            XCTAssertFalse(html.contains("Paikallinen"), "no identities")
        }
    }
}
