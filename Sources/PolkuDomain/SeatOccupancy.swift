import Foundation

/// Occupied and free seats of a place, week by week — the one rule of every page and the API (the
/// registry, the queues, matching). A seat is one client at a time: a period occupies a seat in every
/// ISO week in which it covers at least one of the place's open days (a period from Saturday on does
/// not occupy that week when the place is open Monday to Friday). "Now" is the week holding today.
public enum SeatOccupancy {
    /// A period that holds a seat: planned or active (interrupted and ended ones free theirs), first and
    /// last day included.
    public struct Booking: Sendable, Equatable {
        public let startsOn: LocalDate
        public let endsOn: LocalDate
        public init(startsOn: LocalDate, endsOn: LocalDate) {
            self.startsOn = startsOn
            self.endsOn = endsOn
        }
    }

    public struct Week: Sendable, Equatable {
        public let week: ISOWeek
        public let capacity: Int
        public let occupied: Int
        /// Never below zero; `overbooked` tells when more clients than seats are booked.
        public var free: Int { max(0, capacity - occupied) }
        public var overbooked: Bool { occupied > capacity }
        /// No free seat: a client then waits in the queue. A place with no seats is always full.
        public var isFull: Bool { free == 0 }
    }

    /// The week holding `today`: what the pages mean by "free now" and "full".
    public static func thisWeek(capacity: Int, openDays: Set<Weekday>, bookings: [Booking], today: LocalDate) -> Week {
        weeks(capacity: capacity, openDays: openDays, bookings: bookings, from: today, count: 1)[0]
    }

    public static func weeks(capacity: Int, openDays: Set<Weekday>, bookings: [Booking], from today: LocalDate, count: Int) -> [Week] {
        // A place with no open days recorded is taken to be open on weekdays.
        let days = openDays.isEmpty ? Set(Weekday.allCases.filter { !$0.isWeekend }) : openDays
        return ISOWeek.weeks(from: today, count: count).map { week in
            let occupied = bookings.filter { covers($0, week: week, days: days) }.count
            return Week(week: week, capacity: capacity, occupied: occupied)
        }
    }

    static func covers(_ booking: Booking, week: ISOWeek, days: Set<Weekday>) -> Bool {
        let first = max(booking.startsOn, week.monday)
        let last = min(booking.endsOn, week.sunday)
        guard first <= last else { return false }
        var day = first
        while day <= last {
            if days.contains(day.weekday) { return true }
            day = day.adding(days: 1)
        }
        return false
    }
}
