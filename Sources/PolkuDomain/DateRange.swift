import Foundation

/// A span of calendar days, both ends included, as periods are written on decisions (1.3.–31.5.2026).
public struct DateRange: Sendable, Codable, Equatable, Hashable {
    public var start: LocalDate
    public var end: LocalDate

    public init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: LocalDate) -> Bool {
        start <= date && date <= end
    }

    /// `date` if it is within the range, else the nearer end (an empty range gives its start).
    public func clamp(_ date: LocalDate) -> LocalDate {
        date < start ? start : (date > end ? max(start, end) : date)
    }
}
