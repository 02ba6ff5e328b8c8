import Foundation

// Coded values of the client path. The raw values are stored in the database, sent by the API and
// used as translation keys, so a case may be added but never renamed. One shared set for every
// region, so that regions record — and can compare — the same things (the path of DESIGN.md).

/// What became of a referral; the referrer sees it ("nobody knows where clients end up").
public enum ReferralState: String, Sendable, Codable, CaseIterable {
    case received, accepted, returned, queued
}

public enum Urgency: String, Sendable, Codable, CaseIterable {
    case normal, urgent
}

/// Why the organizer need not arrange the service for someone (law 189/2001 as DESIGN.md sums it up, "not for
/// everyone"): found in the assessment, confirmed with a reason on the decision (decision 112).
public enum EligibilityFlag: String, Sendable, Codable, CaseIterable {
    case worksOverEightHoursAWeek, fullTimeEntrepreneur, fullTimeStudent, inAnotherEmploymentService
}

/// Where a referral comes from (seeds 001 and 002), so that reports can count where clients come from.
public enum ReferralSource: String, Sendable, Codable, CaseIterable {
    /// The client asked for the service themself.
    case selfReferral
    case adultSocialWork
    /// After-care (jälkihuolto) of young people who were in child welfare.
    case afterCare
    case mentalHealthAndSubstanceServices
    case employmentServices
    case healthCare
    case other
}

/// The outcome of the service needs assessment: this service, or the one the client belongs to first.
public enum AssessmentConclusion: String, Sendable, Codable, CaseIterable {
    case rehabilitativeWorkActivity
    case socialRehabilitation
    /// Work activity under the Social Welfare Act, not this law.
    case workActivitySocialWelfareAct
    case disabilityServices
    case healthCare
    case otherService

    /// The client is primarily another service's client; the path continues with a hand-over,
    /// not with a plan for this service.
    public var belongsElsewhere: Bool { self != .rehabilitativeWorkActivity }
}

/// Needs found alongside the work activity, to be met by other services in parallel.
public enum OtherServiceNeed: String, Sendable, Codable, CaseIterable {
    case health, mentalHealth, substanceServices, social, housing, debtCounselling
}

/// The plan the client enters through. Since HE 109/2025 the activation plan is kept only for
/// clients on social assistance; others come through the multisectoral employment plan.
public enum PlanKind: String, Sendable, Codable, CaseIterable {
    case activationPlan, multisectoralEmploymentPlan
}

/// A member's role in the client's team; roles vary by municipality, so the set is broad and has `other`.
public enum TeamRole: String, Sendable, Codable, CaseIterable {
    case socialWorker, socialCounsellor, employmentSpecialist, workCoach, kelaWorkAbilityAdvisor, healthNurse, other
}

public enum EndingReason: String, Sendable, Codable, CaseIterable {
    case completed, anotherService, employment, education, health, absences, movedAway, clientsOwnDecision, other
}

/// Where the client goes next (jatkopolku): recorded at the ending and again at each follow-up,
/// so that outcomes can be counted.
public enum NextPath: String, Sendable, Codable, CaseIterable {
    case openLabourMarketJob, paySubsidisedJob, workTrial, education, employmentServices
    /// TYP, the multisectoral joint service (law 1369/2014).
    case multisectoralService
    case workAbilityAssessment, kelaVocationalRehabilitation, socialRehabilitation, healthCare, pension
    case continuesInThisService, noNextService, other
}

/// A period's state on a given day, never stored: it follows from the period's dates and what was recorded
/// of it (decision 101).
public enum PeriodStatus: String, Sendable, Codable, CaseIterable {
    case planned, active, interrupted, ended

    /// Planned before the first day, active from it to the last, ended after it — without anyone touching the
    /// period. An interruption or an ending cuts the last day to its own and counts from that day on; an
    /// interruption before the first day (a cancellation) leaves the last day before the first.
    public static func on(_ day: LocalDate, startsOn: LocalDate, endsOn: LocalDate, recorded: PeriodRecord) -> PeriodStatus {
        switch recorded {
        case .interrupted where day >= endsOn: return .interrupted
        case .ended where day >= endsOn: return .ended
        default: break
        }
        if day < startsOn { return .planned }
        return day > endsOn ? .ended : .active
    }
}

/// What has been recorded of a period after its decision: nothing yet, an interruption, or an ending.
public enum PeriodRecord: String, Sendable, Codable, CaseIterable {
    case open, interrupted, ended
}

/// When to ask where the client is after the service: step 9 of the path, the first and the second follow-up. The
/// raw values name the seeds' 3 and 6 months; the months themselves are the organizer's (`PolicyTimings`).
public enum FollowUpPoint: String, Sendable, Codable, CaseIterable {
    case threeMonths, sixMonths

    /// The day the follow-up falls due, by the timings in force on the end day; month arithmetic clamps
    /// (31.3. + 3 months = 30.6.).
    public func dueOn(afterEndOn endedOn: LocalDate, timings: PolicyTimings) -> LocalDate {
        endedOn.adding(months: timings.months(of: self))
    }
}
