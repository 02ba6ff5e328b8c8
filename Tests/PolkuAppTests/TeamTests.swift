import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class TeamTests: XCTestCase {
    func testMembershipOpensTheClientToAWorkerFromElsewhere() async throws {
        try await withApp { app, world in
            // The south area's worker cannot see a Joensuu client…
            let south = try await world.bearer(world.southWorker, on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)"
            try await app.test(.GET, path, headers: south) { res async in XCTAssertEqual(res.status, .notFound) }
            // …until the client's worker adds them to the team.
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.POST, "\(path)/team", headers: worker, beforeRequest: { req async throws in
                try req.content.encode(["userEmail": world.southWorker.email, "role": "socialWorker"])
            }) { res async in XCTAssertEqual(res.status, .created) }
            try await app.test(.GET, path, headers: south) { res async in XCTAssertEqual(res.status, .ok) }
            try await app.test(.GET, "/api/v1/clients", headers: south) { res async throws in
                let names = try res.content.decode(ClientsAPIController.ClientPage.self).items.map(\.lastName)
                XCTAssertEqual(Set(names), ["Lieksalainen", "Muualla"], "the team's client joins the list")
            }
        }
    }

    func testThereIsOneResponsibleWorkerAndAUserIsInATeamOnce() async throws {
        try await withApp { app, world in
            let worker = try await world.bearer(world.user(.socialWorker), on: app)
            let path = "/api/v1/clients/\(world.joensuuClient.id!)/team"
            func add(_ body: [String: AnyCodable]) async throws -> (HTTPStatus, TeamMemberDTO?) {
                var result: (HTTPStatus, TeamMemberDTO?) = (.internalServerError, nil)
                try await app.test(.POST, path, headers: worker, beforeRequest: { req async throws in try req.content.encode(body, as: .json) }) { res async in
                    result = (res.status, try? res.content.decode(TeamMemberDTO.self))
                }
                return result
            }
            let first = try await add(["userEmail": .string(world.user(.socialWorker).email), "role": .string("socialWorker"), "isResponsible": .bool(true)])
            XCTAssertEqual(first.0, .created)
            let kela = try await add(["name": .string("Kaisa Kela"), "role": .string("kelaWorkAbilityAdvisor"), "organizationName": .string("Kela")])
            XCTAssertEqual(kela.0, .created)
            let again = try await add(["userEmail": .string(world.user(.socialWorker).email), "role": .string("socialWorker")])
            XCTAssertEqual(again.0, .conflict)
            let unknown = try await add(["userEmail": .string("nobody@test.fi"), "role": .string("other")])
            XCTAssertEqual(unknown.0, .conflict)
            let nobody = try await add(["role": .string("other")])
            XCTAssertEqual(nobody.0, .unprocessableEntity, "neither a user nor a name")
            try await app.test(.POST, "\(path)/\(kela.1!.id)/responsible", headers: worker) { res async in XCTAssertEqual(res.status, .ok) }
            let responsible = try await TeamMember.query(on: app.db).filter(\.$isResponsible == true).all().map(\.name)
            XCTAssertEqual(responsible, ["Kaisa Kela"])
        }
    }

    func testThePageShowsTheTeamAndTheCoachCannotChangeIt() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            // Issue 13, item 5: a worker is chosen by typing their name from the list of Polku's workers.
            let form = try await browser.get("/clients/\(world.placedClient.id!)/team").body.string
            XCTAssertTrue(form.contains(#"list="userEmail-suggestions""#) && form.contains(#"<datalist id="userEmail-suggestions">"#))
            XCTAssertTrue(form.contains(#"<option value="\#(world.user(.workCoach).email)" label="Test workCoach – "#), form)
            XCTAssertFalse(form.contains(#"value="\#(world.user(.manager).email)""#), "only those who work with clients")
            let added = try await browser.post("/clients/\(world.placedClient.id!)/team",
                                               form: ["userEmail": world.user(.workCoach).email, "role": "workCoach", "isResponsible": "on"])
            XCTAssertEqual(added.status, .seeOther)
            let page = try await browser.get("/clients/\(world.placedClient.id!)")
            XCTAssertTrue(page.body.string.contains("Omatyöntekijä: Test workCoach"))
            let coach = try await TestBrowser.signedIn(app, email: world.user(.workCoach).email)
            let team = try await coach.get("/clients/\(world.placedClient.id!)/team")
            XCTAssertEqual(team.status, .ok)
            XCTAssertFalse(team.body.string.contains(#"data-qa="team-submit""#), "a coach reads the team but does not change it")
            let refused = try await coach.post("/clients/\(world.placedClient.id!)/team", form: ["name": "X", "role": "other"])
            XCTAssertEqual(refused.status, .forbidden)
        }
    }
}
