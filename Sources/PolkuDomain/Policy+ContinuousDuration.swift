import Foundation

/// The continuous-duration arithmetic, in one place so that the checks, the helpers the app shows
/// and the reminders cannot count months differently. Every span of months is reckoned by the Finnish rule
/// (`LocalDate.lastDayOfSpan`, decision 102).
extension Policy {
    /// A run starting on `start` may last exactly `maxContinuousMonths`: 1.1.2026 → 31.12.2027.
    public func lastAllowedDay(ofRunStartingOn start: LocalDate) -> LocalDate {
        start.lastDayOfSpan(months: maxContinuousMonths)
    }

    /// The break begins the day after the run's last day and lasts `breakMonths`; a new run may start on the
    /// returned day, the first after the break.
    public func firstDayAfterBreak(followingRunEndingOn end: LocalDate) -> LocalDate {
        end.adding(days: 1).lastDayOfSpan(months: breakMonths).adding(days: 1)
    }

    /// `usualPeriodMonths` from `start`, e.g. 1.3.2026 → 31.5.2026, 31.1.2026 → 30.4.2026.
    public func usualEnd(of start: LocalDate) -> LocalDate {
        start.lastDayOfSpan(months: usualPeriodMonths)
    }

    /// Joins periods into continuous runs: a gap shorter than `breakMonths` does not interrupt
    /// the service. Overlapping periods simply merge. Result sorted by start.
    func continuousRuns(_ periods: [DateRange]) -> [DateRange] {
        var runs: [DateRange] = []
        for period in periods.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = runs.last, period.start < firstDayAfterBreak(followingRunEndingOn: last.end) {
                runs[runs.count - 1].end = max(last.end, period.end)
            } else {
                runs.append(period)
            }
        }
        return runs
    }
}
