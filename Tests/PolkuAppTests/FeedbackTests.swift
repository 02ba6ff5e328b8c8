import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class FeedbackTests: XCTestCase {
    private func clientFeedback(_ client: Client) -> String { "/api/v1/clients/\(client.id!)/client-feedback" }
    private func placeFeedback(_ client: Client) -> String { "/api/v1/clients/\(client.id!)/place-feedback" }

    private func ratings(_ form: FeedbackForm, _ value: Int = 4) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: form.questions.map { ($0.rawValue, value) })
    }

    private func body(_ period: UUID, _ form: FeedbackForm = .client, good: String? = "Hyvä ohjaus") -> [String: Any] {
        var body: [String: Any] = ["periodId": period.uuidString, "ratings": ratings(form)]
        if let good { body["whatWasGood"] = good }
        return body
    }

    private func period(of client: Client, on app: Application) async throws -> Period {
        try await Period.query(on: app.db).filter(\.$client.$id == client.id!).first()!
    }

    func testTheClientAnswersOncePerPeriodAndChangesTheAnswerWhileItIsOpen() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.client), world: world, app: app)
            let period = try await period(of: world.placedClient, on: app)
            let created = try await api.send(.POST, clientFeedback(world.placedClient), body(period.id!))
            XCTAssertEqual(created.status, .created, created.body.string)
            let answer = TestAPI.object(created)
            XCTAssertEqual(answer["channel"] as? String, "online")
            XCTAssertEqual(answer["placeName"] as? String, "Puutyöpaja")
            XCTAssertEqual(answer["openUntil"] as? String, "2026-09-29", "60 days after the period's last day")
            let id = answer["id"] as! String
            XCTAssertEqual(created.headers.first(name: .location), "\(clientFeedback(world.placedClient))/\(id)")

            let again = try await api.send(.POST, clientFeedback(world.placedClient), body(period.id!))
            XCTAssertEqual(again.status, .conflict)
            XCTAssertEqual(TestAPI.problems(again), ["periodId": "errorFeedbackExists"])

            var change: [String: Any] = ["ratings": ratings(.client, 5), "whatToImprove": "Enemmän tehtäviä", "version": 1]
            let changed = try await api.send(.PUT, "\(clientFeedback(world.placedClient))/\(id)", change)
            XCTAssertEqual(changed.status, .ok, changed.body.string)
            XCTAssertEqual(TestAPI.object(changed)["version"] as? Int, 2)
            XCTAssertEqual((TestAPI.object(changed)["ratings"] as? [String: Int])?["welcomed"], 5)
            let stale = try await api.send(.PUT, "\(clientFeedback(world.placedClient))/\(id)", change)
            XCTAssertEqual(stale.status, .conflict)

            // A worker reads the client's own words but never rewrites them.
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            try await assertEqual(try await worker.send(.GET, "\(clientFeedback(world.placedClient))/\(id)").status, .ok)
            change["version"] = 2
            try await assertEqual(try await worker.send(.PUT, "\(clientFeedback(world.placedClient))/\(id)", change).status, .forbidden)

            // Once the window has closed, nothing changes.
            period.endsOn = "2026-03-01"
            try await period.save(on: app.db)
            let closed = try await api.send(.PUT, "\(clientFeedback(world.placedClient))/\(id)", change)
            XCTAssertEqual(closed.status, .conflict)
            XCTAssertEqual(TestAPI.problems(closed), ["periodId": "errorFeedbackClosed"])

            let events = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.feedbackRead.rawValue).count()
            XCTAssertEqual(events, 1, "reading an answer is audited")
        }
    }

    func testMalformedAnswersAre422NamingEachField() async throws {
        try await withApp { app, world in
            let api = try await TestAPI.signedIn(world.user(.client), world: world, app: app)
            var ratings = ratings(.client)
            ratings["welcomed"] = nil
            ratings["atmosphere"] = 6
            ratings["goalClear"] = 3  // a question of the other form
            let refused = try await api.send(.POST, clientFeedback(world.placedClient), [
                "periodId": "not-a-uuid", "ratings": ratings, "whatWasGood": "kello\u{7}",
            ])
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(refused), [
                "periodId": "errorUUID", "ratings.welcomed": "errorRequired", "ratings.atmosphere": "errorNumberRange",
                "ratings.goalClear": "errorInvalidChoice", "whatWasGood": "errorInvalidCharacters",
            ])
            let empty = try await api.send(.POST, clientFeedback(world.placedClient), [:])
            XCTAssertEqual(empty.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(empty)["periodId"], "errorRequired")
            let count = try await FeedbackAnswer.query(on: app.db).count()
            XCTAssertEqual(count, 0)
        }
    }

    func testWhoGivesWhichFormAndWhoReadsTheAnswers() async throws {
        try await withApp { app, world in
            let period = try await period(of: world.placedClient, on: app)
            func api(_ role: Role) async throws -> TestAPI { try await TestAPI.signedIn(world.user(role), world: world, app: app) }

            // Roles that never give a form: 403 whatever the client.
            for role in [Role.workCoach, .manager, .admin] {
                try await assertEqual(try await api(role).send(.POST, clientFeedback(world.placedClient), body(period.id!)).status, .forbidden, "\(role)")
            }
            for role in [Role.client, .manager, .admin] {
                try await assertEqual(try await api(role).send(.POST, placeFeedback(world.placedClient), body(period.id!, .place)).status, .forbidden, "\(role)")
            }
            // A worker outside the client's area gets the same 404 as for a missing client.
            let south = try await TestAPI.signedIn(world.southWorker, world: world, app: app)
            try await assertEqual(try await south.send(.POST, clientFeedback(world.placedClient), body(period.id!)).status, .notFound)

            // The worker records the client's paper form; the coach gives the place's answer.
            let paper = try await api(.socialCounsellor).send(.POST, clientFeedback(world.placedClient), body(period.id!))
            XCTAssertEqual(paper.status, .created, paper.body.string)
            XCTAssertEqual(TestAPI.object(paper)["channel"] as? String, "paper")
            let place = try await api(.workCoach).send(.POST, placeFeedback(world.placedClient), body(period.id!, .place))
            XCTAssertEqual(place.status, .created, place.body.string)
            // A worker may record a place's paper form too, but the period has the place's answer now.
            let second = try await api(.employmentSpecialist).send(.POST, placeFeedback(world.placedClient), body(period.id!, .place))
            XCTAssertEqual(TestAPI.problems(second), ["periodId": "errorFeedbackExists"])

            // The coach's reach is the placed clients: another client's period is out of reach.
            let other = Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2025-01-01", endsOn: "2025-03-31", recorded: .ended)
            try await other.create(on: app.db)
            try await assertEqual(try await api(.workCoach).send(.POST, placeFeedback(world.joensuuClient), body(other.id!, .place)).status, .notFound)
            // …and a worker may not answer about a period whose feedback has closed, or another client's.
            let closed = try await api(.socialWorker).send(.POST, clientFeedback(world.joensuuClient), body(other.id!))
            XCTAssertEqual(closed.status, .conflict)
            XCTAssertEqual(TestAPI.problems(closed), ["periodId": "errorFeedbackClosed"])
            let foreign = try await api(.socialWorker).send(.POST, clientFeedback(world.joensuuClient), body(period.id!))
            XCTAssertEqual(TestAPI.problems(foreign), ["periodId": "errorNotThisClients"])

            // Reading follows the client: the client sees their own, managers never open clients.
            let own = try await api(.client).send(.GET, clientFeedback(world.placedClient))
            XCTAssertEqual((TestAPI.object(own)["items"] as? [Any])?.count, 1)
            try await assertEqual(try await api(.client).send(.GET, placeFeedback(world.lieksaClient)).status, .notFound)
            try await assertEqual(try await api(.manager).send(.GET, placeFeedback(world.placedClient)).status, .forbidden)
            try await assertEqual(try await south.send(.GET, clientFeedback(world.placedClient)).status, .notFound)
            // The place never reads one client's feedback about itself; it reads its own answers.
            let paperID = TestAPI.object(paper)["id"] as! String
            try await assertEqual(try await api(.workCoach).send(.GET, clientFeedback(world.placedClient)).status, .forbidden)
            try await assertEqual(try await api(.workCoach).send(.GET, "\(clientFeedback(world.placedClient))/\(paperID)").status, .forbidden)
            try await assertEqual(try await api(.workCoach).send(.GET, placeFeedback(world.placedClient)).status, .ok)
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let page = try await coach.get("/clients/\(world.placedClient.id!)").body.string
            XCTAssertEqual(page.components(separatedBy: "data-qa=\"feedback-row\"").count - 1, 1, "only the place's own answer is listed")
            XCTAssertFalse(page.contains("data-qa=\"feedback-place-new\""), "the period has its answer already")
            try await assertEqual(try await coach.get("/clients/\(world.placedClient.id!)/feedback/\(paperID)").status, .forbidden)
        }
    }

    /// `count` answers on the client's form about the place, given on 10.5.2026, with a text each.
    private func answers(_ count: Int, at place: WorkActivityPlace, world: TestWorld, app: Application, text: String = "Salainen") async throws {
        for index in 0..<count {
            let period = Period(clientID: world.joensuuClient.id!, placeID: place.id!, startsOn: "2026-01-0\(index + 1)", endsOn: "2026-03-31", recorded: .ended)
            try await period.create(on: app.db)
            let answer = FeedbackAnswer()
            answer.form = .client
            answer.$client.id = world.joensuuClient.id!
            answer.$period.id = period.id!
            answer.$place.id = place.id!
            answer.givenOn = "2026-05-10"
            answer.channel = .paper
            answer.ratings = Dictionary(uniqueKeysWithValues: FeedbackForm.client.questions.map { ($0, 2 + index % 3) })
            answer.whatWasGood = "\(text) \(index)"
            answer.$author.id = world.user(.socialWorker).id!
            answer.version = 1
            try await answer.create(on: app.db)
        }
    }

    func testResultsShowNothingOfFewerThanFiveAnswers() async throws {
        try await withApp { app, world in
            try await answers(4, at: world.place, world: world, app: app)
            let manager = try await TestBrowser.signedIn(app, email: world.user(.manager).email)
            let results = "/feedback-results/\(world.place.id!)"
            let below = try await manager.get(results).body.string
            XCTAssertTrue(below.contains("data-qa=\"fewer-than\""))
            XCTAssertFalse(below.contains("Salainen"), "no text of fewer than 5 answers")
            XCTAssertFalse(below.contains("results-table-client"))
            try await assertTrue(try await manager.get("/feedback-results").body.string.contains("alle 5 vastausta"))
            let api = try await TestAPI.signedIn(world.user(.manager), world: world, app: app)
            let json = TestAPI.object(try await api.send(.GET, "/api/v1/places/\(world.place.id!)/feedback-results"))
            let form = (json["forms"] as! [[String: Any]])[0]
            XCTAssertEqual(form["enoughAnswers"] as? Bool, false)
            XCTAssertNil(form["answerCount"] as? Int)
            XCTAssertEqual((form["whatWasGood"] as? [String])?.count, 0)

            try await answers(1, at: world.place, world: world, app: app, text: "Viides")
            let shown = try await manager.get(results).body.string
            XCTAssertTrue(shown.contains("5 vastausta"))
            XCTAssertTrue(shown.contains("Salainen 0") && shown.contains("Viides 0"))
            XCTAssertFalse(shown.contains("10.5.2026"), "texts come without dates")
            let five = (TestAPI.object(try await api.send(.GET, "/api/v1/places/\(world.place.id!)/feedback-results"))["forms"] as! [[String: Any]])[0]
            XCTAssertEqual(five["enoughAnswers"] as? Bool, true)
            XCTAssertEqual(five["answerCount"] as? Int, 5)
            let welcomed = (five["questions"] as! [[String: Any]])[0]
            XCTAssertEqual(welcomed["distribution"] as? [Int], [0, 3, 1, 1, 0])  // 2, 3, 4, 2 and 2
            XCTAssertEqual(welcomed["mean"] as? Double, 2.6)

            // A span that leaves the answers out shows nothing again; one ending before it starts is 409, a malformed one 400.
            let later = TestAPI.object(try await api.send(.GET, "/api/v1/places/\(world.place.id!)/feedback-results?from=2026-05-11"))
            XCTAssertEqual((later["forms"] as! [[String: Any]])[0]["enoughAnswers"] as? Bool, false)
            try await assertEqual(try await api.send(.GET, "/api/v1/places/\(world.place.id!)/feedback-results?from=2026-05-11&to=2026-05-01").status, .conflict)
            try await assertEqual(try await api.send(.GET, "/api/v1/places/\(world.place.id!)/feedback-results?from=10.5.2026").status, .badRequest)
            // The default start, a year back, stops at the first date there is.
            let earliest = TestAPI.object(try await api.send(.GET, "/api/v1/places/\(world.place.id!)/feedback-results?to=0001-06-01"))
            XCTAssertEqual(earliest["from"] as? String, "0001-01-01")
        }
    }

    func testResultsAreSeenByRoleAndReach() async throws {
        try await withApp { app, world in
            let elsewhere = Organization(name: "Muu yhdistys", kind: .provider, coveredMunicipalityCodes: ["167"])
            try await elsewhere.create(on: app.db)
            let otherPlace = WorkActivityPlace(providerID: elsewhere.id!, name: "Kahvila", areaID: nil, municipalityCode: "422", capacity: 5)
            try await otherPlace.create(on: app.db)
            func status(_ user: User, _ place: WorkActivityPlace) async throws -> HTTPStatus {
                try await TestAPI.signedIn(user, world: world, app: app).send(.GET, "/api/v1/places/\(place.id!)/feedback-results").status
            }
            try await assertEqual(try await status(world.user(.client), world.place), .forbidden)
            for role in [Role.admin, .manager, .socialWorker, .socialCounsellor, .employmentSpecialist, .workCoach] {
                try await assertEqual(try await status(world.user(role), world.place), .ok, "\(role)")
            }
            // The coach sees only their own organization's places; a worker the whole county's.
            try await assertEqual(try await status(world.user(.workCoach), otherPlace), .notFound)
            try await assertEqual(try await status(world.user(.socialCounsellor), otherPlace), .ok)
            try await assertEqual(try await status(world.southWorker, otherPlace), .ok)
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let list = try await coach.get("/feedback-results").body.string
            XCTAssertTrue(list.contains("Puutyöpaja"))
            XCTAssertFalse(list.contains("Kahvila"))
            // The coach is shown the periods waiting for the place's answer, also just after they end.
            let period = try await period(of: world.placedClient, on: app)
            period.endsOn = "2026-05-20"
            period.recorded = .ended
            try await period.save(on: app.db)
            XCTAssertTrue(list.contains("data-qa=\"pending-link\""))
            let after = try await coach.get("/feedback-results").body.string
            XCTAssertTrue(after.contains("Paikallinen Pekka"), "a period ended 8 days ago still waits")
            let form = try await coach.get("/clients/\(world.placedClient.id!)/feedback/new?form=place&periodId=\(period.id!)")
            XCTAssertEqual(form.status, .ok)
            var fields = ["form": "place", "periodId": period.id!.uuidString]
            for question in FeedbackForm.place.questions { fields["ratings[\(question.rawValue)]"] = "3" }
            let saved = try await coach.post("/clients/\(world.placedClient.id!)/feedback", form: fields)
            XCTAssertEqual(saved.headers.first(name: .location), "/feedback-results", "back to the list: the client is out of reach now")
            let answered = try await coach.get("/feedback-results").body.string
            XCTAssertFalse(answered.contains("data-qa=\"pending-link\""), "answered")
            try await assertEqual(try await TestBrowser.signedIn(app, email: world.user(.client).email).get("/feedback-results").status, .forbidden)
        }
    }

    func testTheClientGivesFeedbackOnTheirOwnPageAndTheWorkerSeesItOnTheClientPage() async throws {
        try await withApp { app, world in
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let me = try await client.get("/me").body.string
            XCTAssertTrue(me.contains("data-qa=\"my-feedback-new\""))
            let period = try await period(of: world.placedClient, on: app)
            let form = try await client.get("/me/feedback/new?periodId=\(period.id!)")
            XCTAssertEqual(form.status, .ok)
            var fields = ["form": "client", "periodId": period.id!.uuidString, "whatWasGood": "Mukava porukka"]
            for question in FeedbackForm.client.questions.dropFirst() { fields["ratings[\(question.rawValue)]"] = "4" }
            let missing = try await client.post("/me/feedback", form: fields)
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertTrue(missing.body.string.contains("data-qa=\"error-ratings[welcomed]\""))
            fields["ratings[welcomed]"] = "5"
            let saved = try await client.post("/me/feedback", form: fields)
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let stored = try await FeedbackAnswer.query(on: app.db).first()!
            XCTAssertEqual(stored.ratings[.welcomed], 5)
            XCTAssertEqual(stored.channel, .online)
            try await assertTrue(try await client.get("/me").body.string.contains("data-qa=\"my-feedback-link\""))
            try await assertTrue(try await client.get("/me/feedback/\(stored.id!)").body.string.contains("data-qa=\"feedback-edit\""))

            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await worker.get("/clients/\(world.placedClient.id!)").body.string
            XCTAssertTrue(page.contains("data-qa=\"feedback-row\""))
            let answer = try await worker.get("/clients/\(world.placedClient.id!)/feedback/\(stored.id!)").body.string
            XCTAssertTrue(answer.contains("Mukava porukka"))
            XCTAssertFalse(answer.contains("data-qa=\"feedback-edit\""), "the worker does not change the client's own words")
            // The worker's paper form for the same period is refused: the period has its answer.
            fields["form"] = "client"
            let duplicate = try await worker.post("/clients/\(world.placedClient.id!)/feedback", form: fields)
            XCTAssertEqual(duplicate.status, .conflict)
        }
    }

    // XCTest's assertions take no `await`.
    private func assertEqual<T: Equatable>(_ actual: @autoclosure () async throws -> T, _ expected: T, _ message: String = "",
                                           file: StaticString = #filePath, line: UInt = #line) async throws {
        let value = try await actual()
        XCTAssertEqual(value, expected, message, file: file, line: line)
    }

    private func assertTrue(_ actual: @autoclosure () async throws -> Bool, _ message: String = "",
                            file: StaticString = #filePath, line: UInt = #line) async throws {
        let value = try await actual()
        XCTAssertTrue(value, message, file: file, line: line)
    }
}
