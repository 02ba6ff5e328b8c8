import Foundation
import PolkuDomain
import Testing

struct PathCodesTests {
    @Test func onlyThisServiceKeepsTheClientHere() {
        #expect(AssessmentConclusion.allCases.filter { !$0.belongsElsewhere } == [.rehabilitativeWorkActivity])
        #expect(AssessmentConclusion.allCases.filter(\.belongsElsewhere).count == 5)
    }

    // The raw values are stored and sent over the API: a rename would orphan data.
    @Test func rawValuesAreStable() {
        #expect(ReferralState.allCases.map(\.rawValue) == ["received", "accepted", "returned", "queued"])
        #expect(Urgency.allCases.map(\.rawValue) == ["normal", "urgent"])
        #expect(AssessmentConclusion.allCases.map(\.rawValue) == [
            "rehabilitativeWorkActivity", "socialRehabilitation", "workActivitySocialWelfareAct",
            "disabilityServices", "healthCare", "otherService",
        ])
        #expect(OtherServiceNeed.allCases.map(\.rawValue) == [
            "health", "mentalHealth", "substanceServices", "social", "housing", "debtCounselling",
        ])
        #expect(PlanKind.allCases.map(\.rawValue) == ["activationPlan", "multisectoralEmploymentPlan"])
        #expect(TeamRole.allCases.map(\.rawValue) == [
            "socialWorker", "socialCounsellor", "employmentSpecialist", "workCoach",
            "kelaWorkAbilityAdvisor", "healthNurse", "other",
        ])
        #expect(EndingReason.allCases.map(\.rawValue) == [
            "completed", "anotherService", "employment", "education", "health", "absences",
            "movedAway", "clientsOwnDecision", "other",
        ])
        #expect(NextPath.allCases.map(\.rawValue) == [
            "openLabourMarketJob", "paySubsidisedJob", "workTrial", "education", "employmentServices",
            "multisectoralService", "workAbilityAssessment", "kelaVocationalRehabilitation",
            "socialRehabilitation", "healthCare", "pension", "continuesInThisService", "noNextService", "other",
        ])
        #expect(PeriodStatus.allCases.map(\.rawValue) == ["planned", "active", "interrupted", "ended"])
        #expect(FollowUpPoint.allCases.map(\.rawValue) == ["threeMonths", "sixMonths"])
    }

    @Test func codesEncodeAsTheirRawValue() throws {
        let json = try JSONEncoder().encode([NextPath.multisectoralService])
        #expect(String(decoding: json, as: UTF8.self) == #"["multisectoralService"]"#)
        #expect(try JSONDecoder().decode([NextPath].self, from: json) == [.multisectoralService])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([NextPath].self, from: Data(#"["TYP"]"#.utf8)) }
    }

    @Test func followUpPoints() {
        let timings = PolicyTimings()
        #expect(FollowUpPoint.allCases.map(timings.months(of:)) == [3, 6])
        let ended = LocalDate(year: 2026, month: 3, day: 31)!
        #expect(FollowUpPoint.threeMonths.dueOn(afterEndOn: ended, timings: timings).isoString == "2026-06-30")
        #expect(FollowUpPoint.sixMonths.dueOn(afterEndOn: ended, timings: timings).isoString == "2026-09-30")
    }
}
