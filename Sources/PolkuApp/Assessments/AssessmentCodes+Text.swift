import PolkuDomain

extension AssessmentConclusion {
    var textKey: TextKey {
        switch self {
        case .rehabilitativeWorkActivity: .conclusionRehabilitativeWorkActivity
        case .socialRehabilitation: .conclusionSocialRehabilitation
        case .workActivitySocialWelfareAct: .conclusionWorkActivitySocialWelfareAct
        case .disabilityServices: .conclusionDisabilityServices
        case .healthCare: .conclusionHealthCare
        case .otherService: .conclusionOtherService
        }
    }
}

extension OtherServiceNeed {
    var textKey: TextKey {
        switch self {
        case .health: .otherNeedHealth
        case .mentalHealth: .otherNeedMentalHealth
        case .substanceServices: .otherNeedSubstanceServices
        case .social: .otherNeedSocial
        case .housing: .otherNeedHousing
        case .debtCounselling: .otherNeedDebtCounselling
        }
    }
}
