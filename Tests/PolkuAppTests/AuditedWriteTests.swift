import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import SQLKit
import Vapor
import XCTVapor
import XCTest

/// Issue 10, item 6: a write that is saved is always audited. The audit trail is made to fail inside each
/// write's transaction — its table is renamed away, which SQLite and PostgreSQL do alike — and every write path
/// must then answer 5xx and store nothing, while the process goes on answering. With the trail back, the same
/// request stores the change together with its audit event.
final class AuditedWriteTests: XCTestCase {
    /// One write path: the request, and a fingerprint of what it changes (equal before and after: nothing stored).
    struct WritePath {
        var label: String
        var action: AuditAction
        var send: () async throws -> TestingHTTPResponse
        var stored: () async throws -> String
    }

    func testEveryWriteCommitsWithItsAuditEventOrNotAtAll() async throws {
        try await withApp { app, world in
            let paths = try await Self.writePaths(app, world)
            for path in paths {
                let before = try await path.stored()
                let eventsBefore = try await Self.events(path.action, on: app)
                try await Self.auditTrail(working: false, on: app)
                let refused: TestingHTTPResponse
                do {
                    refused = try await path.send()
                    // The failed write took nothing else down.
                    try await app.test(.GET, "/health") { res async in XCTAssertEqual(res.status, .ok, "\(path.label): /health") }
                } catch {
                    try await Self.auditTrail(working: true, on: app)
                    throw error
                }
                try await Self.auditTrail(working: true, on: app)
                XCTAssertGreaterThanOrEqual(refused.status.code, 500, "\(path.label): \(refused.status) \(refused.body.string.prefix(400))")
                let afterRefusal = try await path.stored()
                XCTAssertEqual(afterRefusal, before, "\(path.label) was saved without its audit event")
                let eventsAfterRefusal = try await Self.events(path.action, on: app)
                XCTAssertEqual(eventsAfterRefusal, eventsBefore, "\(path.label)")

                let saved = try await path.send()
                XCTAssertLessThan(saved.status.code, 400, "\(path.label): \(saved.status) \(saved.body.string.prefix(600))")
                let afterSave = try await path.stored()
                XCTAssertNotEqual(afterSave, before, "\(path.label) was not saved")
                let eventsAfterSave = try await Self.events(path.action, on: app)
                XCTAssertGreaterThan(eventsAfterSave, eventsBefore, "\(path.label) was saved without its audit event")
            }
            let chain = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            guard case .intact = chain else { return XCTFail("the audit chain: \(chain)") }
        }
    }

