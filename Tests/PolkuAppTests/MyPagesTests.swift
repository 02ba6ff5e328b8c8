import Fluent
@testable import PolkuApp
import PolkuDomain
import XCTVapor

/// The client's own pages in plain language (issue 13, item 7; decisions 220–226).
final class MyPagesTests: XCTestCase {
    /// The placed client's period (1.5.–31.7.2026) decided for Mondays, Tuesdays and Thursdays, 5 hours a day, at a
    /// place with an address and a contact person; a responsible worker; a plan with one goal.
    private func placedWithDecision(_ app: Application, _ world: TestWorld, weekdays: String = "1,2,4") async throws -> Decision {
        let place = world.place
        place.streetAddress = "Sahakatu 3"; place.postalCode = "80100"; place.town = "Joensuu"
        place.opensAt = "08:00"; place.closesAt = "15:00"
        place.contactName = "Sari Kettunen"; place.contactPhone = "040 123 4567"; place.contactEmail = "sari@example.fi"
        try await place.save(on: app.db)
        let decision = Decision()
        decision.$client.id = world.placedClient.id!
        decision.$decisionMaker.id = world.user(.socialWorker).id!
        decision.decidedOn = "2026-04-20"; decision.startsOn = "2026-05-01"; decision.endsOn = "2026-07-31"
        decision.$place.id = place.id!
        decision.daysPerWeek = 3; decision.minutesPerDay = 300; decision.weekdays = weekdays
        decision.appealInstructions = "Oikaisuvaatimus 30 päivän kuluessa."
        decision.version = 1
        try await decision.create(on: app.db)
        let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
        period.$decision.id = decision.id
        try await period.save(on: app.db)
        let member = TeamMember()
        member.$client.id = world.placedClient.id!
        member.$user.id = world.user(.socialWorker).id
        member.name = "Sanna Sosiaalityöntekijä"
        member.role = .socialWorker
        member.isResponsible = true
        member.organizationName = ""
        member.contact = "013 330 1234"
        member.version = 1
        try await member.create(on: app.db)
        let plan = Plan(clientID: world.placedClient.id!, kind: .activationPlan)
        try await plan.create(on: app.db)
        let version = PlanVersion()
        version.$plan.id = plan.id!
        version.number = 1
        version.madeOn = "2026-04-15"
        version.$author.id = world.user(.socialWorker).id!
        version.employmentParticipant = ""
        version.clientParticipated = true
        version.goalsJSON = #"[{"text":"Päivärytmi","minus2":"En herää aamulla","minus1":"Herään joskus","zero":"Herään kolmena aamuna","plus1":"Herään neljänä aamuna","plus2":"Herään joka aamu"}]"#
        version.supportAndGuidance = "Ohjaus"
        version.daysPerWeek = 3
        version.minutesPerDay = 300
        version.nextStepPlan = "Työkokeilu"
        try await version.create(on: app.db)
        return decision
    }

