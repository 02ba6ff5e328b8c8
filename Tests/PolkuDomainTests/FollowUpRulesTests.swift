import Foundation
import PolkuDomain
import XCTest

/// A follow-up's situation and its "in work or education" agree, and it is not dated after today (issue 13, item 2).
final class FollowUpRulesTests: XCTestCase {
    func testWorkOrEducationAsTheSituationNeedsTheAnswerYes() {
        for situation in [NextPath.openLabourMarketJob, .paySubsidisedJob, .education] {
            XCTAssertEqual(FollowUpRules.contradiction(situation: situation, inWorkOrEducation: false), .situationIsWorkOrEducation, "\(situation)")
            XCTAssertNil(FollowUpRules.contradiction(situation: situation, inWorkOrEducation: true), "\(situation)")
        }
    }

    func testBackInThisServiceIsNeitherWorkNorEducation() {
        XCTAssertEqual(FollowUpRules.contradiction(situation: .continuesInThisService, inWorkOrEducation: true), .situationIsNeither)
        XCTAssertNil(FollowUpRules.contradiction(situation: .continuesInThisService, inWorkOrEducation: false))
    }

    func testEveryOtherSituationAgreesWithEitherAnswer() {
        let judged = FollowUpRules.workOrEducation.union(FollowUpRules.neitherWorkNorEducation)
        for situation in NextPath.allCases where !judged.contains(situation) {
            XCTAssertNil(FollowUpRules.contradiction(situation: situation, inWorkOrEducation: true), "\(situation)")
            XCTAssertNil(FollowUpRules.contradiction(situation: situation, inWorkOrEducation: false), "\(situation)")
        }
    }

    func testAFollowUpIsDoneByToday() throws {
        let today = try XCTUnwrap(LocalDate(year: 2026, month: 5, day: 28))
        XCTAssertFalse(FollowUpRules.isInFuture(today, today: today))
        XCTAssertFalse(FollowUpRules.isInFuture(try XCTUnwrap(LocalDate(year: 2026, month: 5, day: 27)), today: today))
        XCTAssertTrue(FollowUpRules.isInFuture(try XCTUnwrap(LocalDate(year: 2026, month: 5, day: 29)), today: today))
    }

    func testADateNoCalendarHasIsToldFromADateWrittenWrong() throws {
        XCTAssertEqual(FinnishFormat.readDate("28.2.2026"), .date(try XCTUnwrap(LocalDate(year: 2026, month: 2, day: 28))))
        XCTAssertEqual(FinnishFormat.readDate(" 2026-02-28 "), .date(try XCTUnwrap(LocalDate(year: 2026, month: 2, day: 28))))
        for noSuchDay in ["31.2.2026", "29.2.2026", "30.02.2026", "1.13.2026", "0.1.2026", "2026-02-30", "2026-13-01"] {
            XCTAssertEqual(FinnishFormat.readDate(noSuchDay), .noSuchDate, noSuchDay)
            XCTAssertNil(FinnishFormat.parseDate(noSuchDay), noSuchDay)
        }
        XCTAssertEqual(FinnishFormat.readDate("29.2.2028"), .date(try XCTUnwrap(LocalDate(year: 2028, month: 2, day: 29))), "a leap day")
        for malformed in ["abc", "31.2.26", "31/2/2026", "2026-2-3", "1.3.2026.", "", "1..2026"] {
            XCTAssertEqual(FinnishFormat.readDate(malformed), .malformed, malformed)
        }
    }
}
