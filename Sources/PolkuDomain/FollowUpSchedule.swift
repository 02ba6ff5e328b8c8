import Foundation

/// Where each follow-up after an ending stands on a given day: step 9 of the path asks where the
/// client is 3 and 6 months after the end, and "nobody knows where clients end up" unless someone asks.
public struct FollowUpSchedule: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        /// Recorded.
        case done
        /// Due today or earlier and not recorded yet.
        case due
        /// Not due yet.
        case upcoming
    }

    public struct Item: Sendable, Equatable {
        public var point: FollowUpPoint
        public var dueOn: LocalDate
        public var state: State
    }

    public var items: [Item]

    /// `done`: the points already recorded for this ending; `timings`: the organizer's in force on `endedOn`.
    public init(endedOn: LocalDate, done: Set<FollowUpPoint>, today: LocalDate, timings: PolicyTimings) {
        items = FollowUpPoint.allCases.map { point in
            let dueOn = point.dueOn(afterEndOn: endedOn, timings: timings)
            let state: State = done.contains(point) ? .done : (dueOn <= today ? .due : .upcoming)
            return Item(point: point, dueOn: dueOn, state: state)
        }
    }

    /// The first point not recorded yet, to offer as the next follow-up.
    public var next: Item? { items.first { $0.state != .done } }
}
