import Foundation
import PolkuDomain

/// The generator's seats over time. Each seat of a place is a lane that one client's run of periods holds from
/// its first to its last week; the next client on that lane starts in a later ISO week. So no week ever has more
/// clients at a place than seats (decision 58 counts a seat per week), in the past as well as now.
struct DemoSeatLanes {
    /// Place → lane → the first day the lane is free.
    private var freeFrom: [[LocalDate]]

    init(capacities: [Int], from start: LocalDate) {
        freeFrom = capacities.map { Array(repeating: start, count: max(1, $0)) }
    }

    /// The lane of `place` that frees first, and from which day.
    func earliest(_ place: Int) -> (lane: Int, day: LocalDate) {
        var best = 0
        for lane in freeFrom[place].indices where freeFrom[place][lane] < freeFrom[place][best] { best = lane }
        return (best, freeFrom[place][best])
    }

    mutating func hold(_ place: Int, lane: Int, through lastDay: LocalDate) {
        freeFrom[place][lane] = Self.mondayAfter(lastDay)
    }

    /// The Monday of the ISO week after the one `day` is in.
    static func mondayAfter(_ day: LocalDate) -> LocalDate {
        day.adding(days: 8 - day.weekday.rawValue)
    }
}
