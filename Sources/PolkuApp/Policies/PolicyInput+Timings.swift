import PolkuDomain

/// The minimum period length and the timings of a policy (decisions 113, 114): whole numbers of days, months or
/// per cent, each within what can sensibly be meant, and in relation to each other.
extension PolicyInput {
    static let interimPercentRange = 1...99
    /// A final window of a day at least (the last day), at most a quarter of a year.
    static let finalWindowDaysRange = 1...90
    /// How far ahead or after anything is reminded or kept open: up to a year; 0 means on the day only.
    static let horizonDaysRange = 0...365
    static let followUpMonthsRange = 1...36

    /// Every timing field by its name and range, in the form's order.
    static let timingFields: [(field: String, range: ClosedRange<Int>)] = [
        ("interimFromPercent", interimPercentRange), ("finalWindowDays", finalWindowDaysRange),
        ("finalRemindedDaysAfterEnd", horizonDaysRange), ("firstFollowUpMonths", followUpMonthsRange),
        ("secondFollowUpMonths", followUpMonthsRange), ("nextStepReminderDays", horizonDaysRange),
        ("continuousLimitReminderDays", horizonDaysRange), ("shopStewardNoticeReminderDays", horizonDaysRange),
        ("feedbackDaysAfterEnd", horizonDaysRange),
    ]

    mutating func setTimings(from policy: Policy) {
        minPeriodMonths = policy.minPeriodMonths
        let t = policy.timings
        interimFromPercent = t.interimFromPercent
        finalWindowDays = t.finalWindowDays
        finalRemindedDaysAfterEnd = t.finalRemindedDaysAfterEnd
        firstFollowUpMonths = t.firstFollowUpMonths
        secondFollowUpMonths = t.secondFollowUpMonths
        nextStepReminderDays = t.nextStepReminderDays
        continuousLimitReminderDays = t.continuousLimitReminderDays
        shopStewardNoticeReminderDays = t.shopStewardNoticeReminderDays
        feedbackDaysAfterEnd = t.feedbackDaysAfterEnd
    }

    /// The value of a timing field by name, for the form.
    func timing(_ field: String) -> Int? {
        switch field {
        case "minPeriodMonths": minPeriodMonths
        case "interimFromPercent": interimFromPercent
        case "finalWindowDays": finalWindowDays
        case "finalRemindedDaysAfterEnd": finalRemindedDaysAfterEnd
        case "firstFollowUpMonths": firstFollowUpMonths
        case "secondFollowUpMonths": secondFollowUpMonths
        case "nextStepReminderDays": nextStepReminderDays
        case "continuousLimitReminderDays": continuousLimitReminderDays
        case "shopStewardNoticeReminderDays": shopStewardNoticeReminderDays
        case "feedbackDaysAfterEnd": feedbackDaysAfterEnd
        default: nil
        }
    }

    mutating func setTiming(_ field: String, _ value: Int?) {
        switch field {
        case "minPeriodMonths": minPeriodMonths = value
        case "interimFromPercent": interimFromPercent = value
        case "finalWindowDays": finalWindowDays = value
        case "finalRemindedDaysAfterEnd": finalRemindedDaysAfterEnd = value
        case "firstFollowUpMonths": firstFollowUpMonths = value
        case "secondFollowUpMonths": secondFollowUpMonths = value
        case "nextStepReminderDays": nextStepReminderDays = value
        case "continuousLimitReminderDays": continuousLimitReminderDays = value
        case "shopStewardNoticeReminderDays": shopStewardNoticeReminderDays = value
        case "feedbackDaysAfterEnd": feedbackDaysAfterEnd = value
        default: break
        }
    }

    /// The minimum may not be longer than the usual period (the proposed end would be refused) nor than the
    /// continuous maximum (no period could be decided); the second follow-up comes after the first.
    func validatedTimings(_ v: inout Validator, usualPeriodMonths usual: Int, maxContinuousMonths maxContinuous: Int)
        -> (minPeriodMonths: Int, timings: PolicyTimings) {
        func number(_ field: String, _ range: ClosedRange<Int>) -> Int {
            v.integer(field, timing(field), in: range) ?? range.lowerBound
        }
        let minPeriod = number("minPeriodMonths", Self.periodMonthsRange)
        if !v.hasProblem("minPeriodMonths") {
            if minPeriod > usual, !v.hasProblem("usualPeriodMonths") { v.add("minPeriodMonths", .errorMinPeriodAboveUsual) }
            else if minPeriod > maxContinuous, !v.hasProblem("maxContinuousMonths") { v.add("minPeriodMonths", .errorMinPeriodAboveMaximum) }
        }
        var values: [String: Int] = [:]
        for (field, range) in Self.timingFields { values[field] = number(field, range) }
        let timings = PolicyTimings(
            interimFromPercent: values["interimFromPercent"]!, finalWindowDays: values["finalWindowDays"]!,
            finalRemindedDaysAfterEnd: values["finalRemindedDaysAfterEnd"]!, firstFollowUpMonths: values["firstFollowUpMonths"]!,
            secondFollowUpMonths: values["secondFollowUpMonths"]!, nextStepReminderDays: values["nextStepReminderDays"]!,
            continuousLimitReminderDays: values["continuousLimitReminderDays"]!,
            shopStewardNoticeReminderDays: values["shopStewardNoticeReminderDays"]!, feedbackDaysAfterEnd: values["feedbackDaysAfterEnd"]!)
        if timings.secondFollowUpMonths <= timings.firstFollowUpMonths, !v.hasProblem("firstFollowUpMonths"), !v.hasProblem("secondFollowUpMonths") {
            v.add("secondFollowUpMonths", .errorSecondFollowUpNotAfterFirst)
        }
        return (minPeriod, timings)
    }
}
