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
