import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// "You are here" on the client's own page and in the worker's view of the client (decisions 127, 128).
final class PathPageTests: XCTestCase {
    private static let day = 86_400.0

    /// The placed client referred, assessed and planned in May 2026, visited the place on 27.5. (it went well) and
    /// had the decision of 28.5. for a period from 1.6.; their period from the test world is not theirs here.
    private func visitedAndDecided(_ app: Application, _ world: TestWorld) async throws {
        try await referredAssessedPlanned(app, world)
        try await world.visit(of: world.placedClient, on: "2026-05-27", outcome: .wentWell, on: app)
        try await world.decision(of: world.placedClient, decidedOn: "2026-05-28", startsOn: "2026-06-01", endsOn: "2026-08-31", on: app)
    }

    private func referredAssessedPlanned(_ app: Application, _ world: TestWorld) async throws {
        let client = world.placedClient
        try await Period.query(on: app.db).filter(\.$client.$id == client.id!).delete()
        try await world.referral(of: client, receivedOn: "2026-04-27", state: .accepted, decidedOn: "2026-05-04", on: app)
        let assessment = AssessmentStore.new(
            AssessmentDraft(assessedOn: LocalDateFixture.day(2026, 5, 11), needs: "Päivärytmi", supportAndGuidance: nil, otherServices: [],
                            otherServicesNote: nil, conclusion: .rehabilitativeWorkActivity, conclusionNote: nil),
            clientID: client.id!, authorID: world.user(.socialWorker).id!)
        try await assessment.create(on: app.db)
        try await world.givePlan(to: client, madeOn: "2026-05-15", on: app)
    }

    private func pages(_ app: Application, _ world: TestWorld) async throws -> (own: String, worker: String) {
        let client = try await TestBrowser.signedIn(app, email: world.user(.client).email)
        let worker = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
        return (try await client.get("/me").body.string, try await worker.get("/clients/\(world.placedClient.id!)").body.string)
    }

    private func step(_ name: String, _ state: String) -> String { #"data-step="\#(name)" data-state="\#(state)""# }

    func testTheVisitAndTheDecisionShowAsDoneWithTheirDaysOnceTheyHappened() async throws {
        // The day before the decision: the visit is done, the decision is where the client is.
        try await withApp(now: TestWorld.now - Self.day) { app, world in
            try await self.visitedAndDecided(app, world)
            let (own, worker) = try await self.pages(app, world)
            for html in [own, worker] {
                XCTAssertTrue(html.contains(self.step("visit", "done")))
                XCTAssertTrue(html.contains("Tehty 27.5.2026"))
                XCTAssertTrue(html.contains(#"aria-current="step" data-step="decision""#))
                XCTAssertTrue(html.contains("Tehty 4.5.2026") && html.contains("Tehty 11.5.2026") && html.contains("Tehty 15.5.2026"))
            }
            XCTAssertTrue(worker.contains(#"data-qa="client-path""#), "the worker's view of the client has the path")
        }
        // On the decision's day and after: the decision is done on its day and the period is planned.
        for now in [TestWorld.now, TestWorld.now + Self.day] {
            try await withApp(now: now) { app, world in
                try await self.visitedAndDecided(app, world)
                let (own, worker) = try await self.pages(app, world)
                for html in [own, worker] {
                    XCTAssertTrue(html.contains(self.step("decision", "done")))
                    XCTAssertTrue(html.contains("Tehty 28.5.2026"))
                    XCTAssertTrue(html.contains(#"aria-current="step" data-step="period""#))
                }
            }
        }
    }

    func testAVisitNotYetHeldLeavesTheClientAtTheVisit() async throws {
        try await withApp { app, world in
            try await self.referredAssessedPlanned(app, world)
            try await world.visit(of: world.placedClient, on: "2026-05-29", outcome: nil, on: app)
            let (own, worker) = try await self.pages(app, world)
            for html in [own, worker] {
                XCTAssertTrue(html.contains(#"aria-current="step" data-step="visit""#))
                XCTAssertTrue(html.contains(self.step("placement", "done")) && html.contains(">Tehty<"), "a place found has no day of its own")
                XCTAssertTrue(html.contains(self.step("visit", "current")))
            }
        }
    }

    /// Ended on 30.4.2026 and referred again on 20.5.: a new round at the referral, the old one as history.
    func testAReturningClientsNewReferralIsANewRoundNotAFollowUp() async throws {
        try await withApp { app, world in
            let client = world.placedClient
            try await Period.query(on: app.db).filter(\.$client.$id == client.id!).delete()
            try await world.referral(of: client, receivedOn: "2026-01-02", state: .accepted, decidedOn: "2026-01-09", on: app)
            try await world.decision(of: client, decidedOn: "2026-01-20", startsOn: "2026-02-01", endsOn: "2026-04-30", on: app)
            try await world.ending(of: client, endedOn: "2026-04-30", on: app)
            let ended = try await self.pages(app, world)
            for html in [ended.own, ended.worker] {
                XCTAssertTrue(html.contains(#"aria-current="step" data-step="followUp""#), "after the ending, the follow-ups")
                XCTAssertFalse(html.contains(#"data-qa="path-round""#))
                XCTAssertTrue(html.contains(self.step("visit", "not-recorded")) && html.contains("Ei kirjattu"),
                              "a step passed without a record says so in words")
            }
            try await world.referral(of: client, receivedOn: "2026-05-20", on: app)
            let returned = try await self.pages(app, world)
            for html in [returned.own, returned.worker] {
                XCTAssertTrue(html.contains(#"aria-current="step" data-step="referral""#), "the new referral is where the client is")
                XCTAssertTrue(html.contains(self.step("followUp", "ahead")))
                XCTAssertTrue(html.contains(self.step("period", "ahead")), "the first round's period does not count on the second")
                XCTAssertTrue(html.contains("Polun 2. kierros, alkoi 20.5.2026"))
                XCTAssertTrue(html.contains("1. kierros: 2.1.2026–30.4.2026"))
            }
        }
    }

    func testThePathIsShownInEveryLanguage() async throws {
        try await withApp { app, world in
            try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).delete()
            try await world.referral(of: world.placedClient, receivedOn: "2026-01-02", state: .accepted, decidedOn: "2026-01-09", on: app)
            try await world.ending(of: world.placedClient, endedOn: "2026-04-30", on: app)
            try await world.referral(of: world.placedClient, receivedOn: "2026-05-20", on: app)
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            for (language, round, earlier) in [("sv", "Stigens omgång 2, började 20.5.2026", "Omgång 1: 2.1.2026–30.4.2026"),
                                               ("en", "Round 2 of the path, begun on 20.5.2026", "Round 1: 2.1.2026–30.4.2026")] {
                try await worker.get("/language/\(language)?returnTo=/")
                let html = try await worker.get("/clients/\(world.placedClient.id!)").body.string
                XCTAssertTrue(html.contains(round) && html.contains(earlier), language)
            }
        }
    }
}
