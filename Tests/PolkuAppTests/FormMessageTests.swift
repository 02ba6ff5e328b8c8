import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Issue 13, item 2: the right message at its field, impossible data refused, and a refused form keeps what was typed.
final class FormMessageTests: XCTestCase {
    private func error(_ html: String, _ field: String) -> String? {
        guard let range = html.range(of: #"data-qa="error-\#(field)">"#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }

    /// Empty optional texts are none, "abc" is not a number, a closing time before the opening time speaks of times.
    func testThePlaceFormSaysWhatIsWrongWithEachField() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let before = try await WorkActivityPlace.query(on: app.db).count()
            var form = PlaceTests.form(world)
            form["contactName"] = ""
            form["contactPhone"] = " "
            form["contactEmail"] = ""
            form["opensAt"] = "14.00"
            form["closesAt"] = "8.00"
            form["capacity"] = "abc"
            let refused = try await admin.post("/admin/places", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            let html = refused.body.string
            for field in ["contactName", "contactPhone", "contactEmail"] { XCTAssertNil(error(html, field), "an empty \(field) is none") }
            XCTAssertEqual(error(html, "closesAt"), "Sulkemisajan pitää olla avaamisajan jälkeen.")
            XCTAssertEqual(error(html, "capacity"), "Kirjoita luku.")
            XCTAssertTrue(html.contains("Tarkista 2 kenttää alla."))
            XCTAssertTrue(html.contains(#"value="abc""#), "what was typed is kept")
            try await XCTAssertEqualAsync(try await WorkActivityPlace.query(on: app.db).count(), before, "nothing saved")
            // Blank optional contacts save as none.
            form["opensAt"] = "8.00"
            form["closesAt"] = "14.00"
            form["capacity"] = "6"
            try await XCTAssertEqualAsync(try await admin.post("/admin/places", form: form).status, .seeOther)
        }
    }

    func testAPriceThatIsNoNumberIsNotANumberNotMissing() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            var form = HostileNumberTargets.contractForm(world)
            form["pricePerDay"] = "abc"
            let refused = try await admin.post("/admin/contracts", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertEqual(error(refused.body.string, "pricePerDay"), "Kirjoita luku.")
            // A number outside the range keeps its own message, and a decimal in a whole-number field is a number.
            form["pricePerDay"] = "2000"
            let outside = try await admin.post("/admin/contracts", form: form)
            XCTAssertEqual(error(outside.body.string, "pricePerDay"), "Anna summa euroina, esim. 42,50 (0–1000).")
            try await XCTAssertEqualAsync(try await ProviderContract.query(on: app.db).count(), 0, "nothing saved")
        }
    }

    /// 31.2. is no date: said so, apart from a date written wrong; the API names the same.
    func testADayNoCalendarHasIsNoSuchDate() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = ["kind": "activationPlan", "madeOn": "31.2.2026", "goals[0][text]": "Päivärytmi", "goals[0][minus2]": "a",
                        "goals[0][minus1]": "b", "goals[0][zero]": "c", "goals[0][plus1]": "d", "goals[0][plus2]": "e",
                        "supportAndGuidance": "Tuki", "daysPerWeek": "3", "hoursPerDay": "5", "nextStepPlan": "Koulutus"]
            let refused = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertEqual(error(refused.body.string, "madeOn"), "Päivämäärää ei ole: 31.2.2026.")
            let wrong = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: form.merging(["madeOn": "31.2."]) { $1 })
            XCTAssertEqual(error(wrong.body.string, "madeOn"), "Anna päivämäärä muodossa 1.3.2026.")
            try await browser.get("/language/en")
            let english = try await browser.post("/clients/\(world.joensuuClient.id!)/plans", form: form)
            XCTAssertEqual(error(english.body.string, "madeOn"), "There is no such date: 31.2.2026.")
            try await XCTAssertEqualAsync(try await Plan.query(on: app.db).count(), 0, "nothing saved")
        }
    }

    /// The interruption's problem stands at its reason, not only at the top of the page.
    func testTheInterruptionFormsErrorStandsAtItsField() async throws {
        try await withApp { app, world in
            try await world.givePlan(to: world.joensuuClient, on: app)
            let j = "/clients/\(world.joensuuClient.id!)"
            let decision = try await LongTextRecords.created(app, world, "/api/v1\(j)/decisions", HostileNumberTargets.decisionBody(world))
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let refused = try await browser.post("\(j)/decisions/\(decision)/interrupt", form: ["reason": " ", "version": "1"])
            XCTAssertEqual(refused.status, .unprocessableEntity)
            let html = refused.body.string
            XCTAssertEqual(error(html, "reason"), "Pakollinen tieto puuttuu.")
            XCTAssertTrue(html.contains("Tarkista 1 kenttä alla."))
            let period = try await Period.query(on: app.db).filter(\.$decision.$id == UUID(uuidString: decision)!).first()!
            XCTAssertEqual(period.recorded, .open, "nothing changed")
        }
    }

    /// The notice to the shop steward comes back with its date and recipient as typed.
    func testARefusedShopStewardNoticeKeepsEveryValue() async throws {
        try await withApp { app, world in
            try await world.givePlan(to: world.joensuuClient, on: app)
            let j = "/clients/\(world.joensuuClient.id!)"
            let decision = try await LongTextRecords.created(app, world, "/api/v1\(j)/decisions", HostileNumberTargets.decisionBody(world))
            world.provider.providerKind = .ownProduction
            try await world.provider.save(on: app.db)
            let period = try await Period.query(on: app.db).filter(\.$decision.$id == UUID(uuidString: decision)!).first()!
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let refused = try await browser.post("\(j)/decisions/\(decision)/shop-steward-notice",
                                                 form: ["periodId": period.id!.uuidString, "notifiedOn": "27.5.2026", "recipient": " "])
            XCTAssertEqual(refused.status, .unprocessableEntity)
            let html = refused.body.string
            XCTAssertNotNil(error(html, "recipient"))
            XCTAssertTrue(html.contains(#"name="notifiedOn" value="27.5.2026""#), "the date typed is kept")
            let noDay = try await browser.post("\(j)/decisions/\(decision)/shop-steward-notice",
                                               form: ["periodId": period.id!.uuidString, "notifiedOn": "31.2.2026", "recipient": "Päivi Pääluottamusmies"])
            XCTAssertEqual(error(noDay.body.string, "notifiedOn"), "Päivämäärää ei ole: 31.2.2026.")
            XCTAssertTrue(noDay.body.string.contains(#"value="Päivi Pääluottamusmies""#), "the recipient typed is kept")
            try await XCTAssertEqualAsync(try await ShopStewardNoticeRecord.query(on: app.db).count(), 0, "nothing saved")
        }
    }

    /// The place and the organizer accept through a person whose name the contract prints.
    func testAnAcceptanceByThePlaceNamesWhoAccepted() async throws {
        try await withApp { app, world in
            try await world.givePlan(to: world.joensuuClient, on: app)
            let j = "/clients/\(world.joensuuClient.id!)"
            let decision = try await LongTextRecords.created(app, world, "/api/v1\(j)/decisions", HostileNumberTargets.decisionBody(world))
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            for party in ["place", "organizer"] {
                let refused = try await browser.post("\(j)/decisions/\(decision)/accept", form: ["party": party, "acceptedBy": "", "version": "1"])
                XCTAssertEqual(refused.status, .conflict, party)
                XCTAssertEqual(error(refused.body.string, "acceptedBy"), "Kirjoita hyväksyjän nimi.", party)
            }
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let answer = try await api.send(.POST, "/api/v1\(j)/decisions/\(decision)/acceptances", ["party": "place", "version": 1])
            XCTAssertEqual(answer.status, .conflict, "the answers disagree; nothing is malformed")
            XCTAssertEqual(TestAPI.problems(answer), ["acceptedBy": "errorAcceptedByRequired"])
            let contract = try await Contract.query(on: app.db).first()!
            XCTAssertNil(contract.placeAcceptedOn, "nothing changed")
            XCTAssertNil(contract.organizerAcceptedOn)
            // The client accepts as themself, without a name typed.
            try await XCTAssertEqualAsync(try await browser.post("\(j)/decisions/\(decision)/accept", form: ["party": "client", "version": "1"]).status, .seeOther)
        }
    }

    /// A follow-up is of what has happened, and its situation agrees with "in work or education".
    func testAFollowUpInTheFutureOrContradictingItselfIsRefused() async throws {
        try await withApp { app, world in
            let (_, ending, _) = try await world.pathRecords(of: world.joensuuClient, on: app)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let j = "/clients/\(world.joensuuClient.id!)"
            let before = try await FollowUp.query(on: app.db).count()
            let refused = try await browser.post("\(j)/follow-ups", form: [
                "endingId": ending.id!.uuidString, "point": "sixMonths", "doneOn": "29.5.2026", "situation": "education",
            ])
            XCTAssertEqual(refused.status, .conflict, "a future day and a contradiction are rules, and nothing is malformed")
            let html = refused.body.string
            XCTAssertEqual(error(html, "doneOn"), "Seurannan päivä ei voi olla tulevaisuudessa.")
            XCTAssertTrue(error(html, "situation")?.hasPrefix("Valittu tilanne on työtä tai koulutusta") == true, html)
            XCTAssertTrue(html.contains("Tarkista 2 kenttää alla."))
            XCTAssertTrue(html.contains(#"value="29.5.2026""#), "what was typed is kept")
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let answer = try await api.send(.POST, "/api/v1\(j)/follow-ups", ["endingId": ending.id!.uuidString, "point": "sixMonths",
                                                                             "doneOn": "2026-05-28", "situation": "continuesInThisService", "inWorkOrEducation": true])
            XCTAssertEqual(answer.status, .conflict)
            XCTAssertEqual(TestAPI.problems(answer), ["situation": "errorSituationIsNeither"])
            try await XCTAssertEqualAsync(try await FollowUp.query(on: app.db).count(), before, "nothing saved")
            let fine = try await api.send(.POST, "/api/v1\(j)/follow-ups", ["endingId": ending.id!.uuidString, "point": "sixMonths",
                                                                           "doneOn": "2026-05-28", "situation": "continuesInThisService", "inWorkOrEducation": false])
            XCTAssertEqual(fine.status, .created, fine.body.string)
        }
    }

    /// A policy whose smallest week does not fit its weekly maximum is refused at the weekly maximum; a week's days and a
    /// day's hours stay within what a week and a day hold.
    func testPolicyValuesOutsideWhatAWeekOrADayHoldsAreRefused() async throws {
        try await withApp { app, world in
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let current = try await PolicyRecord.query(on: app.db).first()!
            let form = ["organizerId": world.county.id!.uuidString, "validFrom": "1.1.2023", "validTo": "", "minDaysPerWeek": "3",
                        "maxDaysPerWeek": "8", "minHoursPerDay": "6", "maxHoursPerDay": "25", "maxHoursPerWeek": "12",
                        "usualPeriodMonths": "3", "maxContinuousMonths": "24", "breakMonths": "3", "compensationPerDay": "9",
                        "travelRules": "", "version": "1"].merging(TestWorld.policyTimingFields) { $1 }
            let refused = try await admin.post("/admin/policies/\(current.id!)", form: form)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            let html = refused.body.string
            XCTAssertEqual(error(html, "maxDaysPerWeek"), "Anna kokonaisluku väliltä 1–7.")
            XCTAssertEqual(error(html, "maxHoursPerDay"), "Anna tunnit väliltä 0,02–24, esim. 7,5.")
            XCTAssertEqual(error(html, "maxHoursPerWeek"), "Viikon enimmäistunnit ovat alle pienimmän sallitun viikon: 3 pv × 6 h = 18 h.")
            let kept = try await PolicyRecord.find(current.id, on: app.db)!
            XCTAssertEqual(kept.version, current.version, "nothing changed")
        }
    }
}
