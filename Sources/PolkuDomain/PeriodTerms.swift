import Foundation

/// A period's weekly terms on a day (decision 228): those of the decision that started it, as the change decisions
/// in force by that day have changed them. A change is dated: the days before it keep the old terms, so the coach's
/// week, the client's own page and the summary each read the terms of the day they show.
public struct PeriodTerms: Sendable, Equatable {
    public var daysPerWeek: Int
    public var minutesPerDay: Int
    /// The weekdays named in the decision; empty when the days are agreed at the place.
    public var weekdays: [Weekday]

    /// What one change decision changes from its day; nil keeps the value in force.
    public struct Change: Sendable, Equatable {
        public var effectiveOn: LocalDate
        public var decidedOn: LocalDate
        public var daysPerWeek: Int?
        public var minutesPerDay: Int?

        public init(effectiveOn: LocalDate, decidedOn: LocalDate, daysPerWeek: Int?, minutesPerDay: Int?) {
            self.effectiveOn = effectiveOn
            self.decidedOn = decidedOn
            self.daysPerWeek = daysPerWeek
            self.minutesPerDay = minutesPerDay
        }
    }

    public init(daysPerWeek: Int, minutesPerDay: Int, weekdays: [Weekday]) {
        self.daysPerWeek = daysPerWeek
        self.minutesPerDay = minutesPerDay
        self.weekdays = weekdays
    }

    /// The terms on `day`: the changes in force by then applied in the order of their days, and of their decision
    /// days for two from the same day (the later decision replaces the earlier). A new number of days a week no
    /// longer fits the named weekdays, so the days are then agreed at the place; the same number keeps them.
    public func on(_ day: LocalDate, changes: [Change]) -> PeriodTerms {
        changes.filter { $0.effectiveOn <= day }
            .sorted { ($0.effectiveOn, $0.decidedOn) < ($1.effectiveOn, $1.decidedOn) }
            .reduce(self) { terms, change in
                var next = terms
                if let days = change.daysPerWeek, days != terms.daysPerWeek {
                    next.daysPerWeek = days
                    next.weekdays = []
                }
                if let minutes = change.minutesPerDay { next.minutesPerDay = minutes }
                return next
            }
    }
}
