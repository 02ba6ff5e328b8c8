import PolkuDomain

/// The minimum period length and the timings of a policy (decisions 113, 114): whole numbers of days, months or
/// per cent, each within what can sensibly be meant (`PolicyTimingField`), and in relation to each other.
extension PolicyInput {
    /// The minimum may not be longer than the usual period (the proposed end would be refused) nor than the
    /// continuous maximum (no period could be decided); the second follow-up comes after the first.
    func validateTimings(_ v: inout Validator, into policy: inout Policy) {
        func number(_ field: PolicyTimingField) -> Int {
            if self[keyPath: field.input] == nil, let value = field.defaultWhenMissing { return value }
            return v.integer(field.name, self[keyPath: field.input], in: field.range) ?? field.range.lowerBound
        }
        policy.minPeriodMonths = number(.minPeriod)
        if !v.hasProblem("minPeriodMonths") {
            if policy.minPeriodMonths > policy.usualPeriodMonths, !v.hasProblem("usualPeriodMonths") {
                v.add("minPeriodMonths", .errorMinPeriodAboveUsual)
            } else if policy.minPeriodMonths > policy.maxContinuousMonths, !v.hasProblem("maxContinuousMonths") {
                v.add("minPeriodMonths", .errorMinPeriodAboveMaximum)
            }
        }
        for field in PolicyTimingField.timings { policy[keyPath: field.policy] = number(field) }
        let (first, second) = (PolicyTimingField.firstFollowUp, PolicyTimingField.secondFollowUp)
        if policy[keyPath: second.policy] <= policy[keyPath: first.policy], !v.hasProblem(first.name), !v.hasProblem(second.name) {
            v.add(second.name, .errorSecondFollowUpNotAfterFirst)
        }
    }
}
