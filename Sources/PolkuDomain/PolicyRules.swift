import Foundation

/// Checks of schedules and periods against the policy in force. Every check reports all
/// violations at once so that a form can mark every wrong field in one round.
public enum PolicyRules {
    /// `date` is the day the schedule takes effect (the period's start or the decision day);
    /// its policy decides, so a change of rules never judges decisions made before it.
    public static func check(_ schedule: Schedule, on date: LocalDate, book: PolicyBook) -> [PolicyViolation] {
        guard let policy = book.policy(on: date) else { return [.noPolicyInForce(on: date)] }
        var violations: [PolicyViolation] = []
        if schedule.daysPerWeek < policy.minDaysPerWeek {
            violations.append(.daysPerWeekBelowMinimum(min: policy.minDaysPerWeek))
        }
        if schedule.daysPerWeek > policy.maxDaysPerWeek {
            violations.append(.daysPerWeekAboveMaximum(max: policy.maxDaysPerWeek))
        }
        if schedule.minutesPerDay < policy.minMinutesPerDay {
            violations.append(.minutesPerDayBelowMinimum(min: policy.minMinutesPerDay))
        }
        if schedule.minutesPerDay > policy.maxMinutesPerDay {
            violations.append(.minutesPerDayAboveMaximum(max: policy.maxMinutesPerDay))
        }
        if schedule.minutesPerWeek > policy.maxMinutesPerWeek {
            violations.append(.minutesPerWeekAboveMaximum(max: policy.maxMinutesPerWeek))
        }
        return violations
    }

    /// Checks a new period against the client's earlier periods (the app leaves out the period
    /// being edited). Every limit comes from the policy in force on `startsOn`.
    ///
    /// The new period joins the continuous run of the earlier periods unless a full break lies
    /// between. If that run had already reached the maximum, the answer is `breakRequired`
    /// (a shorter period would not help, so `continuousDurationExceeded` is not added);
    /// otherwise, if the joined run would go past its last allowed day, `continuousDurationExceeded`.
    /// Earlier periods that start on or after `startsOn` are not earlier and are ignored.
    ///
    /// A period must last at least `minPeriodMonths` (by `lastDayOfSpan`, decision 113), unless the run's last
    /// allowed day comes first: then it may end on that day and no earlier (`periodShorterThanMinimum` names the
    /// earliest end). An organizer that lets the worker continue past the maximum has no last allowed day.
    /// `minimumCountsFrom`: the first day of the period this one continues at a new place after a change decision
    /// (decision 228); the rest of a changed period is not a new period of its own.
    public static func checkPeriod(startsOn: LocalDate, endsOn: LocalDate, previousPeriods: [DateRange],
                                   book: PolicyBook, minimumCountsFrom: LocalDate? = nil) -> [PolicyViolation] {
        var violations: [PolicyViolation] = []
        if endsOn < startsOn { violations.append(.periodEndsBeforeStart) }
        guard let policy = book.policy(on: startsOn) else { return violations + [.noPolicyInForce(on: startsOn)] }
        // An inverted range has no duration to judge: the user fixes the dates first.
        guard violations.isEmpty else { return violations }
        let minimumEnd = max(startsOn, min(minimumCountsFrom ?? startsOn, startsOn).lastDayOfSpan(months: policy.minPeriodMonths))
        // The organizer lets the responsible worker decide case by case; only the minimum holds.
        guard !policy.continuationPastMaximumAllowed else {
            return endsOn < minimumEnd ? [.periodShorterThanMinimum(minMonths: policy.minPeriodMonths, earliestEnd: minimumEnd)] : []
        }

        let earlier = previousPeriods.filter { $0.start < startsOn }
        let joined = policy.continuousRuns(earlier).last.flatMap { run in
            startsOn < policy.firstDayAfterBreak(followingRunEndingOn: run.end) ? run : nil
        }
        let runStart = joined?.start ?? startsOn
        let lastAllowedDay = policy.lastAllowedDay(ofRunStartingOn: runStart)
        if let joined, joined.end >= lastAllowedDay {
            violations.append(.breakRequired(until: policy.firstDayAfterBreak(followingRunEndingOn: joined.end)))
            return violations
        } else if max(joined?.end ?? endsOn, endsOn) > lastAllowedDay {
            violations.append(.continuousDurationExceeded(maxMonths: policy.maxContinuousMonths,
                                                          runStartedOn: runStart, lastAllowedDay: lastAllowedDay))
        }
        let earliestEnd = min(minimumEnd, lastAllowedDay)
        if endsOn < earliestEnd {
            violations.append(.periodShorterThanMinimum(minMonths: policy.minPeriodMonths, earliestEnd: earliestEnd))
        }
        return violations
    }

    /// The end date to propose for a period starting on `start`; nil when no policy is in force.
    public static func usualEnd(of start: LocalDate, book: PolicyBook) -> LocalDate? {
        book.policy(on: start)?.usualEnd(of: start)
    }

    /// The continuous run that the latest-starting period belongs to, for "in the service
    /// continuously since …". Breaks are measured with the policy in force on that period's
    /// start, as `checkPeriod` did when it was saved. Nil without periods or without a policy.
    public static func continuousRun(endingWith periods: [DateRange], book: PolicyBook) -> DateRange? {
        guard let latest = periods.max(by: { ($0.start, $0.end) < ($1.start, $1.end) }),
              let policy = book.policy(on: latest.start)
        else { return nil }
        return policy.continuousRuns(periods).last
    }
}
