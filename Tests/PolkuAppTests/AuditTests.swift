import Fluent
@testable import PolkuApp
import PolkuDomain
import SQLKit
import Vapor
import XCTVapor
import XCTest

final class AuditTests: XCTestCase {
    func testReadingAClientRecordsWhoWhatAndWhen() async throws {
        try await withApp { app, world in
            let worker = world.user(.socialWorker)
            let clientID = world.lieksaClient.id!
            try await app.test(.GET, "/api/v1/clients/\(clientID)", headers: try await world.bearer(worker, on: app),
                               afterResponse: { res async in XCTAssertEqual(res.status, .ok) })
            let event = try await AuditEvent.query(on: app.db).filter(\.$clientID == clientID).first()
            XCTAssertEqual(event?.action, "client.read")
            XCTAssertEqual(event?.actorID, worker.id)
            XCTAssertEqual(event?.actorRole, "socialWorker")
            XCTAssertEqual(event?.organizationID, world.county.id)
            XCTAssertEqual(event?.occurredAt, TestWorld.now)
            XCTAssertFalse(event?.requestID.isEmpty ?? true)
        }
    }

    func testTheClientSeesWhoHasSeenTheirData() async throws {
        try await withApp { app, world in
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            try await coach.get("/clients/\(world.placedClient.id!)")
            let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
            let log = try await client.get("/me/access-log")
            XCTAssertEqual(log.status, .ok)
            XCTAssertTrue(log.body.string.contains("Test workCoach"))
            XCTAssertTrue(log.body.string.contains("Työpaja ry"))
            XCTAssertTrue(log.body.string.contains("Avasi tiedot"))
        }
    }

    func testTheChainVerifiesAndATamperedEventIsFound() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            for _ in 0..<3 { try await app.test(.GET, "/api/v1/clients", headers: headers) }
            let intact = try await AuditVerifier.verify(on: app.db, pageSize: 4)
            guard case .intact(let count) = intact else { return XCTFail("\(intact)") }
            XCTAssertEqual(count, 9)
            // Someone with database access rewrites who read a record.
            try await (app.db as! any SQLDatabase).update("audit_events").set("actor_role", to: "manager")
                .where("sequence", .equal, 5).run()
            let broken = try await AuditVerifier.verify(on: app.db, pageSize: 4)
            XCTAssertEqual(broken, .broken(atSequence: 5, reason: .hashMismatch))
            // A deleted event leaves a gap.
            try await (app.db as! any SQLDatabase).delete(from: "audit_events").where("sequence", .equal, 3).run()
            let gap = try await AuditVerifier.verify(on: app.db)
            XCTAssertEqual(gap, .broken(atSequence: 4, reason: .missingSequence(expected: 3)))
        }
    }

    func testOnlyAdminsSearchTheTrail() async throws {
        try await withApp { app, world in
            try await app.test(.GET, "/api/v1/audit?clientId=\(world.placedClient.id!)", headers: try await world.bearer(world.user(.socialWorker), on: app)) { res async in
                XCTAssertEqual(res.status, .forbidden)
            }
            try await app.test(.GET, "/api/v1/audit?clientId=not-a-uuid", headers: try await world.bearer(world.user(.admin), on: app)) { res async in
                XCTAssertEqual(res.status, .badRequest)
            }
            let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
            let page = try await admin.get("/admin/audit")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.string.contains(#"data-qa="audit-list""#))
        }
    }
}
