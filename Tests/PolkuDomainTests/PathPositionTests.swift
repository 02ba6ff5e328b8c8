import Foundation
import PolkuDomain
import Testing

struct PathPositionTests {
    /// Facts of a client who has done every step before the period.
    private static let decided = PathFacts(hasReferral: true, referralAccepted: true, hasAssessment: true, hasPlan: true,
                                           hasPlace: true, hasVisit: true, hasDecision: true)

    private static func decided(then change: (inout PathFacts) -> Void) -> PathFacts {
        var facts = decided
        change(&facts)
        return facts
    }

    @Test(arguments: [
        (PathFacts(), PathStep.referral),
        (PathFacts(hasReferral: true), .referral),
        (PathFacts(hasReferral: true, referralAccepted: true), .assessment),
        (PathFacts(hasReferral: true, referralAccepted: true, hasAssessment: true), .plan),
        (PathFacts(hasReferral: true, referralAccepted: true, hasAssessment: true, hasPlan: true), .placement),
        (PathFacts(hasReferral: true, referralAccepted: true, hasAssessment: true, hasPlan: true, hasPlace: true), .visit),
        (Self.decided(then: { $0.hasDecision = false }), .decision),
        (Self.decided, .period),
        (Self.decided(then: { $0.hasActiveOrPlannedPeriod = true }), .period),
        (Self.decided(then: { $0.hasEndedPeriod = true }), .ending),
        (Self.decided(then: { $0.hasEndedPeriod = true; $0.hasEnding = true }), .followUp),
        (Self.decided(then: { $0.hasEndedPeriod = true; $0.hasEnding = true; $0.followUpsDone = 2 }), .followUp),
    ])
    func stepByStep(facts: PathFacts, expected: PathStep) {
        #expect(PathPosition.current(facts) == expected)
    }

    @Test func anEarlierGapDoesNotHideALaterStep() {
        // The first missing step wins before any period: the plan is missing although a place is found.
        #expect(PathPosition.current(Self.decided(then: { $0.hasPlan = false })) == .plan)
        // Once a period exists, the period decides: no visit was recorded, but the client is in a period.
        let inPeriod = PathFacts(hasReferral: true, referralAccepted: true, hasActiveOrPlannedPeriod: true)
        #expect(PathPosition.current(inPeriod) == .period)
        #expect(PathPosition.current(PathFacts(hasEndedPeriod: true)) == .ending)
    }

    @Test func aReturnAfterTheEndingIsAPeriodAgain() {
        let returned = Self.decided(then: { $0.hasEndedPeriod = true; $0.hasEnding = true; $0.followUpsDone = 1
            $0.hasActiveOrPlannedPeriod = true })
        #expect(PathPosition.current(returned) == .period)
        #expect(!PathPosition.isComplete(returned))
    }

    @Test func endingWithoutAnyPeriodLeadsToFollowUp() {
        // E.g. the assessment found the client belongs to another service and the hand-over was recorded.
        let facts = PathFacts(hasReferral: true, referralAccepted: true, hasAssessment: true, hasEnding: true)
        #expect(PathPosition.current(facts) == .followUp)
    }

    @Test func completeOnlyAfterBothFollowUps() {
        let ended = Self.decided(then: { $0.hasEndedPeriod = true; $0.hasEnding = true })
        #expect(!PathPosition.isComplete(ended))
        #expect(!PathPosition.isComplete(Self.decided(then: { $0.hasEndedPeriod = true; $0.hasEnding = true; $0.followUpsDone = 1 })))
        #expect(PathPosition.isComplete(Self.decided(then: { $0.hasEndedPeriod = true; $0.hasEnding = true; $0.followUpsDone = 2 })))
    }

    @Test func stepsAreInPathOrder() {
        #expect(PathStep.allCases.map(\.rawValue) == [
            "referral", "assessment", "plan", "placement", "visit", "decision", "period", "ending", "followUp",
        ])
    }
}
