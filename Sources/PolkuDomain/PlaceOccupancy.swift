import Foundation

/// How many of a place's seats are taken: a seat is taken by each planned or active period that covers
/// the day (or overlaps the week). Interrupted and ended periods free their seat.
public enum PlaceOccupancy {
    public struct Stay: Sendable, Equatable {
        public var range: DateRange
        public var status: PeriodStatus

        public init(range: DateRange, status: PeriodStatus) {
            self.range = range
            self.status = status
        }

        var holdsSeat: Bool { status == .planned || status == .active }
    }

    public static func occupied(_ stays: [Stay], on day: LocalDate) -> Int {
        stays.filter { $0.holdsSeat && $0.range.contains(day) }.count
    }

    /// The most seats taken on any day of `range`: a seat freed on Wednesday and taken again on Thursday is one seat.
    public static func peakOccupied(_ stays: [Stay], during range: DateRange) -> Int {
        var day = range.start, peak = 0
        while day <= range.end {
            peak = max(peak, occupied(stays, on: day))
            day = day.adding(days: 1)
        }
        return peak
    }

    public static func free(capacity: Int, occupied: Int) -> Int { max(0, capacity - occupied) }

    /// Full when every seat is taken (or the place has none): a client then waits in the queue.
    public static func isFull(capacity: Int, occupied: Int) -> Bool { occupied >= capacity }
}

/// The order of a place's queue: urgent entries first, then first come first served by the time queued.
public enum PlacementQueue {
    public struct Entry: Sendable, Equatable {
        public var id: UUID
        public var queuedAt: Date
        public var isUrgent: Bool

        public init(id: UUID, queuedAt: Date, isUrgent: Bool) {
            self.id = id
            self.queuedAt = queuedAt
            self.isUrgent = isUrgent
        }
    }

    /// Ties (the same instant) are broken by id, so the order never reshuffles between page loads.
    public static func ordered(_ entries: [Entry]) -> [Entry] {
        entries.sorted { lhs, rhs in
            if lhs.isUrgent != rhs.isUrgent { return lhs.isUrgent }
            if lhs.queuedAt != rhs.queuedAt { return lhs.queuedAt < rhs.queuedAt }
            return lhs.id.uuidString < rhs.id.uuidString
        }
    }

    /// Days waited: 0 on the day of queuing.
    public static func waitingDays(queuedOn: LocalDate, until end: LocalDate) -> Int {
        max(0, queuedOn.days(until: end))
    }
}

/// The notice to the workplace's shop steward (pääluottamusmies) before a client starts in the county's
/// own production, so that the activity is seen not to replace paid work.
public enum ShopStewardNotice {
    /// A notice dated after the first day is recorded but flagged late.
    public static func isLate(notifiedOn: LocalDate, periodStartsOn: LocalDate) -> Bool {
        notifiedOn > periodStartsOn
    }
}

/// Whether a client is expected at the place on a day: on the weekdays the decision names, or, when it
/// leaves them to be agreed at the place, every working day for five days a week and "on some days" for fewer.
public enum Attendance {
    public enum Expectation: String, Sendable, Equatable {
        case expected, someDays, notExpected
    }

    public static func expectation(on day: LocalDate, period: DateRange, status: PeriodStatus, daysPerWeek: Int,
                                   weekdays: [Weekday] = []) -> Expectation {
        guard status == .active || status == .planned, period.contains(day), FinnishCalendar.isWorkingDay(day) else { return .notExpected }
        if !weekdays.isEmpty { return weekdays.contains(day.weekday) ? .expected : .notExpected }
        return daysPerWeek >= 5 ? .expected : .someDays
    }
}

/// How a familiarization visit went (seed 003: the visit comes before the decision).
public enum VisitOutcome: String, Sendable, Codable, CaseIterable {
    /// The client and the place want to continue to a decision.
    case wentWell
    /// Not suitable; the reason is required.
    case notSuitable
    case didNotCome
}
