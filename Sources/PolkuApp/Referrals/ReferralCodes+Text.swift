import PolkuDomain

extension ReferralState {
    var textKey: TextKey {
        switch self {
        case .received: .stateReceived
        case .accepted: .stateAccepted
        case .returned: .stateReturned
        case .queued: .stateQueued
        }
    }

    /// The decision that moves a referral to this state, as the decider reads it.
    var decisionKey: TextKey {
        switch self {
        case .accepted: .decisionAccept
        case .returned: .decisionReturn
        case .queued, .received: .decisionQueue
        }
    }
}

extension Urgency {
    var textKey: TextKey {
        switch self {
        case .normal: .urgencyNormal
        case .urgent: .urgencyUrgent
        }
    }
}

extension ReferralDTO {
    var receivedDate: String { LocalDate(isoString: receivedOn).map(FinnishFormat.date) ?? receivedOn }
    var decidedDate: String? { decidedOn.map { LocalDate(isoString: $0).map(FinnishFormat.date) ?? $0 } }
}

extension ReferralSource {
    var textKey: TextKey {
        switch self {
        case .selfReferral: .sourceSelfReferral
        case .adultSocialWork: .sourceAdultSocialWork
        case .afterCare: .sourceAfterCare
        case .mentalHealthAndSubstanceServices: .sourceMentalHealthAndSubstance
        case .employmentServices: .sourceEmploymentServices
        case .healthCare: .sourceHealthCare
        case .other: .sourceOther
        }
    }
}

extension EligibilityFlag {
    var textKey: TextKey {
        switch self {
        case .worksOverEightHoursAWeek: .eligibilityOverEightHours
        case .fullTimeEntrepreneur: .eligibilityEntrepreneur
        case .fullTimeStudent: .eligibilityStudent
        case .inAnotherEmploymentService: .eligibilityOtherService
        }
    }
}
