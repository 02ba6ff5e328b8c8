import Fluent
@testable import PolkuApp
import PolkuDomain
import XCTest

final class DemoPlacementTests: XCTestCase {
    func testTheDemoHasAQueueAtAFullPlaceVisitsOfEveryOutcomeAndNoticesWithOneMissingAndOneLate() async throws {
        try await withApp { app, _ in
            let today = LocalDateFixture.day(2026, 5, 28)
            let build = { try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today) }
            let demo = try build()
            let placement = demo.placement
            let waiting = placement.queueEntries.filter { $0.state == .waiting }
            // Full as every page counts it: no free seat this week.
            let full = demo.places.filter { place in
                let bookings = demo.periods.filter { $0.$place.id == place.id }.compactMap(\.seatBooking)
                return SeatOccupancy.thisWeek(capacity: place.capacity, openDays: Set(place.weekdays), bookings: bookings, today: today).isFull
                    && waiting.contains { $0.$place.id == place.id }
            }
            XCTAssertFalse(full.isEmpty, "a full place with clients waiting for it")
            XCTAssertTrue(waiting.contains(where: \.isUrgent))
            XCTAssertEqual(Set(waiting.compactMap(\.openKey)).count, waiting.count, "one open entry per client and place")
            XCTAssertTrue(placement.queueEntries.contains { $0.state == .placed && $0.$decision.id != nil })
            XCTAssertEqual(Set(placement.visits.compactMap(\.outcome)), Set(VisitOutcome.allCases))
            XCTAssertTrue(placement.visits.allSatisfy { $0.outcome != .notSuitable || $0.outcomeReason != nil })
            XCTAssertTrue(placement.visits.allSatisfy { $0.outcome == nil || LocalDate(isoString: $0.visitOn)! <= today })
            XCTAssertTrue(placement.visits.contains { $0.outcome == nil }, "visits booked ahead for the coach's week")

            let periods = Dictionary(uniqueKeysWithValues: demo.periods.map { ($0.id!, $0) })
            let late = placement.notices.filter { $0.notifiedOn > periods[$0.$period.id]!.startsOn }
            XCTAssertEqual(late.count, 1)
            let own = Set(demo.places.prefix(3).compactMap(\.id))  // the county's own workshops
            let needing = demo.periods.filter { own.contains($0.$place.id) && $0.recorded == .open }
            XCTAssertEqual(needing.count - placement.notices.count, 1, "one notice left for the front page to remind of")
            XCTAssertEqual(try build().placement.queueEntries.map(\.id), placement.queueEntries.map(\.id), "deterministic")
        }
    }
}
