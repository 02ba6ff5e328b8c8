import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Trainings and certificates gained during a period (issue 13 item 9): recorded and changed with every problem
/// named at its field, decided per role and period, audited, shown to the client and printed as a certificate.
final class LearningTests: XCTestCase {
    private func api(_ client: Client) -> String { "/api/v1/clients/\(client.id!)/achievements" }
    private func pages(_ client: Client) -> String { "/clients/\(client.id!)/learning" }

    private func period(of client: Client, _ app: Application) async throws -> Period {
        try await Period.query(on: app.db).filter(\.$client.$id == client.id!).sort(\.$startsOn, .descending).first()!
    }

    private func passport(period: UUID?) -> [String: Any] {
        var body: [String: Any] = ["kind": "hygienePassport", "gainedOn": "2026-05-20", "grantedBy": "Ruokavirasto, hygieniaosaamistesti"]
        if let period { body["periodId"] = period.uuidString }
        return body
    }

    private func competence(period: UUID) -> [String: Any] {
        ["kind": "competenceCertificate", "gainedOn": "2026-05-27", "grantedBy": "Puutyöpaja", "periodId": period.uuidString,
         "name": "Osaamisen tunnistaminen", "description": "Puuntyöstökoneiden turvallinen käyttö ja piirustuksen lukeminen."]
    }

    /// A period of the placed client at another provider's place, 5.1.–31.3.2026.
    private func periodElsewhere(_ world: TestWorld, _ app: Application) async throws -> Period {
        let other = Organization(name: "Toinen paja ry", kind: .provider, providerKind: .purchasedService, organizationForm: .association,
                                 coveredMunicipalityCodes: ["167"])
        try await other.create(on: app.db)
        let place = WorkActivityPlace(providerID: other.id!, name: "Kierrätystori", areaID: world.areaNorth.id, municipalityCode: "167", capacity: 8)
        try await place.create(on: app.db)
        let period = Period(clientID: world.placedClient.id!, placeID: place.id!, startsOn: "2026-01-05", endsOn: "2026-03-31", recorded: .ended)
        try await period.create(on: app.db)
        return period
    }

    func testARecordIsSavedChangedAndEveryReadAndWriteAudited() async throws {
        try await withApp { app, world in
            let client = world.placedClient
            let period = try await period(of: client, app)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let created = try await api.send(.POST, self.api(client), passport(period: period.id))
            XCTAssertEqual(created.status, .created, created.body.string)
            let id = TestAPI.object(created)["id"] as! String
            XCTAssertEqual(created.headers.first(name: .location), "\(self.api(client))/\(id.uppercased())")
            XCTAssertEqual(TestAPI.object(created)["periodId"] as? String, period.id!.uuidString)
            XCTAssertEqual(TestAPI.object(created)["version"] as? Int, 1)
            try await api.send(.GET, "\(self.api(client))/\(id)")
            let list = try await api.send(.GET, self.api(client))
            XCTAssertEqual((TestAPI.object(list)["items"] as? [[String: Any]])?.count, 1)
            var change = passport(period: period.id)
            change["validUntil"] = "2031-05-19"
            change["version"] = 1
            let changed = try await api.send(.PUT, "\(self.api(client))/\(id)", change)
            XCTAssertEqual(changed.status, .ok, changed.body.string)
            XCTAssertEqual(TestAPI.object(changed)["version"] as? Int, 2)
            XCTAssertEqual(TestAPI.object(changed)["validUntil"] as? String, "2031-05-19")

            let actions = try await AuditEvent.query(on: app.db).filter(\.$clientID == client.id!).sort(\.$sequence).all().map(\.action)
            XCTAssertEqual(actions, ["achievement.create", "achievement.read", "achievement.list", "achievement.update"])
            let events = try await AuditEvent.query(on: app.db).filter(\.$clientID == client.id!).all()
            XCTAssertTrue(events.allSatisfy { $0.actorID == world.user(.socialWorker).id })
            let log = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/clients/\(client.id!)/access-log")
            XCTAssertTrue(log.body.string.contains("Kirjasi koulutuksen tai todistuksen"))
        }
    }

