import Foundation
import PolkuDomain
import Testing

struct PolicyTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }

    @Test func legalDefaultsAreTheLawAndHelsinkiPractice() {
        let policy = Policy.legalDefaults(validFrom: day("2026-01-01"))
        #expect(policy.validFrom == day("2026-01-01"))
        #expect(policy.validTo == nil)
        #expect((policy.minDaysPerWeek, policy.maxDaysPerWeek) == (1, 4))
        #expect((policy.minMinutesPerDay, policy.maxMinutesPerDay, policy.maxMinutesPerWeek) == (240, 480, 1920))
        #expect((policy.usualPeriodMonths, policy.maxContinuousMonths, policy.breakMonths) == (3, 24, 3))
        #expect(policy.continuationPastMaximumAllowed == false)
        #expect(policy.compensationCentsPerDay == 900)
        #expect(policy.travelRules == "")
        #expect(policy.minPeriodMonths == 3)
        let t = policy.timings
        #expect((t.interimFromPercent, t.finalWindowDays, t.finalRemindedDaysAfterEnd) == (50, 14, 90))
        #expect((t.firstFollowUpMonths, t.secondFollowUpMonths) == (3, 6))
        #expect((t.nextStepReminderDays, t.continuousLimitReminderDays, t.shopStewardNoticeReminderDays) == (30, 60, 14))
        #expect(t.feedbackDaysAfterEnd == 60)
    }

    @Test func timingsFollowThePolicyInForceOnTheDay() {
        let book = PolicyBook([Policy(validFrom: day("2026-01-01"), validTo: day("2026-05-31")),
                               Policy(validFrom: day("2026-06-01"), timings: PolicyTimings(nextStepReminderDays: 45))])
        #expect(book.timings(on: day("2026-05-31")).nextStepReminderDays == 30)
        #expect(book.timings(on: day("2026-06-01")).nextStepReminderDays == 45)
        #expect(PolicyBook([]).timings(on: day("2026-06-01")) == PolicyTimings(), "no policy: what a new one starts from")
    }

    @Test func inForceFromFirstToLastDayInclusive() {
        let policy = Policy(validFrom: day("2026-01-01"), validTo: day("2026-05-31"))
        #expect(!policy.isInForce(on: day("2025-12-31")))
        #expect(policy.isInForce(on: day("2026-01-01")))
        #expect(policy.isInForce(on: day("2026-05-31")))
        #expect(!policy.isInForce(on: day("2026-06-01")))
    }

    @Test func openEndedPolicyStaysInForce() {
        let policy = Policy.legalDefaults(validFrom: day("2026-01-01"))
        #expect(policy.isInForce(on: day("9999-12-31")))
        #expect(!policy.isInForce(on: day("2025-12-31")))
    }

    @Test func codableRoundTrip() throws {
        let policies = [
            Policy(validFrom: day("2026-01-01"), validTo: day("2026-05-31"), maxDaysPerWeek: 3,
                   continuationPastMaximumAllowed: true, travelRules: "HSL AB"),
            Policy.legalDefaults(validFrom: day("2026-06-01")),
        ]
        let json = try JSONEncoder().encode(policies)
        #expect(try JSONDecoder().decode([Policy].self, from: json) == policies)
        #expect(String(decoding: json, as: UTF8.self).contains(#""validFrom":"2026-01-01""#))
    }

    @Test func bookFindsThePolicyOfTheDay() {
        let old = Policy(validFrom: day("2026-01-01"), validTo: day("2026-05-31"))
        let new = Policy(validFrom: day("2026-06-01"), maxDaysPerWeek: 3)
        let book = PolicyBook([new, old])
        #expect(book.policy(on: day("2025-12-31")) == nil)
        #expect(book.policy(on: day("2026-05-31")) == old)
        #expect(book.policy(on: day("2026-06-01")) == new)
        #expect(PolicyBook([]).policy(on: day("2026-06-01")) == nil)
    }

    @Test func gapBetweenPoliciesHasNoPolicy() {
        let book = PolicyBook([Policy(validFrom: day("2026-01-01"), validTo: day("2026-05-31")),
                               Policy(validFrom: day("2026-07-01"))])
        #expect(book.policy(on: day("2026-06-15")) == nil)
        #expect(book.policy(on: day("2026-07-01")) != nil)
    }

    @Test func latestStartWinsWhenPoliciesOverlap() {
        let openEnded = Policy(validFrom: day("2026-01-01"))
        let later = Policy(validFrom: day("2026-03-01"), validTo: day("2026-03-31"), maxDaysPerWeek: 2)
        let book = PolicyBook([later, openEnded])
        #expect(book.policy(on: day("2026-02-28")) == openEnded)
        #expect(book.policy(on: day("2026-03-15")) == later)
        #expect(book.policy(on: day("2026-04-01")) == openEnded)
    }

    @Test func sameStartLaterInListWins() {
        let first = Policy(validFrom: day("2026-01-01"), maxDaysPerWeek: 2)
        let second = Policy(validFrom: day("2026-01-01"), maxDaysPerWeek: 3)
        #expect(PolicyBook([first, second]).policy(on: day("2026-01-01")) == second)
        #expect(PolicyBook([second, first]).policy(on: day("2026-01-01")) == first)
    }

    @Test func adjacentPoliciesDoNotOverlap() {
        let policies = [Policy(validFrom: day("2026-01-01"), validTo: day("2026-05-31")),
                        Policy(validFrom: day("2026-06-01"))]
        #expect(PolicyBook.overlapping(policies).isEmpty)
        #expect(PolicyBook.overlapping([]).isEmpty)
    }

    @Test func sharingOneDayIsAnOverlap() throws {
        let early = Policy(validFrom: day("2026-01-01"), validTo: day("2026-06-01"))
        let late = Policy(validFrom: day("2026-06-01"), validTo: day("2026-12-31"))
        let pairs = PolicyBook.overlapping([late, early])
        try #require(pairs.count == 1)
        // Ordered by start, whatever the input order.
        #expect(pairs[0].0 == early)
        #expect(pairs[0].1 == late)
    }

    @Test func openEndsOverlapEverythingAfterThem() {
        let a = Policy(validFrom: day("2026-01-01"))
        let b = Policy(validFrom: day("2030-01-01"), validTo: day("2030-12-31"))
        let c = Policy(validFrom: day("2025-01-01"), validTo: day("2025-12-31"))
        let d = Policy(validFrom: day("2031-01-01"))
        let pairs = PolicyBook.overlapping([a, b, c, d])
        let starts = pairs.map { [$0.0.validFrom.isoString, $0.1.validFrom.isoString] }
        #expect(starts == [["2026-01-01", "2030-01-01"], ["2026-01-01", "2031-01-01"]])
    }
}
