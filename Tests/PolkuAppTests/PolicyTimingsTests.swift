import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Issue 11, items 3 and 5: the minimum period and every timing are the organizer's dated policy (decisions 113, 114).
final class PolicyTimingsTests: XCTestCase {
    /// 10.7.2026 and 11.7.2026: the placed client's period (1.5.–31.7.2026) ends in 21 and 20 days.
    private static let july10 = Date(timeIntervalSince1970: 1_783_670_400)
    private static let july11 = july10.addingTimeInterval(86_400)

    private func api(_ user: User, at now: Date, on app: Application) async throws -> TestAPI {
        let (_, token) = try await ApiToken.issue(for: user.id!, lifetime: 3600, now: now, on: app.db)
        return TestAPI(app: app, headers: ["Authorization": "Bearer \(token)"])
    }

    private func decision(start: String, end: String?, world: TestWorld) -> [String: Any] {
        var body: [String: Any] = ["decidedOn": "2026-05-28", "startsOn": start, "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
                                   "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi"]
        if let end { body["endsOn"] = end }
        return body
    }

    func testTheAdminSetsTheTimingsAndEveryoneReadsThem() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let current = try await PolicyRecord.query(on: app.db).first()!
            XCTAssertEqual(current.policy.timings, PolicyTimings(), "the migration gave the policy the values that were constants")
            XCTAssertEqual(current.minPeriodMonths, 3)
            var form = ["organizerId": world.county.id!.uuidString, "validFrom": "1.1.2023", "validTo": "", "minDaysPerWeek": "1",
                        "maxDaysPerWeek": "4", "minHoursPerDay": "4", "maxHoursPerDay": "8", "maxHoursPerWeek": "32",
                        "usualPeriodMonths": "3", "maxContinuousMonths": "24", "breakMonths": "3", "compensationPerDay": "9,00",
                        "travelRules": "", "version": "1"].merging(TestWorld.policyTimingFields) { $1 }
            let page = try await admin.get("/admin/policies/\(current.id!)").body.string
            for field in PolicyTimingField.all.map(\.name) { XCTAssertTrue(page.contains(#"name="\#(field)""#), field) }

            // Bad values: each named next to its field, nothing saved.
            var bad = form
            bad["minPeriodMonths"] = "25"
            bad["interimFromPercent"] = "100"
            bad["finalWindowDays"] = "0"
            bad["secondFollowUpMonths"] = "3"
            bad["nextStepReminderDays"] = ""
            bad["feedbackDaysAfterEnd"] = "1e3"
            let refused = try await admin.post("/admin/policies/\(current.id!)", form: bad)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            for field in ["minPeriodMonths", "interimFromPercent", "finalWindowDays", "secondFollowUpMonths", "nextStepReminderDays",
                          "feedbackDaysAfterEnd"] {
                XCTAssertTrue(refused.body.string.contains(#"data-qa="error-\#(field)""#), field)
            }
            XCTAssertTrue(refused.body.string.contains("Lyhin jakso on pidempi kuin tavallinen jakso."), "the minimum within the usual period")
            var longMinimum = form
            longMinimum["usualPeriodMonths"] = "30"
            longMinimum["minPeriodMonths"] = "25"
            let tooLong = try await admin.post("/admin/policies/\(current.id!)", form: longMinimum)
            XCTAssertEqual(tooLong.status, .unprocessableEntity)
            XCTAssertTrue(tooLong.body.string.contains("Lyhin jakso on pidempi kuin enimmäiskesto yhtäjaksoisesti."), "within the continuous maximum")
            let unchanged = try await PolicyRecord.find(current.id, on: app.db)!
            XCTAssertEqual(unchanged.version, 1)

            form["minPeriodMonths"] = "2"
            form["firstFollowUpMonths"] = "2"
            form["secondFollowUpMonths"] = "12"
            form["nextStepReminderDays"] = "45"
            let saved = try await admin.post("/admin/policies/\(current.id!)", form: form)
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let list = try await admin.get("/admin/policies").body.string
            XCTAssertTrue(list.contains("Lyhin jakso (kuukautta): 2"), "the list shows the minimum")
            XCTAssertTrue(list.contains("seurannat 2 ja 12 kk") && list.contains("muistutukset 45/60/14 pv"), "and the timings")

            let reader = try await api(world.user(.workCoach), at: TestWorld.now, on: app)
            let read = try await reader.send(.GET, "/api/v1/policies/\(current.id!)")
            let json = TestAPI.object(read)
            XCTAssertEqual(json["minPeriodMonths"] as? Int, 2)
            XCTAssertEqual(json["secondFollowUpMonths"] as? Int, 12)
            XCTAssertEqual(json["nextStepReminderDays"] as? Int, 45)
            XCTAssertEqual(json["finalWindowDays"] as? Int, 14)
        }
    }

    /// Decision 113: shorter than the minimum by the month rule is 409 naming the rule and `endsOn`; the day the
    /// minimum ends is enough.
    func testAPeriodShorterThanTheMinimumIsRefused() async throws {
        try await withApp { app, world in
            try await world.givePlan(to: world.joensuuClient, on: app)
            let worker = try await api(world.user(.socialWorker), at: TestWorld.now, on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/decisions"
            let short = try await worker.send(.POST, path, decision(start: "2026-06-01", end: "2026-08-30", world: world))
            XCTAssertEqual(short.status, .conflict, short.body.string)
            XCTAssertEqual(TestAPI.problems(short), ["endsOn": "ruleMinimumLength"])
            XCTAssertTrue(short.body.string.contains("31.8.2026"), short.body.string)
            let none = try await Decision.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).count()
            XCTAssertEqual(none, 0)
            let enough = try await worker.send(.POST, path, decision(start: "2026-06-01", end: "2026-08-31", world: world))
            XCTAssertEqual(enough.status, .created, enough.body.string)
        }
    }

    /// Decision 113: with two months left of the continuous maximum, the period may end on the last allowed day and
    /// no earlier.
    func testTheMinimumYieldsToTheContinuousMaximum() async throws {
        try await withApp { app, world in
            try await world.givePlan(to: world.joensuuClient, on: app)
            // In the service continuously since 1.8.2024: the 24 months end on 31.7.2026.
            try await Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2024-08-01", endsOn: "2026-04-30",
                             recorded: .ended).create(on: app.db)
            let worker = try await api(world.user(.socialWorker), at: TestWorld.now, on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/decisions"
            let dayShort = try await worker.send(.POST, path, decision(start: "2026-06-01", end: "2026-07-30", world: world))
            XCTAssertEqual(dayShort.status, .conflict)
            XCTAssertEqual(TestAPI.problems(dayShort), ["endsOn": "ruleMinimumLength"])
            XCTAssertTrue(dayShort.body.string.contains("31.7.2026"), dayShort.body.string)
            let toTheLimit = try await worker.send(.POST, path, decision(start: "2026-06-01", end: "2026-07-31", world: world))
            XCTAssertEqual(toTheLimit.status, .created, toTheLimit.body.string)
        }
    }

    /// Decision 114: the reminders look as far ahead as the policy in force today says. A change dated tomorrow
    /// leaves today's as they are and applies from tomorrow; the running period keeps the evaluation windows of
    /// the policy it began under.
    func testAPolicyChangeDatedTomorrowAppliesFromTomorrow() async throws {
        try await withApp(now: Self.july10) { app, world in
            let current = try await PolicyRecord.query(on: app.db).first()!
            var ended = current.policy
            ended.validTo = LocalDate(year: 2026, month: 7, day: 10)
            current.apply(ended)
            try await current.save(on: app.db)
            var next = Policy.legalDefaults(validFrom: LocalDate(year: 2026, month: 7, day: 11)!)
            next.timings.nextStepReminderDays = 14
            next.timings.finalWindowDays = 30
            try await PolicyRecord(organizerID: world.county.id!, policy: next).create(on: app.db)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let finalLink = "periodId=\(period.id!)&amp;kind=final"

            let today = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/").body.string
            XCTAssertTrue(today.contains(#"data-kind="periodEndingWithoutNextStep""#), "31.7. is within today's 30 days")

            app.clock = AppClock(now: { Self.july11 })
            let tomorrow = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/").body.string
            XCTAssertFalse(tomorrow.contains(#"data-kind="periodEndingWithoutNextStep""#), "20 days away, past the new 14")
            XCTAssertFalse(tomorrow.contains(finalLink), "the period's final window is the one it began under: from 18.7.")
            app.clock = AppClock(now: { Self.july11.addingTimeInterval(6 * 86_400) })  // 17.7.: 14 days before the end
            let inNewHorizon = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/").body.string
            XCTAssertTrue(inNewHorizon.contains(#"data-kind="periodEndingWithoutNextStep""#), "within the new 14 days")
        }
    }

    /// Decision 114: the follow-up points are the policy's in force on the day the service ended.
    func testFollowUpsFallDueAtTheOrganizersMonths() async throws {
        try await withApp { app, world in
            let current = try await PolicyRecord.query(on: app.db).first()!
            current.firstFollowUpMonths = 2
            try await current.save(on: app.db)
            // Ended 20.2.2026: two months is 20.4.2026, and the page says so.
            let (_, ending, _) = try await world.pathRecords(of: world.joensuuClient, on: app)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await worker.get("/clients/\(world.joensuuClient.id!)/endings/\(ending.id!)").body.string
            XCTAssertTrue(page.contains("2 kuukautta päättymisestä"), page)
            XCTAssertTrue(page.contains("20.4.2026"))
            let api = try await api(world.user(.socialWorker), at: TestWorld.now, on: app)
            let read = TestAPI.object(try await api.send(.GET, "/api/v1/clients/\(world.joensuuClient.id!)/endings/\(ending.id!)"))
            let points = read["followUps"] as? [[String: Any]] ?? []
            XCTAssertEqual(points.map { $0["monthsAfterEnd"] as? Int }, [2, 6])
            XCTAssertEqual(points.map { $0["dueOn"] as? String }, ["2026-04-20", "2026-08-20"])
        }
    }

    /// Decision 114: feedback about a period stays open as long as the policy in force on its first day says.
    func testTheFeedbackWindowIsThePeriodsOwnPolicys() async throws {
        try await withApp { app, world in
            let current = try await PolicyRecord.query(on: app.db).first()!
            current.feedbackDaysAfterEnd = 10
            try await current.save(on: app.db)
            // The placed client's period ended on 18.5.2026: open until 28.5. (today), closed from 29.5.
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            period.endsOn = "2026-05-18"
            try await period.save(on: app.db)
            let client = try await api(world.user(.client), at: TestWorld.now, on: app)
            let path = "/api/v1/clients/\(world.placedClient.id!)/client-feedback"
            let ratings = Dictionary(uniqueKeysWithValues: FeedbackForm.client.questions.map { ($0.rawValue, 4) })
            let given = try await client.send(.POST, path, ["periodId": period.id!.uuidString, "ratings": ratings])
            XCTAssertEqual(given.status, .created, given.body.string)
            XCTAssertEqual(TestAPI.object(given)["openUntil"] as? String, "2026-05-28")
            let id = TestAPI.object(given)["id"] as! String

            app.clock = AppClock(now: { TestWorld.now.addingTimeInterval(86_400) })
            let late = try await api(world.user(.client), at: TestWorld.now.addingTimeInterval(86_400), on: app)
            let closed = try await late.send(.PUT, "\(path)/\(id)", ["ratings": ratings, "version": 1])
            XCTAssertEqual(closed.status, .conflict)
            XCTAssertEqual(TestAPI.problems(closed), ["periodId": "errorFeedbackClosed"])
            XCTAssertTrue(closed.body.string.contains("alusta 10 päivään"), "the message names the organizer's days: \(closed.body.string)")
        }
    }
    /// Decision 181: when a waiting referral is late is the organizer's target in its policy, 14 days unless set.
    func testAReferralIsLateAfterTheOrganizersOwnTarget() async throws {
        try await withApp { app, world in
            let worker = try await api(world.user(.socialWorker), at: TestWorld.now, on: app)
            let sent = try await worker.send(.POST, "/api/v1/referrals", ["clientId": world.lieksaClient.id!.uuidString, "reason": "Päivärytmi.",
                                                                         "urgency": "normal", "consentToShare": true])
            XCTAssertEqual(sent.status, .created, sent.body.string)
            let referral = try await Referral.find(try sent.content.decode(ReferralDTO.self).id, on: app.db)!
            referral.receivedOn = "2026-05-08"  // 20 days before 28.5.2026
            try await referral.save(on: app.db)
            let policy = try await PolicyRecord.query(on: app.db).first()!
            XCTAssertEqual(policy.referralDecisionDays, 14, "what existing policies start from")
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            func referralGroup(_ page: String) -> String {
                guard let start = page.range(of: #"data-kind="referralWaiting""#) else { return "" }
                return String(page[start.lowerBound...].prefix { $0 != "§" }.components(separatedBy: "</section>")[0])
            }
            let before = referralGroup(try await browser.get("/").body.string)
            XCTAssertTrue(before.contains(#"data-qa="reminder-late""#), "20 days, past 14")
            policy.referralDecisionDays = 30
            try await policy.save(on: app.db)
            let after = referralGroup(try await browser.get("/").body.string)
            XCTAssertTrue(after.contains("odottanut 20 päivää"), after)
            XCTAssertFalse(after.contains(#"data-qa="reminder-late""#), "within the organizer's 30 days")
        }
    }
}
