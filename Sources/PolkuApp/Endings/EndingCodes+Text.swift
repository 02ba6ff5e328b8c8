import PolkuDomain

extension EndingReason {
    var textKey: TextKey {
        switch self {
        case .completed: .reasonCompleted
        case .anotherService: .reasonAnotherService
        case .employment: .reasonEmployment
        case .education: .reasonEducation
        case .health: .reasonHealth
        case .absences: .reasonAbsences
        case .movedAway: .reasonMovedAway
        case .clientsOwnDecision: .reasonClientsOwnDecision
        case .other: .reasonOther
        }
    }
}

extension NextPath {
    var textKey: TextKey {
        switch self {
        case .openLabourMarketJob: .nextPathOpenLabourMarketJob
        case .paySubsidisedJob: .nextPathPaySubsidisedJob
        case .workTrial: .nextPathWorkTrial
        case .education: .nextPathEducation
        case .employmentServices: .nextPathEmploymentServices
        case .multisectoralService: .nextPathMultisectoralService
        case .workAbilityAssessment: .nextPathWorkAbilityAssessment
        case .kelaVocationalRehabilitation: .nextPathKelaVocationalRehabilitation
        case .socialRehabilitation: .nextPathSocialRehabilitation
        case .healthCare: .nextPathHealthCare
        case .pension: .nextPathPension
        case .continuesInThisService: .nextPathContinuesInThisService
        case .noNextService: .nextPathNoNextService
        case .other: .nextPathOther
        }
    }
}

extension EndingDTO.FollowUpDue {
    /// "3 months after the end", by the months the organizer's policy set for this ending.
    func label(_ t: Texts) -> String { t(.followUpMonthsAfterEnd, ["months": "\(monthsAfterEnd)"]) }
}

extension EndingDTO.FollowUpDue {
    /// "Done 1.9.2026", "Due now" or "Upcoming".
    func stateText(_ t: Texts) -> String {
        switch FollowUpSchedule.State(rawValue: state) {
        case .done: t(.followUpStateDone, ["date": doneOn.map(EndingInput.finnish) ?? ""])
        case .due: t[.followUpStateDue]
        case .upcoming, nil: t[.followUpStateUpcoming]
        }
    }
}
