import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// `/statistics` counts the whole county without identities. It is open to the manager (whose work it is,
/// DESIGN.md's roles), the admin and the social worker (`Role.seesStatistics`), and answers 403 to every
/// other role; the navigation offers it to exactly those. There is no statistics API (`openapi.json` has no
/// such path), so the page is the only way in.
final class StatisticsAccessTests: XCTestCase {
    static let allowed: Set<Role> = [.manager, .admin, .socialWorker]

    func testEveryRoleIsLetInOrAnswered403() async throws {
        try await withApp { app, world in
            for role in Role.allCases {
                let browser = try await TestBrowser.signedIn(app, email: world.user(role).email)
                let page = try await browser.get("/statistics")
                let front = try await browser.get("/").body.string
                if Self.allowed.contains(role) {
                    XCTAssertEqual(page.status, .ok, "\(role) sees the statistics")
                    XCTAssertTrue(page.body.string.contains(#"data-qa="statistics""#), "\(role): the table")
                    XCTAssertTrue(front.contains(#"href="/statistics""#), "\(role)'s menu leads there")
                } else {
                    XCTAssertEqual(page.status, .forbidden, "\(role) may not see the statistics")
                    XCTAssertFalse(page.body.string.contains(#"data-qa="statistics""#), "\(role) gets no counts")
                    XCTAssertFalse(front.contains(#"href="/statistics""#), "\(role)'s menu does not offer it")
                }
            }
            // A worker of one area only is a social worker too.
            let south = try await TestBrowser.signedIn(app, email: world.southWorker.email)
            let southPage = try await south.get("/statistics")
            XCTAssertEqual(southPage.status, .ok)
        }
    }

    func testNoOneUnsignedAndNoAPITokenReachesTheStatistics() async throws {
        try await withApp { app, world in
            try await app.test(.GET, "/statistics") { res async in
                XCTAssertEqual(res.status, .seeOther, "an anonymous visitor is sent to sign in")
                XCTAssertEqual(res.headers.first(name: .location), "/login?next=%2Fstatistics")
            }
            // A token opens the API only, never the pages.
            let token = try await world.bearer(world.user(.manager), on: app)
            try await app.test(.GET, "/statistics", headers: token) { res async in
                XCTAssertEqual(res.status, .seeOther, "a bearer token is no session")
            }
            // The API has no statistics: should one be added, its access is to be tested here as the page's is.
            try await app.test(.GET, "/openapi.json") { res async throws in
                XCTAssertEqual(res.status, .ok)
                let paths = try XCTUnwrap(TestAPI.object(res)["paths"] as? [String: Any]).keys
                XCTAssertGreaterThan(paths.count, 20)
                XCTAssertEqual(paths.filter { $0.lowercased().contains("statistic") }, [])
            }
        }
    }
}
