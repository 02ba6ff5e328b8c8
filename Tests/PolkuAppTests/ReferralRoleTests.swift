import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// Who may send, see and decide which referrals — every role, through the real API.
final class ReferralRoleTests: XCTestCase {
    private func status(_ app: Application, _ method: HTTPMethod, _ path: String, as user: User, world: TestWorld,
                        body: (any Content)? = nil) async throws -> HTTPStatus {
        var status: HTTPStatus = .internalServerError
        try await app.test(method, path, headers: try await world.bearer(user, on: app), beforeRequest: { req async throws in
            if let body { try req.content.encode(body, as: .json) }
        }) { res async throws in status = res.status }
        return status
    }

    func testSendingFollowsTheRuleForChangingTheClient() async throws {
        try await withApp { app, world in
            func body(_ client: Client?) -> ReferralBody {
                ReferralBody(clientId: (client?.id ?? UUID()).uuidString, reason: "Syy", urgency: "normal", consentToShare: true)
            }
            let cases: [(User, Client?, HTTPStatus)] = [
                (world.user(.workCoach), world.placedClient, .forbidden), (world.user(.manager), world.joensuuClient, .forbidden),
                (world.user(.admin), world.joensuuClient, .forbidden), (world.user(.client), world.placedClient, .forbidden),
                // Outside one's reach, or no such client: the same 404.
                (world.user(.employmentSpecialist), world.lieksaClient, .notFound), (world.user(.socialCounsellor), world.lieksaClient, .notFound),
                (world.southWorker, world.joensuuClient, .notFound), (world.user(.socialWorker), nil, .notFound),
                (world.user(.employmentSpecialist), world.joensuuClient, .created), (world.user(.socialCounsellor), world.joensuuClient, .created),
                (world.southWorker, world.lieksaClient, .created),
            ]
            for (user, client, expected) in cases {
                let got = try await status(app, .POST, "/api/v1/referrals", as: user, world: world, body: body(client))
                XCTAssertEqual(got, expected, "\(user.email) sending for \(client?.lastName ?? "nobody")")
            }
            let count = try await Referral.query(on: app.db).count()
            XCTAssertEqual(count, 3)
        }
    }

    func testReadingAReferralByRole() async throws {
        try await withApp { app, world in
            // setup: the county's worker sends for a Joensuu client; employment services for the same client
            let county = try await world.sendReferral(for: world.joensuuClient, on: app)
            let employment = try await world.sendReferral(for: world.joensuuClient, as: world.user(.employmentSpecialist), on: app)
            let path = { (referral: ReferralDTO) in "/api/v1/referrals/\(referral.id)" }
            let cases: [(User, String, HTTPStatus)] = [
                (world.user(.socialWorker), path(county), .ok),
                // The north area's counsellor works for the county, the organizer.
                (world.user(.socialCounsellor), path(county), .ok), (world.user(.socialCounsellor), path(employment), .ok),
                // The south area's worker does not reach Joensuu.
                (world.southWorker, path(county), .notFound),
                // Employment services see what they sent, not what others sent.
                (world.user(.employmentSpecialist), path(employment), .ok), (world.user(.employmentSpecialist), path(county), .notFound),
                (world.user(.workCoach), path(county), .forbidden), (world.user(.manager), path(county), .forbidden),
                (world.user(.admin), path(county), .forbidden), (world.user(.client), path(county), .forbidden),
                (world.user(.socialWorker), "/api/v1/referrals/\(UUID())", .notFound),
                (world.user(.socialWorker), "/api/v1/referrals/not-a-uuid", .notFound),
            ]
            for (user, path, expected) in cases {
                let got = try await status(app, .GET, path, as: user, world: world)
                XCTAssertEqual(got, expected, "\(user.email) GET \(path)")
            }
        }
    }

    func testDecidingByRole() async throws {
        try await withApp { app, world in
            let sent = try await world.sendReferral(for: world.joensuuClient, as: world.user(.employmentSpecialist), on: app)
            let path = "/api/v1/referrals/\(sent.id)/decision"
            let accept = DecisionBody(state: "accepted", note: nil, version: 1)
            let cases: [(User, HTTPStatus)] = [
                // Employment specialists send but never decide, not even their own referrals.
                (world.user(.employmentSpecialist), .forbidden),
                (world.user(.workCoach), .forbidden), (world.user(.manager), .forbidden), (world.user(.admin), .forbidden),
                (world.user(.client), .forbidden),
                (world.southWorker, .notFound),
            ]
            for (user, expected) in cases {
                let got = try await status(app, .POST, path, as: user, world: world, body: accept)
                XCTAssertEqual(got, expected, "\(user.email) deciding")
            }
            let untouched = try await Referral.find(sent.id, on: app.db)!
            XCTAssertEqual(untouched.state, .received)
            let got = try await status(app, .POST, path, as: world.user(.socialCounsellor), world: world, body: accept)
            XCTAssertEqual(got, .ok)
        }
    }

    func testListsShowEachRoleItsOwnShare() async throws {
        try await withApp { app, world in
            let county = try await world.sendReferral(for: world.joensuuClient, on: app)
            let lieksa = try await world.sendReferral(for: world.lieksaClient, on: app)
            let employment = try await world.sendReferral(for: world.joensuuClient, as: world.user(.employmentSpecialist), on: app)
            func listed(_ user: User) async throws -> Set<UUID> {
                var ids: Set<UUID> = []
                try await app.test(.GET, "/api/v1/referrals", headers: try await world.bearer(user, on: app)) { res async throws in
                    XCTAssertEqual(res.status, .ok)
                    ids = Set(try res.content.decode(ReferralsAPIController.ReferralPage.self).items.map(\.id))
                }
                return ids
            }
            let worker = try await listed(world.user(.socialWorker))
            XCTAssertEqual(worker, [county.id, lieksa.id, employment.id])
            let south = try await listed(world.southWorker)
            XCTAssertEqual(south, [lieksa.id])
            let counsellor = try await listed(world.user(.socialCounsellor))
            XCTAssertEqual(counsellor, [county.id, employment.id])
            let specialist = try await listed(world.user(.employmentSpecialist))
            XCTAssertEqual(specialist, [employment.id])
            for role in [Role.workCoach, .manager, .admin, .client] {
                let got = try await status(app, .GET, "/api/v1/referrals", as: world.user(role), world: world)
                XCTAssertEqual(got, .forbidden, "\(role) may not list referrals")
            }
        }
    }
}
