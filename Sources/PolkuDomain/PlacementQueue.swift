import Foundation

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
            return UUID.inStringOrder(lhs.id, rhs.id)
        }
    }

    /// Days waited: 0 on the day of queuing.
    public static func waitingDays(queuedOn: LocalDate, until end: LocalDate) -> Int {
        max(0, queuedOn.days(until: end))
    }
}