    /// A refusal thrown inside the transaction (a stale version, a record taken a moment ago) keeps its status,
    /// changes nothing and records nothing.
    func testARefusedChangeKeepsItsAnswerAndRecordsNothing() async throws {
        try await withApp { app, world in
            let records = try await HostileNumberRecords.make(app, world)
            let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
            let j = "/api/v1/clients/\(world.joensuuClient.id!)", p = "/api/v1/clients/\(world.placedClient.id!)"
            let place = world.place.id!.uuidString
            let stale: [(String, AuditAction, HTTPMethod, String, [String: Any])] = [
                ("assessment", .assessmentUpdate, .PUT, "\(j)/assessments/\(records.assessment)", Self.assessment.merging(["version": 7]) { $1 }),
                ("follow-up", .followUpUpdate, .PUT, "\(j)/follow-ups/\(records.followUp)",
                 ["endingId": records.ending, "point": "threeMonths", "doneOn": "2026-05-21", "situation": "education", "inWorkOrEducation": true,
                  "version": 7]),
                ("visit", .visitUpdate, .PUT, "\(j)/visits/\(records.visit)",
                 ["placeId": place, "visitOn": "2026-06-02", "timeOfDay": "10.00", "accompaniedBy": "Äiti", "version": 7]),
                ("queue withdrawal", .queueWithdraw, .POST, "\(j)/queue-entries/\(records.queueEntry)/withdrawal", ["reason": "Ei enää", "version": 7]),
                ("referral decision", .referralDecide, .POST, "/api/v1/referrals/\(records.referral)/decision", ["state": "accepted", "version": 7]),
                ("acceptance", .contractAccept, .POST, "\(j)/decisions/\(records.decision)/acceptances",
                 ["party": "client", "acceptedBy": "N.N.", "version": 7]),
                ("interruption", .periodInterrupt, .POST, "\(j)/decisions/\(records.decision)/interruption", ["reason": "Muutti", "version": 7]),
                ("evaluation", .evaluationUpdate, .PUT, "\(p)/evaluations/\(records.evaluation)", Self.evaluation.merging(["version": 7]) { $1 }),
                ("feedback", .feedbackUpdate, .PUT, "\(p)/client-feedback/\(records.feedback)",
                 ["ratings": Self.ratings(.client, 3), "version": 7]),
                // Queued already: the open entry is unique.
                ("queue entry", .queueCreate, .POST, "\(j)/queue-entries", ["placeId": place, "isUrgent": false, "reason": "Odottaa."]),
            ]
            for (label, action, method, path, body) in stale {
                let events = try await Self.events(action, on: app)
                let res = try await api.send(method, path, body)
                XCTAssertEqual(res.status, .conflict, "\(label): \(res.body.string.prefix(400))")
                if action != .queueCreate {
                    // A stale version is named as the field that conflicts, so a program knows to read the record again.
                    let problem = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]
                    let fields = (problem?["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
                    XCTAssertEqual(fields, ["version"], "\(label): \(res.body.string.prefix(400))")
                }
                let after = try await Self.events(action, on: app)
                XCTAssertEqual(after, events, "\(label): a refused change is not in the trail")
            }
            // A version conflict on an admin page is still the form with its 409.
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let events = try await Self.events(.placeUpdate, on: app)
            let conflict = try await admin.post("/admin/places/\(world.place.id!)", form: PlaceTests.form(world, version: 9))
            XCTAssertEqual(conflict.status, .conflict)
            XCTAssertTrue(conflict.body.string.contains("data-qa=\"conflict\""), "the form says someone saved in between")
            let after = try await Self.events(.placeUpdate, on: app)
            XCTAssertEqual(after, events)
        }
    }

    // MARK: The write paths

    static var assessment: [String: Any] {
        ["assessedOn": "2026-05-20", "needs": "Arjen rytmi", "supportAndGuidance": "Työvalmentajan tuki",
         "otherServices": ["housing"], "conclusion": "rehabilitativeWorkActivity"]
    }

    static var evaluation: [String: Any] { ["evaluatedOn": "2026-05-28", "goals": [["level": 1]], "topics": ["attendance": ["rating": 3]]] }

    static func ratings(_ form: FeedbackForm, _ value: Int) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: form.questions.map { ($0.rawValue, value) })
    }

    /// Every kind of write a user makes, through the API and the pages, in an order in which each succeeds once.
    static func writePaths(_ app: Application, _ world: TestWorld) async throws -> [WritePath] {
        let r = try await HostileNumberRecords.make(app, world)
        let own = try await ownProductionPeriod(app, world)
        let worker = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
        let coach = try await TestAPI.signedIn(world.user(.workCoach), world: world, app: app)
        let anonymous = TestAPI(app: app, headers: [:])
        let pages = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
        let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
        let sql = app.db as! any SQLDatabase

        let joensuu = world.joensuuClient.id!, lieksa = world.lieksaClient.id!, placed = world.placedClient.id!
        let j = "/api/v1/clients/\(joensuu)", l = "/api/v1/clients/\(lieksa)", p = "/api/v1/clients/\(placed)"
        let place = world.place.id!.uuidString
        let upcoming = OrganizerDocument(organizerID: world.county.id!, kind: .appealInstructions, validFrom: "2026-07-01", fi: "a", sv: "b", en: "c")
        try await upcoming.create(on: app.db)
        let document = ["organizerId": world.county.id!.uuidString, "kind": "insurance", "validFrom": "1.7.2026",
                        "textFi": "Vakuutus", "textSv": "Försäkring", "textEn": "Insurance"]

        // What a write changes: the number of rows, or one row's column.
        func rows(_ table: String) -> () async throws -> String {
            { "\(try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()!.decode(column: "n", as: Int.self))" }
        }
        func column(_ table: String, _ column: String, _ id: @escaping () async throws -> UUID) -> () async throws -> String {
            {
                let row = try await sql.select().column(SQLIdentifier(column)).from(table).where("id", .equal, SQLBind(try await id())).first()
                guard let row else { return "no row" }
                if let number = try? row.decode(column: column, as: Int.self) { return "\(number)" }
                return try row.decode(column: column, as: String.self)
            }
        }
        func send(_ client: TestAPI, _ method: HTTPMethod, _ path: @escaping () async throws -> String,
                  _ body: [String: Any]?) -> () async throws -> TestingHTTPResponse {
            { try await client.send(method, try await path(), body) }
        }
        func api(_ client: TestAPI, _ path: @escaping () async throws -> String, _ body: [String: Any]?) -> () async throws -> TestingHTTPResponse {
            send(client, .POST, path, body)
        }
        func page(_ browser: TestBrowser, _ path: @escaping () async throws -> String, _ form: [String: String]) -> () async throws -> TestingHTTPResponse {
            { try await browser.post(try await path(), form: form) }
        }
        func fixed(_ text: String) -> () async throws -> String { { text } }
        func id(_ text: String) -> () async throws -> UUID { { UUID(uuidString: text)! } }
        func member(_ name: String) -> () async throws -> UUID {
            { try await TeamMember.query(on: app.db).filter(\.$name == name).first()!.requireID() }
        }
        let decisionPeriod: () async throws -> UUID = {
            try await Period.query(on: app.db).filter(\.$decision.$id == UUID(uuidString: r.decision)!).first()!.requireID()
        }
        let decisionContract: () async throws -> UUID = {
            try await Contract.query(on: app.db).filter(\.$period.$id == decisionPeriod()).first()!.requireID()
        }
        let policy = ["organizerId": world.county.id!.uuidString, "validFrom": "1.1.2030", "minDaysPerWeek": "1", "maxDaysPerWeek": "4",
                      "minHoursPerDay": "4", "maxHoursPerDay": "8", "maxHoursPerWeek": "24", "usualPeriodMonths": "3", "maxContinuousMonths": "24",
                      "breakMonths": "3", "compensationPerDay": "9,00"].merging(TestWorld.policyTimingFields) { $1 }
        let specialist = world.user(.employmentSpecialist)

        return [
            // Client, plan, decision and ending (moved before) are here to keep them so.
            WritePath(label: "client", action: .clientCreate,
                      send: api(worker, fixed("/api/v1/clients"), ["firstName": "Aino", "lastName": "Aaltonen", "personalIdentityCode": "150385-456R",
                                                                   "municipalityCode": "167", "language": "fi"]),
                      stored: rows("clients")),
            WritePath(label: "plan", action: .planCreate, send: api(worker, fixed("\(l)/plans"), HostileNumberTargets.planBody), stored: rows("plans")),
            WritePath(label: "decision", action: .decisionCreate, send: api(worker, fixed("\(l)/decisions"), HostileNumberTargets.decisionBody(world)),
                      stored: rows("decisions")),
            // Team
            WritePath(label: "team member", action: .teamChange,
                      send: api(worker, fixed("\(j)/team"), ["name": "Kaisa Kela", "role": "kelaWorkAbilityAdvisor", "organizationName": "Kela"]),
                      stored: rows("team_members")),
            WritePath(label: "responsible worker", action: .teamChange,
                      send: api(worker, { "\(j)/team/\(try await member("Kaisa Kela")())/responsible" }, nil),
                      stored: column("team_members", "version", member("Kaisa Kela"))),
            WritePath(label: "team member removed", action: .teamChange,
                      send: send(worker, .DELETE, { "\(j)/team/\(try await member("Kaisa Kela")())" }, nil), stored: rows("team_members")),
            WritePath(label: "team member (page)", action: .teamChange,
                      send: page(pages, fixed("/clients/\(joensuu)/team"), ["name": "Pentti Pappi", "role": "other"]), stored: rows("team_members")),
            WritePath(label: "responsible worker (page)", action: .teamChange,
                      send: page(pages, { "/clients/\(joensuu)/team/\(try await member("Pentti Pappi")())/responsible" }, [:]),
                      stored: column("team_members", "version", member("Pentti Pappi"))),
            WritePath(label: "team member removed (page)", action: .teamChange,
                      send: page(pages, { "/clients/\(joensuu)/team/\(try await member("Pentti Pappi")())/remove" }, [:]),
                      stored: rows("team_members")),
            // Meetings
            WritePath(label: "meeting", action: .meetingCreate,
                      send: api(worker, fixed("\(j)/meetings"), ["meetsOn": "2026-06-10", "timeOfDay": "10.00", "location": "Puutyöpaja",
                                                                 "purpose": "Väliarviointi"]),
                      stored: rows("meetings")),
            WritePath(label: "meeting (page)", action: .meetingCreate,
                      send: page(pages, fixed("/clients/\(joensuu)/meetings"), ["meetsOn": "3.6.2026", "timeOfDay": "10:00", "location": "Puutyöpaja",
                                                                                "purpose": "Aloitus"]),
                      stored: rows("meetings")),
            // Referrals
            WritePath(label: "referral", action: .referralCreate,
                      send: api(worker, fixed("/api/v1/referrals"), ["clientId": lieksa.uuidString, "reason": "Tarvitsee päivärytmiä.",
                                                                     "urgency": "normal", "consentToShare": true]),
                      stored: rows("referrals")),
            WritePath(label: "referral (page)", action: .referralCreate,
                      send: page(pages, fixed("/clients/\(lieksa)/referrals"), ["reason": "Toivoo puutöitä.", "urgency": "urgent", "consentToShare": "on"]),
                      stored: rows("referrals")),
            WritePath(label: "referral decision", action: .referralDecide,
                      send: api(worker, fixed("/api/v1/referrals/\(r.referral)/decision"), ["state": "accepted", "version": 1]),
                      stored: column("referrals", "version", id(r.referral))),
            // Assessments
            WritePath(label: "assessment", action: .assessmentCreate, send: api(worker, fixed("\(j)/assessments"), assessment),
                      stored: rows("assessments")),
            WritePath(label: "assessment (page)", action: .assessmentCreate,
                      send: page(pages, fixed("/clients/\(joensuu)/assessments"),
                                 ["assessedOn": "20.5.2026", "needs": "Arjen rytmi", "conclusion": "socialRehabilitation",
                                  "conclusionNote": "Sosiaalinen kuntoutus, ohjaus 1.6."]),
                      stored: rows("assessments")),
            WritePath(label: "assessment change", action: .assessmentUpdate,
                      send: send(worker, .PUT, fixed("\(j)/assessments/\(r.assessment)"), assessment.merging(["version": 1]) { $1 }),
                      stored: column("assessments", "version", id(r.assessment))),
            // Follow-ups
            WritePath(label: "follow-up", action: .followUpCreate,
                      send: api(worker, fixed("\(j)/follow-ups"), ["endingId": r.ending, "point": "sixMonths", "doneOn": "2026-05-28",
                                                                   "situation": "paySubsidisedJob", "inWorkOrEducation": true]),
                      stored: rows("follow_ups")),
            WritePath(label: "follow-up change", action: .followUpUpdate,
                      send: send(worker, .PUT, fixed("\(j)/follow-ups/\(r.followUp)"),
                                ["endingId": r.ending, "point": "threeMonths", "doneOn": "2026-05-21", "situation": "education",
                                 "inWorkOrEducation": true, "version": 1]),
                      stored: column("follow_ups", "version", id(r.followUp))),
            // Evaluations
            WritePath(label: "evaluation", action: .evaluationCreate,
                      send: api(worker, fixed("\(p)/evaluations"), evaluation.merging(["periodId": r.period, "kind": "final"]) { $1 }),
                      stored: rows("evaluations")),
            WritePath(label: "evaluation change", action: .evaluationUpdate,
                      send: send(worker, .PUT, fixed("\(p)/evaluations/\(r.evaluation)"), evaluation.merging(["version": 1]) { $1 }),
                      stored: column("evaluations", "version", id(r.evaluation))),
            // Placement
            WritePath(label: "queue entry", action: .queueCreate,
                      send: api(worker, fixed("\(l)/queue-entries"), ["placeId": place, "isUrgent": true, "reason": "Odottaa."]),
                      stored: rows("queue_entries")),
            WritePath(label: "queue withdrawal", action: .queueWithdraw,
                      send: api(worker, fixed("\(j)/queue-entries/\(r.queueEntry)/withdrawal"), ["reason": "Ei enää", "version": 1]),
                      stored: column("queue_entries", "version", id(r.queueEntry))),
            WritePath(label: "visit", action: .visitCreate,
                      send: api(worker, fixed("\(l)/visits"), ["placeId": place, "visitOn": "2026-06-03", "timeOfDay": "9.00", "accompaniedBy": "Ohjaaja"]),
                      stored: rows("familiarization_visits")),
            WritePath(label: "visit (page)", action: .visitCreate,
                      send: page(pages, fixed("/clients/\(lieksa)/visits"), ["placeId": place, "visitOn": "4.6.2026", "timeOfDay": "10.00",
                                                                             "accompaniedBy": "Ohjaaja"]),
                      stored: rows("familiarization_visits")),
            WritePath(label: "visit change", action: .visitUpdate,
                      send: send(worker, .PUT, fixed("\(j)/visits/\(r.visit)"), ["placeId": place, "visitOn": "2026-06-02", "timeOfDay": "10.00",
                                                                               "accompaniedBy": "Äiti", "notes": "Sovittu", "version": 1]),
                      stored: column("familiarization_visits", "version", id(r.visit))),
            WritePath(label: "shop-steward notice", action: .noticeCreate,
                      send: api(worker, fixed("\(l)/shop-steward-notices"), ["periodId": own.id!.uuidString, "notifiedOn": "2026-05-28",
                                                                             "recipient": "Päivi Pääluottamusmies, JHL"]),
                      stored: rows("shop_steward_notices")),
            // Decisions
            WritePath(label: "acceptance", action: .contractAccept,
                      send: api(worker, fixed("\(j)/decisions/\(r.decision)/acceptances"), ["party": "client", "acceptedBy": "N.N.", "version": 1]),
                      stored: column("contracts", "version", decisionContract)),
            WritePath(label: "interruption", action: .periodInterrupt,
                      send: api(worker, fixed("\(j)/decisions/\(r.decision)/interruption"), ["reason": "Muutti", "version": 1]),
                      stored: column("periods", "version", decisionPeriod)),
            WritePath(label: "no evaluation", action: .periodNoEvaluation,
                      send: api(worker, fixed("\(j)/decisions/\(r.decision)/no-evaluation"), ["reason": "Ei tavoitettu", "version": 2]),
                      stored: column("periods", "version", decisionPeriod)),
            WritePath(label: "ending", action: .endingCreate,
                      send: api(worker, fixed("\(l)/endings"), ["endedOn": "2026-05-28", "reason": "employment", "nextPath": "paySubsidisedJob"]),
                      stored: rows("endings")),
            // Feedback
            WritePath(label: "place feedback", action: .feedbackCreate,
                      send: api(coach, fixed("\(p)/place-feedback"), ["periodId": r.period, "ratings": ratings(.place, 4)]),
                      stored: rows("feedback_answers")),
            WritePath(label: "feedback change", action: .feedbackUpdate,
                      send: send(worker, .PUT, fixed("\(p)/client-feedback/\(r.feedback)"), ["ratings": ratings(.client, 3), "version": 1]),
                      stored: column("feedback_answers", "version", id(r.feedback))),
            // Administration
            WritePath(label: "place", action: .placeCreate, send: page(admin, fixed("/admin/places"), PlaceTests.form(world)),
                      stored: rows("work_activity_places")),
            WritePath(label: "place change", action: .placeUpdate,
                      send: page(admin, fixed("/admin/places/\(world.place.id!)"),
                                 PlaceTests.form(world, name: "Puutyöpaja", municipality: "167", tasks: "wood", version: 1)),
                      stored: column("work_activity_places", "version", id(place))),
            WritePath(label: "provider contract", action: .providerContractCreate,
                      send: page(admin, fixed("/admin/contracts"), HostileNumberTargets.contractForm(world)), stored: rows("provider_contracts")),
            WritePath(label: "provider contract change", action: .providerContractUpdate,
                      send: page(admin, fixed("/admin/contracts/\(r.contract)"), HostileNumberTargets.contractForm(world).merging(["version": "1"]) { $1 }),
                      stored: column("provider_contracts", "version", id(r.contract))),
            WritePath(label: "policy change", action: .policyUpdate,
                      send: page(admin, fixed("/admin/policies/\(r.policy)"),
                                 policy.merging(["validFrom": "1.1.2023", "validTo": "31.12.2029", "version": "1"]) { $1 }),
                      stored: column("policies", "version", id(r.policy))),
            WritePath(label: "policy", action: .policyCreate, send: page(admin, fixed("/admin/policies"), policy), stored: rows("policies")),
            WritePath(label: "organizer document", action: .organizerDocumentCreate,
                      send: page(admin, fixed("/admin/organizer-documents"), document), stored: rows("organizer_documents")),
            WritePath(label: "organizer document change", action: .organizerDocumentUpdate,
                      send: page(admin, fixed("/admin/organizer-documents/\(upcoming.id!)"),
                                 document.merging(["validFrom": "1.8.2026", "version": "1"]) { $1 }),
                      stored: column("organizer_documents", "version", id(upcoming.id!.uuidString))),
            WritePath(label: "organization", action: .organizationCreate,
                      send: page(admin, fixed("/admin/organizations"), ["name": "Outokumpu", "kind": "municipality",
                                                                        "parentId": world.areaNorth.id!.uuidString, "municipalityCode": "309"]),
                      stored: rows("organizations")),
            WritePath(label: "organization change", action: .organizationUpdate,
                      send: page(admin, fixed("/admin/organizations/\(world.employment.id!)"),
                                 ["name": "Pohjoisen työllisyysalue", "kind": "employmentServices", "coveredMunicipalityCodes": "167"]),
                      stored: column("organizations", "name", id(world.employment.id!.uuidString))),
            WritePath(label: "user", action: .userCreate,
                      send: page(admin, fixed("/admin/users"), ["name": "Uusi Ohjaaja", "email": "uusi@test.fi", "role": "socialCounsellor",
                                                                "organizationId": world.areaSouth.id!.uuidString, "language": "sv",
                                                                "password": "a long enough password"]),
                      stored: rows("users")),
            WritePath(label: "user change", action: .userUpdate,
                      send: page(admin, fixed("/admin/users/\(specialist.id!)"),
                                 ["name": "Erkki Työllisyys", "email": specialist.email, "role": "employmentSpecialist",
                                  "organizationId": world.employment.id!.uuidString, "language": "fi"]),
                      stored: column("users", "name", id(specialist.id!.uuidString))),
            WritePath(label: "API token", action: .tokenIssued,
                      send: api(anonymous, fixed("/api/v1/auth/token"), ["email": world.user(.manager).email, "password": TestWorld.password]),
                      stored: rows("api_tokens")),
        ]
    }

    /// An own-production place with a period of the Lieksa client: the shop steward is told of it.
    private static func ownProductionPeriod(_ app: Application, _ world: TestWorld) async throws -> Period {
        let own = Organization(name: "Hyvinvointialueen työkeskus", kind: .provider, providerKind: .ownProduction, organizationForm: .county,
                               coveredMunicipalityCodes: ["422"])
        try await own.create(on: app.db)
        let place = WorkActivityPlace(providerID: own.id!, name: "Keskuskeittiö", areaID: world.areaSouth.id, municipalityCode: "422", capacity: 6)
        try await place.create(on: app.db)
        let period = Period(clientID: world.lieksaClient.id!, placeID: place.id!, startsOn: "2026-06-04", endsOn: "2026-09-03")
        try await period.create(on: app.db)
        return period
    }

    // MARK: Helpers

    static func events(_ action: AuditAction, on app: Application) async throws -> Int {
        try await AuditEvent.query(on: app.db).filter(\.$action == action.rawValue).count()
    }

    /// Takes the audit trail's table away (every append then fails) or puts it back: the same SQL on both databases.
    static func auditTrail(working: Bool, on app: Application) async throws {
        let (from, to) = working ? ("audit_events_off", AuditEvent.schema) : (AuditEvent.schema, "audit_events_off")
        try await (app.db as! any SQLDatabase).raw("ALTER TABLE \(ident: from) RENAME TO \(ident: to)").run()
    }
}
