import PolkuDomain
import XCTest

final class CaseNumberTests: XCTestCase {
    func testACaseNumberNamesTheYearAndARunningNumberOfSixDigitsAtLeast() {
        XCTAssertEqual(CaseNumber.format(year: 2026, number: 123), "KTT-2026-000123")
        XCTAssertEqual(CaseNumber.format(year: 2027, number: 1_234_567), "KTT-2027-1234567")
        XCTAssertEqual(CaseNumber.parse("KTT-2026-000123")?.number, 123)
        XCTAssertNil(CaseNumber.parse("KTT-26-000123"))
        XCTAssertNil(CaseNumber.parse("KTT-2026-000000"))
    }

    func testTheNotificationSetsTheDayTheDecisionCountsAsReceived() {
        XCTAssertEqual(DecisionNotification.default, .post)
        XCTAssertEqual(DecisionNotification.post.daysUntilReceived, 7)
        XCTAssertEqual(DecisionNotification.electronic.daysUntilReceived, 3)
        XCTAssertEqual(DecisionNotification.hand.daysUntilReceived, 0)
    }
}
