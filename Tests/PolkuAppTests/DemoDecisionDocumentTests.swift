import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The demo's decisions are administrative decisions (issue 13, item 4): numbered from the county's counter in the
/// order they were made, with some periods changed and some referrals refused, and the next decision numbered on.
final class DemoDecisionDocumentTests: XCTestCase {
    func testTheDemosDecisionsCarryCaseNumbersAndTheCounterContinuesThem() async throws {
        try await withApp { app, world in
            // setup
            try await DemoSeeder.seed(on: app.db, crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: TestWorld.today)
            let found = try await Organization.query(on: app.db).filter(\.$name == DemoCatalog.countyName).first()
            let county = try XCTUnwrap(found)
            let decisions = try await Decision.query(on: app.db).join(Client.self, on: \Decision.$client.$id == \Client.$id)
                .filter(Client.self, \.$municipalityCode != DemoMunicipalOrganizer.code).all()
            let others = try await PathDecision.query(on: app.db).all()
            // check: every county decision numbered once, the numbers of a year running without gaps
            let numbers = decisions.compactMap(\.caseNumber) + others.map(\.caseNumber)
            XCTAssertEqual(numbers.count, decisions.count + others.count, "every decision has its number")
            XCTAssertEqual(Set(numbers).count, numbers.count, "none twice")
            let thisYear = numbers.compactMap(CaseNumber.parse).filter { $0.year == 2026 }.map(\.number).sorted()
            XCTAssertEqual(thisYear, Array(1...thisYear.count))
            XCTAssertTrue(decisions.allSatisfy { ($0.legalBasis ?? "").contains("189/2001") && $0.notification != nil })
            XCTAssertGreaterThanOrEqual(others.filter { $0.kind == .change }.count, 2)
            XCTAssertEqual(others.filter { $0.kind == .refusal }.count, 2)
            XCTAssertTrue(others.filter { $0.kind == .change }.allSatisfy { $0.minutesPerDay == 240 && $0.$decision.id != nil })
            // The next decision made gets the next number of the year.
            let next = try await app.db.transaction { tx in try await CaseNumberStore.next(organizerID: county.requireID(), year: 2026, on: tx) }
            XCTAssertEqual(CaseNumber.parse(next)?.number, thisYear.count + 1)
            _ = world
        }
    }
}