    func testEveryProblemIsNamedAtItsFieldAndNothingIsSaved() async throws {
        try await withApp { app, world in
            let client = world.placedClient
            let api = try await TestAPI.signedIn(world.user(.socialCounsellor), world: world, app: app)
            let bad: [String: Any] = ["kind": "diploma", "gainedOn": "2026-13-01", "grantedBy": " ", "periodId": "not-an-id",
                                      "description": String(repeating: "x", count: 4001)]
            let invalid = try await api.send(.POST, self.api(client), bad)
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(invalid), ["kind": "errorInvalidChoice", "gainedOn": "errorNoSuchDate", "grantedBy": "errorRequired",
                                                       "periodId": "errorUUID", "description": "errorTooLong"])
            // What a kind needs, and dates that cannot be.
            let certificate: [String: Any] = ["kind": "competenceCertificate", "gainedOn": "2026-05-29", "validUntil": "2026-05-01",
                                              "grantedBy": "Puutyöpaja"]
            let refused = try await api.send(.POST, self.api(client), certificate)
            XCTAssertEqual(TestAPI.problems(refused), ["description": "errorRequired", "gainedOn": "errorGainedInFuture",
                                                       "validUntil": "errorValidBeforeGained"])
            let other = try await api.send(.POST, self.api(client), ["kind": "otherTraining", "gainedOn": "2026-05-01", "validUntil": "2026-04-30",
                                                                      "grantedBy": "Stadin ammattiopisto"])
            XCTAssertEqual(TestAPI.problems(other), ["name": "errorRequired", "validUntil": "errorValidBeforeGained"])
            XCTAssertEqual(other.status, .conflict, "each field is well-formed; what they say together is not (decision 217)")
            // Another client's period is not this client's.
            let foreign = try await api.send(.POST, self.api(world.joensuuClient), passport(period: try await period(of: client, app).id))
            XCTAssertEqual(foreign.status, .conflict)
            XCTAssertEqual(TestAPI.problems(foreign), ["periodId": "errorNotThisClients"])

            // The form comes back with what was typed and each message at its field.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            let form = try await browser.post(pages(client), form: ["kind": "competenceCertificate", "name": "Kassatyö", "description": "",
                                                                    "gainedOn": "1.6.2026", "validUntil": "", "grantedBy": "", "periodId": ""])
            XCTAssertEqual(form.status, .unprocessableEntity)
            let html = form.body.string
            for field in ["description", "gainedOn", "grantedBy"] { XCTAssertTrue(html.contains(#"data-qa="error-\#(field)""#), field) }
            XCTAssertFalse(html.contains(#"data-qa="error-name""#))
            XCTAssertTrue(html.contains("Kassatyö"), "what was typed is kept")
            XCTAssertTrue(html.contains("Suorituspäivä ei voi olla tulevaisuudessa."))
            let count = try await Achievement.query(on: app.db).count()
            XCTAssertEqual(count, 0, "refused records saved nothing")

            let saved = try await browser.post(pages(client), form: ["kind": "hygienePassport", "gainedOn": "20.5.2026", "validUntil": "",
                                                                     "grantedBy": "Ruokavirasto", "periodId": ""])
            XCTAssertEqual(saved.status, .seeOther)
            XCTAssertEqual(saved.headers.first(name: .location), pages(client))
            let stored = try await Achievement.query(on: app.db).first()!
            XCTAssertNil(stored.$period.id)
            XCTAssertNil(stored.validUntil)
            XCTAssertEqual(stored.gainedOn, "2026-05-20")
        }
    }

    func testAStaleVersionIs409AndChangesNothing() async throws {
        try await withApp { app, world in
            let client = world.placedClient
            let api = try await TestAPI.signedIn(world.user(.employmentSpecialist), world: world, app: app)
            let id = TestAPI.object(try await api.send(.POST, self.api(client), passport(period: nil)))["id"] as! String
            var change = passport(period: nil)
            change["grantedBy"] = "Joensuun kaupunki"
            change["version"] = 1
            let status1 = try await api.send(.PUT, "\(self.api(client))/\(id)", change).status
            XCTAssertEqual(status1, .ok)
            change["grantedBy"] = "Myöhässä"
            let stale = try await api.send(.PUT, "\(self.api(client))/\(id)", change)
            XCTAssertEqual(stale.status, .conflict)
            XCTAssertEqual(TestAPI.problems(stale), ["version": "errorVersionConflict"])
            let noVersion = try await api.send(.PUT, "\(self.api(client))/\(id)", passport(period: nil))
            XCTAssertEqual(TestAPI.problems(noVersion), ["version": "errorRequired"])
            // The page's form at the old version says someone saved in between, and keeps what was typed.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.employmentSpecialist).email)
            let page = try await browser.post("\(pages(client))/\(id)", form: ["kind": "hygienePassport", "gainedOn": "20.5.2026",
                                                                               "grantedBy": "Lomakkeelta", "version": "1"])
            XCTAssertEqual(page.status, .conflict)
            XCTAssertTrue(page.body.string.contains("Lomakkeelta"))
            let stored = try await Achievement.find(UUID(uuidString: id), on: app.db)!
            XCTAssertEqual(stored.grantedBy, "Joensuun kaupunki")
            XCTAssertEqual(stored.version, 2)
        }
    }

    func testACoachRecordsAboutTheirOwnPlacesPeriodAndNoOther() async throws {
        try await withApp { app, world in
            let client = world.placedClient
            let own = try await period(of: client, app)
            let elsewhere = try await periodElsewhere(world, app)
            let coach = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app)
            let created = try await coach.send(.POST, api(client), competence(period: own.id!))
            XCTAssertEqual(created.status, .created, created.body.string)
            let status2 = try await coach.send(.POST, api(client), competence(period: elsewhere.id!)).status
            XCTAssertEqual(status2, .forbidden,
                           "a period at another provider's place")
            let none = try await coach.send(.POST, api(client), passport(period: nil))
            XCTAssertEqual(none.status, .unprocessableEntity)
            XCTAssertEqual(TestAPI.problems(none), ["periodId": "errorAchievementPeriodRequired"])
            // Beside the other fields' problems, at once.
            let both = try await coach.send(.POST, api(client), ["kind": "hygienePassport", "gainedOn": "2026-05-20"])
            XCTAssertEqual(TestAPI.problems(both), ["grantedBy": "errorRequired", "periodId": "errorAchievementPeriodRequired"])
            // A client not placed with the coach is beyond reach; a worker's record without a period is not theirs to change.
            let status3 = try await coach.send(.GET, api(world.joensuuClient)).status
            XCTAssertEqual(status3, .notFound)
            let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let workers = TestAPI.object(try await worker.send(.POST, api(client), passport(period: nil)))["id"] as! String
            var change = passport(period: own.id)
            change["version"] = 1
            let status4 = try await coach.send(.PUT, "\(api(client))/\(workers)", change).status
            XCTAssertEqual(status4, .forbidden)
            let count = try await Achievement.query(on: app.db).count()
            XCTAssertEqual(count, 2)

            // The coach's form offers their own place's period only, and no "no period".
            let browser = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let form = try await browser.get("\(pages(client))/new")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.body.string.contains(own.id!.uuidString))
            XCTAssertFalse(form.body.string.contains(elsewhere.id!.uuidString))
            // Managers see no individual records; the client never writes.
            let manager = try await TestAPI.signedIn(world.user(.manager), world: world, app: app)
            let status5 = try await manager.send(.GET, api(client)).status
            XCTAssertEqual(status5, .forbidden)
            let clientAPI = try await TestAPI.signedIn(world.user(.client), world: world, app: app)
            let status6 = try await clientAPI.send(.POST, api(client), passport(period: nil)).status
            XCTAssertEqual(status6, .forbidden)
        }
    }

    func testTheClientSeesWhatTheyGainedAndPrintsTheCertificate() async throws {
        try await withApp { app, world in
            let client = world.placedClient
            let period = try await period(of: client, app)
            let coach = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app)
            let status7 = try await coach.send(.POST, api(client), passport(period: period.id)).status
            XCTAssertEqual(status7, .created)
            let status8 = try await coach.send(.POST, api(client), competence(period: period.id!)).status
            XCTAssertEqual(status8, .created)

            let browser = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let me = try await browser.get("/me")
            XCTAssertEqual(me.status, .ok)
            XCTAssertTrue(me.body.string.contains("Mitä olet oppinut"))
            XCTAssertTrue(me.body.string.contains("Hygieniapassi"))
            let certificatePath = "/me/periods/\(period.id!.uuidString)/certificate"
            XCTAssertTrue(me.body.string.contains(certificatePath))
            let printed = try await browser.get(certificatePath)
            XCTAssertEqual(printed.status, .ok)
            XCTAssertTrue(printed.body.string.contains("Puuntyöstökoneiden turvallinen käyttö"))
            // Another client's records and another's period are not theirs.
            let status9 = try await browser.get("/clients/\(world.joensuuClient.id!)/learning").status
            XCTAssertEqual(status9, .notFound)
            let foreign = Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2026-02-02", endsOn: "2026-04-30")
            try await foreign.create(on: app.db)
            let status10 = try await browser.get("/me/periods/\(foreign.id!.uuidString)/certificate").status
            XCTAssertEqual(status10, .notFound)
        }
    }

    func testTheCertificateNamesTheClientAndWhatWasLearnedButNotTheIdentityCode() async throws {
        try await withApp { app, world in
            let client = world.placedClient
            let period = try await period(of: client, app)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let status11 = try await api.send(.POST, self.api(client), passport(period: period.id)).status
            XCTAssertEqual(status11, .created)
            let status12 = try await api.send(.POST, self.api(client), competence(period: period.id!)).status
            XCTAssertEqual(status12, .created)
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let page = try await browser.get("/clients/\(client.id!)")
            XCTAssertTrue(page.body.string.contains(#"data-qa="learning""#))
            XCTAssertTrue(page.body.string.contains(#"data-qa="achievement-new""#))
            let path = "/clients/\(client.id!)/periods/\(period.id!.uuidString)/certificate"
            XCTAssertTrue(page.body.string.contains(path), "the client page links the period's certificate")

            let certificate = try await browser.get(path)
            XCTAssertEqual(certificate.status, .ok)
            let html = certificate.body.string
            XCTAssertTrue(html.contains(client.fullName))
            XCTAssertTrue(html.contains("1.1.1990"), "the birth date")
            XCTAssertTrue(html.contains("Puutyöpaja") && html.contains("1.5.2026–31.7.2026"))
            XCTAssertTrue(html.contains("Hygieniapassi") && html.contains("Puuntyöstökoneiden turvallinen käyttö ja piirustuksen lukeminen."))
            XCTAssertTrue(html.contains("Testin hyvinvointialue"), "the organizer")
            XCTAssertTrue(html.contains("Allekirjoitus ja nimenselvennys"))
            XCTAssertFalse(html.contains(TestWorld.placedCode), "never the identity code")
            XCTAssertFalse(html.contains("010190-"), "not even masked")
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == "achievement.certificate").filter(\.$clientID == client.id!).count()
            XCTAssertEqual(audited, 1)
            // A period of another client under this client's path is unknown.
            let foreign = Period(clientID: world.joensuuClient.id!, placeID: world.place.id!, startsOn: "2026-02-02", endsOn: "2026-04-30")
            try await foreign.create(on: app.db)
            let status13 = try await browser.get("/clients/\(client.id!)/periods/\(foreign.id!.uuidString)/certificate").status
            XCTAssertEqual(status13, .notFound)
        }
    }
}
