import Foundation
import PolkuDomain

extension QueueEntry.State {
    var textKey: TextKey {
        switch self {
        case .waiting: .queueStateWaiting
        case .placed: .queueStatePlaced
        case .withdrawn: .queueStateWithdrawn
        }
    }
}

extension VisitOutcome {
    var textKey: TextKey {
        switch self {
        case .wentWell: .visitOutcomeWentWell
        case .notSuitable: .visitOutcomeNotSuitable
        case .didNotCome: .visitOutcomeDidNotCome
        }
    }
}

extension FinnishHoliday {
    var textKey: TextKey {
        switch self {
        case .newYearsDay: .holidayNewYearsDay
        case .epiphany: .holidayEpiphany
        case .goodFriday: .holidayGoodFriday
        case .easterSunday: .holidayEasterSunday
        case .easterMonday: .holidayEasterMonday
        case .mayDay: .holidayMayDay
        case .ascensionDay: .holidayAscensionDay
        case .whitsunday: .holidayWhitsunday
        case .midsummerEve: .holidayMidsummerEve
        case .midsummerDay: .holidayMidsummerDay
        case .allSaintsDay: .holidayAllSaintsDay
        case .independenceDay: .holidayIndependenceDay
        case .christmasEve: .holidayChristmasEve
        case .christmasDay: .holidayChristmasDay
        case .boxingDay: .holidayBoxingDay
        }
    }
}

enum PlacementFormat {
    /// "28.5.2026" from an ISO date, or the text as it is.
    static func date(_ iso: String?) -> String {
        guard let iso else { return "–" }
        return LocalDate(isoString: iso).map(FinnishFormat.date) ?? iso
    }
}