    func testTheFirstScreenShowsTodayThePlaceTheCoachAndNotTheIdentityCode() async throws {
        try await withApp { app, world in
            // setup: 28.5.2026 is a Thursday, one of the decision's days
            _ = try await placedWithDecision(app, world)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            // act
            let res = try await browser.get("/me")
            // check
            XCTAssertEqual(res.status, .ok)
            let html = res.body.string
            let main = html.components(separatedBy: "<main").dropFirst().joined()
            let firstSection = main.components(separatedBy: "<section").dropFirst().first ?? ""
            XCTAssertTrue(firstSection.contains(#"data-qa="my-today""#), "today is the first section")
            XCTAssertTrue(firstSection.contains(#"data-status="workDay""#))
            XCTAssertTrue(firstSection.contains("Tänään on työtoimintapäiväsi."))
            XCTAssertTrue(firstSection.contains("Sahakatu 3") && firstSection.contains("80100 Joensuu"))
            XCTAssertTrue(firstSection.contains("5 tuntia päivässä.") && firstSection.contains("kello 8.00–15.00"), firstSection)
            XCTAssertTrue(firstSection.contains("Sari Kettunen") && firstSection.contains(#"href="tel:0401234567""#))
            XCTAssertTrue(firstSection.contains("Sanna Sosiaalityöntekijä") && firstSection.contains(#"href="tel:0133301234""#), firstSection)
            XCTAssertTrue(firstSection.contains("Väliarviointi") && firstSection.contains("Jakso päättyy 31.7.2026."), firstSection)
            // The identity code is only inside the folded personal details, after everything else.
            let details = try XCTUnwrap(html.range(of: #"<details class="path-section my-details""#))
            let code = try XCTUnwrap(html.range(of: TestWorld.placedCode))
            XCTAssertGreaterThan(code.lowerBound, details.lowerBound)
            XCTAssertFalse(html[..<details.lowerBound].contains(TestWorld.placedCode))
            // The week: Monday, Tuesday and Thursday, today (Thursday) marked.
            XCTAssertTrue(html.contains(#"class="day-on" data-qa="my-week-1""#))
            XCTAssertTrue(html.contains(#"class="day-off" data-qa="my-week-3""#))
            XCTAssertTrue(html.contains(#"class="day-on day-today" data-qa="my-week-4""#))
            XCTAssertFalse(html.contains("T-luvussa"), "no T-score words on the client's page")
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.clientRead.rawValue).all()
            XCTAssertFalse(events.isEmpty, "the page's read is audited")
        }
    }

    func testTodaySaysWhenItIsNotTheirDayAndWhenNothingRuns() async throws {
        try await withApp { app, world in
            _ = try await placedWithDecision(app, world, weekdays: "1,2,3")
            let browser = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let html = try await browser.get("/me").body.string
            XCTAssertTrue(html.contains(#"data-status="notWorkDay""#))
            XCTAssertTrue(html.contains("Tänään ei ole työtoimintapäiväsi."))
        }
        // A pure function: the weekend, a holiday on a weekday, the start ahead, no weekdays named.
        let period = DateRange(start: LocalDate(year: 2026, month: 5, day: 1)!, end: LocalDate(year: 2026, month: 7, day: 31)!)
        let saturday = LocalDate(year: 2026, month: 5, day: 30)!
        XCTAssertEqual(MyToday.status(on: saturday, period: period, state: .active, daysPerWeek: 3, weekdays: [.monday]), .dayOff)
        let ascension = LocalDate(year: 2026, month: 5, day: 14)!
        XCTAssertEqual(MyToday.status(on: ascension, period: period, state: .active, daysPerWeek: 5, weekdays: []), .holiday(.ascensionDay))
        let april = LocalDate(year: 2026, month: 4, day: 28)!
        XCTAssertEqual(MyToday.status(on: april, period: period, state: .planned, daysPerWeek: 3, weekdays: []), .startsOn(period.start))
        let thursday = LocalDate(year: 2026, month: 5, day: 28)!
        XCTAssertEqual(MyToday.status(on: thursday, period: period, state: .active, daysPerWeek: 3, weekdays: []), .someDays(3))
        XCTAssertEqual(MyToday.status(on: thursday, period: nil, state: nil, daysPerWeek: 3, weekdays: []), .noPeriod)
        XCTAssertEqual(MyToday.status(on: thursday, period: period, state: .interrupted, daysPerWeek: 3, weekdays: []), .noPeriod)
        XCTAssertEqual(MyToday.week(on: thursday, daysPerWeek: 3, weekdays: []).map(\.isExpected), [nil, nil, nil, nil, nil])
    }

    func testTheClientOpensTheirOwnDecisionCopyAndNoOneElses() async throws {
        try await withApp { app, world in
            // setup
            let own = try await placedWithDecision(app, world)
            try await world.decision(of: world.joensuuClient, decidedOn: "2026-04-20", startsOn: "2026-05-04", endsOn: "2026-06-30", on: app)
            let foreign = try await Decision.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).first()!
            let browser = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            // act
            let me = try await browser.get("/me").body.string
            let copy = try await browser.get("/me/decisions/\(own.id!)")
            // check
            XCTAssertTrue(me.contains(#"href="/me/decisions/\#(own.id!)""#), "the page links the copy")
            XCTAssertEqual(copy.status, .ok)
            let html = copy.body.string
            XCTAssertTrue(html.contains(#"data-qa="decision-page""#))
            XCTAssertTrue(html.contains("Oikaisuvaatimus 30 päivän kuluessa."))
            XCTAssertTrue(html.contains(#"href="/me""#), "back to their own page")
            for form in ["accept-submit", "interrupt-submit", "no-evaluation-form", "decision-continue"] {
                XCTAssertFalse(html.contains(form), "read-only: no \(form)")
            }
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.decisionRead.rawValue).all()
            XCTAssertEqual(events.count, 1, "the read is audited")
            // Another client's decision is not found, as is one that does not exist; a worker has no copy of their own.
            let status1 = try await browser.get("/me/decisions/\(foreign.id!)").status
            XCTAssertEqual(status1, .notFound)
            let status2 = try await browser.get("/me/decisions/\(UUID())").status
            XCTAssertEqual(status2, .notFound)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let status3 = try await worker.get("/me/decisions/\(own.id!)").status
            XCTAssertEqual(status3, .forbidden)
        }
    }

    /// The refusals, changes and endings about the client are theirs to read too (decision 207).
    func testTheClientReadsTheirChangeDecisionAndNoOneElses() async throws {
        try await withApp { app, world in
            // setup: a change of the client's hours, and a refusal for another client
            let own = try await placedWithDecision(app, world)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let changed = try await worker.post("/clients/\(world.placedClient.id!)/path-decisions", form: [
                "kind": "change", "decisionId": own.id!.uuidString, "decidedOn": "28.5.2026", "effectiveOn": own.startsOn,
                "hoursPerDay": "4", "reasons": "Asiakkaan toive."])
            XCTAssertEqual(changed.status, .seeOther, changed.body.string)
            let refused = try await worker.post("/clients/\(world.joensuuClient.id!)/path-decisions", form: [
                "kind": "refusal", "decidedOn": "28.5.2026", "reasons": "Ei edellytyksiä."])
            XCTAssertEqual(refused.status, .seeOther)
            let records = try await PathDecision.query(on: app.db).all()
            let change = try XCTUnwrap(records.first { $0.kind == .change }), refusal = try XCTUnwrap(records.first { $0.kind == .refusal })
            let browser = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            // act
            let me = try await browser.get("/me").body.string
            let copy = try await browser.get("/me/path-decisions/\(change.id!)")
            // check
            XCTAssertTrue(me.contains(#"href="/me/path-decisions/\#(change.id!)""#), "the page links the copy")
            XCTAssertEqual(copy.status, .ok)
            XCTAssertTrue(copy.body.string.contains("Muutospäätös kuntouttavasta työtoiminnasta"))
            XCTAssertTrue(copy.body.string.contains(#"href="/me/decisions/\#(own.id!)""#), "the changed decision is their copy too")
            XCTAssertFalse(copy.body.string.contains("/clients/"), "no link into the workers' pages")
            let foreign = try await browser.get("/me/path-decisions/\(refusal.id!)").status
            XCTAssertEqual(foreign, .notFound)
        }
    }

    func testTheSelfEvaluationIsInWordsAndPicturesWithoutNumbers() async throws {
        try await withApp { app, world in
            _ = try await placedWithDecision(app, world)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let formPath = "/clients/\(world.placedClient.id!)/evaluations/new?periodId=\(period.id!)&kind=interim"
            let form = try await client.get(formPath)
            XCTAssertEqual(form.status, .ok)
            let html = form.body.string
            let body = html.components(separatedBy: "<main").dropFirst().joined()
            for words in ["Paljon huonommin kuin odotin", "Niin kuin odotin", "Paljon paremmin kuin odotin", "Herään joka aamu",
                          "Tarvitsee paljon tukea", "En osaa sanoa"] {
                XCTAssertTrue(body.contains(words), words)
            }
            for number in ["−2", "+2", "+1", "−1", "T-", "1 – ", "4 – "] {
                XCTAssertFalse(body.contains(number), "the client's form shows no \(number)")
            }
            // The pictures are decorative; each radio button keeps its label, and the values are the scale's.
            XCTAssertEqual(body.components(separatedBy: #"<svg class="face""#).count - 1, 5)
            XCTAssertEqual(body.components(separatedBy: #"aria-hidden="true" width="36""#).count - 1, 5)
            for index in 0..<5 { XCTAssertTrue(body.contains(#"<label for="goals[0][level]-\#(index)">"#)) }
            XCTAssertTrue(body.contains(#"value="-2""#) && body.contains(#"value="2""#))

            // Saved, the side-by-side view shows the client words, never the T-score; the worker still sees numbers.
            let saved = try await client.post("/clients/\(world.placedClient.id!)/evaluations", form: [
                "periodId": period.id!.uuidString, "kind": "interim", "perspective": "client", "evaluatedOn": "28.5.2026",
                "goals[0][level]": "1", "topics[attendance][rating]": "3",
            ])
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let comparePath = "/clients/\(world.placedClient.id!)/periods/\(period.id!)/evaluations/interim"
            let own = try await client.get(comparePath).body.string.components(separatedBy: "<main").dropFirst().joined()
            XCTAssertTrue(own.contains("Vähän odotettua paremmin") && own.contains("Sujuu hyvin"))
            XCTAssertFalse(own.contains("T-luku") || own.contains("+1") || own.contains("3 – "))
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let theirs = try await worker.get(comparePath).body.string
            XCTAssertTrue(theirs.contains("T-luku") && theirs.contains("+1"))
        }
    }

    func testAWorkersEvaluationFormKeepsTheScale() async throws {
        try await withApp { app, world in
            _ = try await placedWithDecision(app, world)
            let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let html = try await worker.get("/clients/\(world.placedClient.id!)/evaluations/new?periodId=\(period.id!)&kind=interim").body.string
            XCTAssertTrue(html.contains("−2") && html.contains("T-luvussa"))
            XCTAssertFalse(html.contains(#"<svg class="face""#))
        }
    }
}
