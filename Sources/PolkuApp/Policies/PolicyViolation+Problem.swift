import PolkuDomain

extension PolicyViolation {
    /// The violation as a field problem whose message names the rule and its value.
    var problem: FieldProblem {
        let hours = { (minutes: Int) in PolicyForm.hours(minutes) }
        let date = { (day: LocalDate) in FinnishFormat.date(day) }
        switch self {
        case .daysPerWeekBelowMinimum(let min): return FieldProblem(field: field, key: .ruleDaysMin, values: ["min": "\(min)"])
        case .daysPerWeekAboveMaximum(let max): return FieldProblem(field: field, key: .ruleDaysMax, values: ["max": "\(max)"])
        case .minutesPerDayBelowMinimum(let min): return FieldProblem(field: field, key: .ruleHoursMin, values: ["min": hours(min)])
        case .minutesPerDayAboveMaximum(let max): return FieldProblem(field: field, key: .ruleHoursMax, values: ["max": hours(max)])
        case .minutesPerWeekAboveMaximum(let max): return FieldProblem(field: field, key: .ruleWeekMax, values: ["max": hours(max)])
        case .noPolicyInForce(let day): return FieldProblem(field: field, key: .ruleNoPolicy, values: ["date": date(day)])
        case .continuousDurationExceeded(let months, let start, let last):
            return FieldProblem(field: field, key: .ruleContinuous, values: ["max": "\(months)", "start": date(start), "last": date(last)])
        case .breakRequired(let until): return FieldProblem(field: field, key: .ruleBreak, values: ["date": date(until)])
        case .periodEndsBeforeStart: return FieldProblem(field: field, key: .errorEndBeforeStart)
        case .periodShorterThanMinimum(let months, let earliest):
            return FieldProblem(field: field, key: .ruleMinimumLength, values: ["min": "\(months)", "date": date(earliest)])
        }
    }
}
