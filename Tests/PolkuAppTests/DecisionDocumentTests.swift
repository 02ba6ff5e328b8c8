import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Issue 13, item 4: the decision prints as a Finnish administrative decision (hallintolaki 44 §) in the client's
/// language of service, with a case number given when it is made (decisions 200–206).
final class DecisionDocumentTests: XCTestCase {
    private func withPlannedApp(file: Bool = false, _ body: (Application, TestWorld) async throws -> Void) async throws {
        try await withApp(file: file) { app, world in
            for client in [world.placedClient, world.joensuuClient, world.lieksaClient] { try await world.givePlan(to: client, on: app) }
            try await body(app, world)
        }
    }

    /// The part of the page between a document's `data-qa` and the end of its article.
    private func article(_ qa: String, in page: String) throws -> String {
        let marker = try XCTUnwrap(page.range(of: #"data-qa="\#(qa)""#), "no \(qa)")
        let start = try XCTUnwrap(page.range(of: "<article", options: .backwards, range: page.startIndex..<marker.lowerBound))
        let end = try XCTUnwrap(page.range(of: "</article>", range: marker.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<end.lowerBound])
    }

    func testTheDecisionPrintsInTheClientsLanguageWithCaseNumberLegalBasisMakerAndAppeal() async throws {
        try await withPlannedApp { app, world in
            // setup: a Swedish-speaking client, a Finnish-speaking worker; the county's own appeal text and legal basis
            world.joensuuClient.language = "sv"
            try await world.joensuuClient.save(on: app.db)
            let county = try world.county.requireID()
            try await OrganizerDocument(organizerID: county, kind: .appealInstructions, validFrom: "2023-01-01",
                                        fi: "Oikaisuvaatimus osoitetaan Testin hyvinvointialueen yksilöasioiden jaostolle, PL 1, 80100 Joensuu.",
                                        sv: "Begäran riktas till Testins välfärdsområdes sektion för individärenden, PB 1, 80100 Joensuu.",
                                        en: "Send the request to the individual matters section of Test county, PO Box 1, 80100 Joensuu.").create(on: app.db)
            try await OrganizerDocument(organizerID: county, kind: .legalBasis, validFrom: "2023-01-01",
                                        fi: "Laki kuntouttavasta työtoiminnasta (189/2001) 2, 3 ja 13 §",
                                        sv: "Lagen om arbetsverksamhet i rehabiliteringssyfte (189/2001) 2, 3 och 13 §",
                                        en: "Act on Rehabilitative Work Activity (189/2001), sections 2, 3 and 13").create(on: app.db)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let form = ["decidedOn": "28.5.2026", "placeId": world.place.id!.uuidString, "startsOn": "1.6.2026", "endsOn": "",
                        "daysPerWeek": "3", "hoursPerDay": "5", "tasks": "Puutyöt", "goals": "Päivärytmi", "travel": "",
                        "notification": "electronic"]
            // act
            let made = try await browser.post("/clients/\(world.joensuuClient.id!)/decisions", form: form)
            XCTAssertEqual(made.status, .seeOther, made.body.string)
            let page = try await browser.get(try XCTUnwrap(made.headers.first(name: .location))).body.string
            // check: the decision, in Swedish
            let decision = try article("decision-page", in: page)
            XCTAssertTrue(decision.contains(#"lang="sv""#))
            XCTAssertTrue(decision.contains("Diarienummer"))
            XCTAssertTrue(decision.contains("KTT-2026-000001"), "the county's first case number of 2026")
            XCTAssertTrue(decision.contains("Beslut om arbetsverksamhet i rehabiliteringssyfte"))
            XCTAssertTrue(decision.contains("beviljas arbetsverksamhet i rehabiliteringssyfte för tiden 1.6.2026–31.8.2026"))
            XCTAssertTrue(decision.contains("Motivering"))
            XCTAssertTrue(decision.contains("Tillämpade rättsnormer"))
            XCTAssertTrue(decision.contains("Lagen om arbetsverksamhet i rehabiliteringssyfte (189/2001) 2, 3 och 13 §"), "the organizer's legal basis")
            XCTAssertTrue(decision.contains("Test socialWorker, socialarbetare"), "the decision maker with the role's title in Swedish")
            XCTAssertTrue(decision.contains("PB 1, 80100 Joensuu"), "the body the request goes to and its address")
            XCTAssertTrue(decision.contains("inom 30 dagar från delfåendet"))
            XCTAssertTrue(decision.contains("den tredje dagen efter att meddelandet sändes"), "electronic notification counts from the third day")
            XCTAssertTrue(decision.contains("Beslutet sänds till klienten elektroniskt."))
            XCTAssertTrue(decision.contains("9,00\u{A0}€/dag"))
            XCTAssertTrue(decision.contains("Puutyöpaja"))
            // Not what the screen shows of the period today, in either language.
            for state in ["Jakson tila", "Periodens status", "Tulossa", "Kommande", "Käynnissä", "Pågår"] {
                XCTAssertFalse(decision.contains(state), state)
            }
            // The contract, in Swedish, with a line to sign for each of its three parties.
            let contract = try article("contract-page", in: page)
            XCTAssertTrue(contract.contains("Avtal om arbetsverksamhet i rehabiliteringssyfte"))
            XCTAssertEqual(contract.components(separatedBy: #"class="signature""#).count - 1, 3)
            for party in ["Klient: Muualla Maija", "Anordnare: Testin hyvinvointialue", "Arbetsverksamhetsplats: Puutyöpaja"] {
                XCTAssertTrue(contract.contains(party), party)
            }
            XCTAssertTrue(contract.contains("Namnförtydligande"))
            // The screen around the documents stays in the worker's language, and shows the period's state there.
            XCTAssertTrue(page.contains(#"data-qa="print-button""#))
            XCTAssertTrue(page.contains(">Tulosta</button>"))
            XCTAssertTrue(page.contains(#"<script src="/print.js" defer="">"#))
            XCTAssertTrue(page.contains("Jakson tila"))
            // The API gives the same case number and notification.
            let stored = try await Decision.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).first()
            XCTAssertEqual(stored?.caseNumber, "KTT-2026-000001")
            XCTAssertEqual(stored?.notification, "electronic")
        }
    }

    func testAnAccountsTitleIsPrintedAndADecisionWithoutNotificationIsSentByPost() async throws {
        try await withPlannedApp { app, world in
            // setup: the administrator gives the worker's account a title
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let saved = try await admin.post("/admin/users/\(world.user(.socialWorker).id!)", form: [
                "name": "Test socialWorker", "email": world.user(.socialWorker).email, "role": "socialWorker",
                "organizationId": world.county.id!.uuidString, "language": "fi", "password": "", "isActive": "on",
                "title": "johtava sosiaalityöntekijä"])
            XCTAssertEqual(saved.status, .seeOther, saved.body.string)
            let found = try await User.find(world.user(.socialWorker).id, on: app.db)
            let worker = try XCTUnwrap(found)
            XCTAssertEqual(worker.title, "johtava sosiaalityöntekijä")
            let form = try await admin.get("/admin/users/\(world.user(.socialWorker).id!)").body.string
            XCTAssertTrue(form.contains(#"value="johtava sosiaalityöntekijä""#), "the form shows the title it has")
            let headers = try await world.bearer(worker, on: app)
            let input = DecisionInput(decidedOn: "2026-05-28", startsOn: "2026-06-08", placeId: world.place.id, daysPerWeek: 3, minutesPerDay: 300,
                                      tasks: "Puutyöt", goals: "Päivärytmi")
            var location = ""
            try await app.test(.POST, "/api/v1/clients/\(world.lieksaClient.id!)/decisions", headers: headers,
                               beforeRequest: { req async throws in try req.content.encode(input) }) { res async in
                XCTAssertEqual(res.status, .created, res.body.string)
                location = res.headers.first(name: .location) ?? ""
            }
            var dto: DecisionDTO?
            try await app.test(.GET, location, headers: headers) { res async throws in
                XCTAssertEqual(res.status, .ok, res.body.string)
                dto = try res.content.decode(DecisionDTO.self)
            }
            XCTAssertEqual(dto?.caseNumber, "KTT-2026-000001")
            XCTAssertEqual(dto?.notification, "post")
            XCTAssertEqual(dto?.decisionMakerTitle, "johtava sosiaalityöntekijä")
            let browser = try await TestBrowser.signedIn(app, email: worker.email)
            let page = try await browser.get("/clients/\(world.lieksaClient.id!)/decisions/\(dto!.id)").body.string
            let decision = try article("decision-page", in: page)
            XCTAssertTrue(decision.contains(#"lang="fi""#))
            XCTAssertTrue(decision.contains("Test socialWorker, johtava sosiaalityöntekijä"))
            XCTAssertTrue(decision.contains("seitsemäntenä päivänä"), "by post: received on the seventh day")
            XCTAssertTrue(decision.contains("Laki kuntouttavasta työtoiminnasta (189/2001)"), "the built-in legal basis")
            XCTAssertTrue(decision.contains("Oikaisuvaatimusohje"))
            // A way of notification Polku does not know is refused by name.
            var wrong = input
            wrong.notification = "pigeon"
            try await app.test(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", headers: headers,
                               beforeRequest: { req async throws in try req.content.encode(wrong) }) { res async in
                XCTAssertEqual(res.status, .unprocessableEntity)
                XCTAssertTrue(res.body.string.contains("notification"), res.body.string)
            }
        }
    }

    /// Decisions made at the same moment get consecutive case numbers, none twice, per organizer and year.
    func testCaseNumbersAreUniqueAndSequentialUnderConcurrentDecisions() async throws {
        try await withPlannedApp(file: true) { app, world in
            let starts: [(Client, String)] = [(world.placedClient, "2026-08-01"), (world.joensuuClient, "2026-06-08"),
                                              (world.lieksaClient, "2026-06-08")]
            let statuses = try await LiveServer.with(app) { server in
                try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                    for (client, start) in starts {
                        let id = try client.requireID()
                        group.addTask {
                            let worker = try await LiveUser.withToken(server, email: world.user(.socialWorker).email)
                            let answer = try await worker.send(.POST, "/api/v1/clients/\(id)/decisions", json: [
                                "decidedOn": "2026-05-28", "startsOn": start, "placeId": world.place.id!.uuidString, "daysPerWeek": 3,
                                "minutesPerDay": 300, "tasks": "Puutyöt", "goals": "Päivärytmi"])
                            return answer.status
                        }
                    }
                    var all: [HTTPResponseStatus] = []
                    for try await status in group { all.append(status) }
                    return all
                }
            }
            XCTAssertEqual(statuses, [.created, .created, .created])
            let numbers = try await Decision.query(on: app.db).all().compactMap(\.caseNumber).sorted()
            XCTAssertEqual(numbers, ["KTT-2026-000001", "KTT-2026-000002", "KTT-2026-000003"])
            // The next one goes on from there; a decision of another year starts that year's numbers.
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            for (decided, start, client) in [("2026-05-28", "2026-12-01", world.joensuuClient), ("2027-01-04", "2027-01-11", world.lieksaClient)] {
                let input = DecisionInput(decidedOn: decided, startsOn: start, placeId: world.place.id, daysPerWeek: 3, minutesPerDay: 300,
                                          tasks: "Puutyöt", goals: "Päivärytmi")
                try await app.test(.POST, "/api/v1/clients/\(client.id!)/decisions", headers: headers,
                                   beforeRequest: { req async throws in try req.content.encode(input) }) { res async in
                    XCTAssertEqual(res.status, .created, res.body.string)
                }
            }
            let after = try await Decision.query(on: app.db).all().compactMap(\.caseNumber).sorted()
            XCTAssertEqual(after, ["KTT-2026-000001", "KTT-2026-000002", "KTT-2026-000003", "KTT-2026-000004", "KTT-2027-000001"])
        }
    }

    /// Refusing the service, changing a period's days or place and ending it are decisions in the same form, numbered
    /// from the same counter (decision 207).
    func testRefusalChangeAndEndingDecisionsPrintInTheSameFormWithTheirCaseNumbers() async throws {
        try await withPlannedApp { app, world in
            // setup: a Swedish-speaking client with a period decided through the API (case number 1)
            world.joensuuClient.language = "sv"
            try await world.joensuuClient.save(on: app.db)
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let input = DecisionInput(decidedOn: "2026-05-28", startsOn: "2026-06-08", placeId: world.place.id, daysPerWeek: 3, minutesPerDay: 300,
                                      tasks: "Puutyöt", goals: "Päivärytmi")
            try await app.test(.POST, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", headers: headers,
                               beforeRequest: { req async throws in try req.content.encode(input) }) { res async in
                XCTAssertEqual(res.status, .created, res.body.string)
            }
            let placement = try await Decision.query(on: app.db).filter(\.$client.$id == world.joensuuClient.id!).first()
            let decisionID = try XCTUnwrap(placement?.id)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let joensuu = "/clients/\(world.joensuuClient.id!)"

            // act and check: a refusal for another client, in Finnish
            let refused = try await browser.post("/clients/\(world.lieksaClient.id!)/path-decisions", form: [
                "kind": "refusal", "decidedOn": "28.5.2026", "reasons": "Asiakas työskentelee yli 8 tuntia viikossa.", "notification": "post"])
            XCTAssertEqual(refused.status, .seeOther, refused.body.string)
            let refusal = try article("decision-page", in: try await browser.get(try XCTUnwrap(refused.headers.first(name: .location))).body.string)
            for text in ["Kielteinen päätös kuntouttavasta työtoiminnasta", "KTT-2026-000002", "ei myönnetä kuntouttavaa työtoimintaa",
                         "Asiakas työskentelee yli 8 tuntia viikossa.", "Laki kuntouttavasta työtoiminnasta (189/2001)",
                         "Test socialWorker, sosiaalityöntekijä", "Oikaisuvaatimusohje", "seitsemäntenä päivänä", #"data-kind="refusal""#] {
                XCTAssertTrue(refusal.contains(text), text)
            }

            // A change that changes nothing is refused by name; one that changes the days prints in Swedish.
            let form = ["kind": "change", "decisionId": decisionID.uuidString, "decidedOn": "15.6.2026", "effectiveOn": "1.7.2026",
                        "reasons": "Asiakkaan toive.", "notification": "hand"]
            let nothing = try await browser.post("\(joensuu)/path-decisions", form: form)
            XCTAssertEqual(nothing.status, .conflict)
            XCTAssertTrue(nothing.body.string.contains("Muutospäätös muuttaa päiviä, tunteja tai työtoimintapaikkaa"))
            var withDays = form
            withDays["daysPerWeek"] = "2"
            let changed = try await browser.post("\(joensuu)/path-decisions", form: withDays)
            XCTAssertEqual(changed.status, .seeOther, changed.body.string)
            let change = try article("decision-page", in: try await browser.get(try XCTUnwrap(changed.headers.first(name: .location))).body.string)
            for text in ["Ändringsbeslut om arbetsverksamhet i rehabiliteringssyfte", "KTT-2026-000003", "KTT-2026-000001 (28.5.2026)",
                         "ändras från och med 1.7.2026", "Dagar i veckan", "Tillämpade rättsnormer", "den dag det överlämnades", #"lang="sv""#] {
                XCTAssertTrue(change.contains(text), text)
            }

            // An ending on a day outside the period is refused; within it, the period ends on that day.
            var ending = ["kind": "ending", "decisionId": decisionID.uuidString, "decidedOn": "20.7.2026", "effectiveOn": "1.1.2027",
                          "reasons": "Asiakas aloittaa työkokeilun."]
            let outside = try await browser.post("\(joensuu)/path-decisions", form: ending)
            XCTAssertEqual(outside.status, .conflict)
            ending["effectiveOn"] = "31.7.2026"
            let ended = try await browser.post("\(joensuu)/path-decisions", form: ending)
            XCTAssertEqual(ended.status, .seeOther, ended.body.string)
            let end = try article("decision-page", in: try await browser.get(try XCTUnwrap(ended.headers.first(name: .location))).body.string)
            for text in ["Beslut om att avsluta arbetsverksamhet i rehabiliteringssyfte", "KTT-2026-000004", "Sista verksamhetsdag är 31.7.2026"] {
                XCTAssertTrue(end.contains(text), text)
            }
            let period = try await Period.query(on: app.db).filter(\.$decision.$id == decisionID).first()
            XCTAssertEqual(period?.endsOn, "2026-07-31")
            // The decision page lists them; a work coach may not make them.
            let page = try await browser.get("\(joensuu)/decisions/\(decisionID)").body.string
            XCTAssertTrue(page.contains("KTT-2026-000003") && page.contains("KTT-2026-000004"))
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let forbidden = try await coach.post("/clients/\(world.placedClient.id!)/path-decisions", form: ["kind": "refusal", "decidedOn": "28.5.2026",
                                                                                                           "reasons": "x"])
            XCTAssertEqual(forbidden.status, .forbidden)
        }
    }
}
