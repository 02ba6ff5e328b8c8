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
            // Each list shown is one event naming its three clients (decision 132), verified in pages of four.
            for _ in 0..<9 { try await app.test(.GET, "/api/v1/clients", headers: headers) }
            let intact = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal, pageSize: 4)
            guard case .intact(let count) = intact else { return XCTFail("\(intact)") }
            XCTAssertEqual(count, 9)
            // Someone with database access rewrites who read a record.
            try await (app.db as! any SQLDatabase).update("audit_events").set("actor_role", to: "manager")
                .where("sequence", .equal, 5).run()
            let broken = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal, pageSize: 4)
            XCTAssertEqual(broken, .broken(atSequence: 5, reason: .hashMismatch))
            // A deleted event leaves a gap.
            try await (app.db as! any SQLDatabase).delete(from: "audit_events").where("sequence", .equal, 3).run()
            let gap = try await AuditVerifier.verify(on: app.db, seal: app.auditSeal)
            XCTAssertEqual(gap, .broken(atSequence: 4, reason: .missingSequence(expected: 3)))
        }
    }

    func testTheTrailIsSearchedWithinEachUsersReach() async throws {
        try await withApp { app, world in
            // Someone reads a client in each area.
            let reader = try await world.bearer(world.user(.socialWorker), on: app)
            for client in [world.joensuuClient, world.lieksaClient] {
                try await app.test(.GET, "/api/v1/clients/\(client.id!)", headers: reader)
            }
            func clients(seenBy user: User) async throws -> (HTTPStatus, Set<UUID>) {
                var result: (HTTPStatus, Set<UUID>) = (.internalServerError, [])
                try await app.test(.GET, "/api/v1/audit?action=client.read", headers: try await world.bearer(user, on: app)) { res async throws in
                    result.0 = res.status
                    if res.status == .ok {
                        result.1 = Set(try res.content.decode(DirectoryAPIController.AuditPage.self).items.compactMap(\.clientId))
                    }
                }
                return result
            }
            let admin = try await clients(seenBy: world.user(.admin))
            XCTAssertEqual(admin.1, [world.joensuuClient.id!, world.lieksaClient.id!])
            let south = try await clients(seenBy: world.southWorker)
            XCTAssertEqual(south.0, .ok)
            XCTAssertEqual(south.1, [world.lieksaClient.id!], "only the clients within the south area")
            for role in [Role.workCoach, .manager, .client] {
                let denied = try await clients(seenBy: world.user(role))
                XCTAssertEqual(denied.0, .forbidden, "\(role)")
            }
            try await app.test(.GET, "/api/v1/audit?clientId=not-a-uuid", headers: try await world.bearer(world.user(.admin), on: app)) { res async in
                XCTAssertEqual(res.status, .badRequest)
            }
            let page = try await TestBrowser.signedIn(app, email: world.user(.admin).email).get("/admin/audit")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.string.contains(#"data-qa="audit-list""#))
            let workerPage = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email).get("/admin/audit")
            XCTAssertEqual(workerPage.status, .forbidden)
        }
    }
}
