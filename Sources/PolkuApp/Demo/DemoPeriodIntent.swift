import Foundation
import PolkuDomain

/// The generator makes each period with the state it means it to have today; the period stores only what is
/// recorded (decision 101). Ended means ended by an ending; a past period a next one continues stays open.
extension Period {
    convenience init(clientID: UUID, placeID: UUID, startsOn: String, endsOn: String, intended: PeriodStatus) {
        self.init(clientID: clientID, placeID: placeID, startsOn: startsOn, endsOn: endsOn, recorded: PeriodRecord(intended: intended))
    }

    /// The state the generator meant: an open period is planned or active by its first day alone.
    func intended(today: LocalDate) -> PeriodStatus {
        switch recorded {
        case .ended: .ended
        case .interrupted: .interrupted
        case .open: startsOn > today.isoString ? .planned : .active
        }
    }
}

extension PeriodRecord {
    init(intended: PeriodStatus) {
        switch intended {
        case .planned, .active: self = .open
        case .interrupted: self = .interrupted
        case .ended: self = .ended
        }
    }
}

extension ReferralSource {
    /// The demo's source of a referral: employment services send their own; referrals the county's social work
    /// sends come from adult social work mostly, else after-care, mental health and substance services, health
    /// care or the client themself. Taken from the referral's id, so the generator's random streams stay as they were.
    static func demo(referralID: UUID, employmentServices: Bool) -> ReferralSource {
        if employmentServices { return .employmentServices }
        let spread: [ReferralSource] = [.adultSocialWork, .adultSocialWork, .adultSocialWork, .adultSocialWork, .afterCare,
                                        .mentalHealthAndSubstanceServices, .mentalHealthAndSubstanceServices, .healthCare, .selfReferral, .other]
        return spread[Int(referralID.uuid.15) % spread.count]
    }
}
