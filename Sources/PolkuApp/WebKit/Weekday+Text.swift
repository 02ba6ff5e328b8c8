import PolkuDomain

/// "ma", "ti"…: the short day names of the coach's week and of a place's opening days.
extension Weekday {
    var shortTextKey: TextKey {
        switch self {
        case .monday: .weekdayMon
        case .tuesday: .weekdayTue
        case .wednesday: .weekdayWed
        case .thursday: .weekdayThu
        case .friday: .weekdayFri
        case .saturday: .weekdaySat
        case .sunday: .weekdaySun
        }
    }
}
