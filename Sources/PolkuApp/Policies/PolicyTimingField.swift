import FluentKit
import PolkuDomain

/// The minimum period length and each timing of a policy (decisions 113, 114), once: its name in the API and the
/// form, its range, its label, and where it is kept in the domain's `Policy`, the API's input, the form and the
/// record (whose field names its column). Every place that reads, writes, checks or shows a timing goes through this
/// table.
struct PolicyTimingField: Sendable {
    /// The field's name in the API's JSON and in the form.
    let name: String
    let range: ClosedRange<Int>
    let label: TextKey
    /// Its placeholder in the list's one-line summary (`policyTimingsValue`); the minimum has a text of its own.
    let placeholder: String?
    let policy: WritableKeyPath<Policy, Int> & Sendable
    let input: WritableKeyPath<PolicyInput, Int?> & Sendable
    let form: WritableKeyPath<PolicyForm, String?> & Sendable
    /// The record's field itself, not its value: a Fluent field of a new record cannot be read before it is set, and
    /// a key path to its value reads it to set it. The field also names its column.
    let record: KeyPath<PolicyRecord, FieldProperty<PolicyRecord, Int>> & Sendable
    /// A timing added after the API was published: left out of the input, it takes this value (as the column's
    /// default gave existing policies), so that older API clients keep working. Nil: the field is required.
    var defaultWhenMissing: Int? = nil

    static let minPeriod = PolicyTimingField(
        name: "minPeriodMonths", range: PolicyInput.periodMonthsRange, label: .policyMinMonths,
        placeholder: nil, policy: \.minPeriodMonths, input: \.minPeriodMonths, form: \.minPeriodMonths, record: \.$minPeriodMonths)

    static let interimPercentRange = 1...99
    /// A final window of a day at least (the last day), at most a quarter of a year.
    static let finalWindowDaysRange = 1...90
    /// How far ahead or after anything is reminded or kept open: up to a year; 0 means on the day only.
    static let horizonDaysRange = 0...365
    static let followUpMonthsRange = 1...36

    static let firstFollowUp = PolicyTimingField(
        name: "firstFollowUpMonths", range: followUpMonthsRange, label: .policyFirstFollowUpMonths,
        placeholder: "first", policy: \.timings.firstFollowUpMonths, input: \.firstFollowUpMonths, form: \.firstFollowUpMonths,
        record: \.$firstFollowUpMonths)
    static let secondFollowUp = PolicyTimingField(
        name: "secondFollowUpMonths", range: followUpMonthsRange, label: .policySecondFollowUpMonths,
        placeholder: "second", policy: \.timings.secondFollowUpMonths, input: \.secondFollowUpMonths, form: \.secondFollowUpMonths,
        record: \.$secondFollowUpMonths)

    /// The timings in the form's order; the minimum period is shown with the durations.
    static let timings: [PolicyTimingField] = [
        PolicyTimingField(
            name: "interimFromPercent", range: interimPercentRange, label: .policyInterimPercent,
            placeholder: "interim", policy: \.timings.interimFromPercent, input: \.interimFromPercent, form: \.interimFromPercent,
            record: \.$interimFromPercent),
        PolicyTimingField(
            name: "finalWindowDays", range: finalWindowDaysRange, label: .policyFinalWindowDays,
            placeholder: "final", policy: \.timings.finalWindowDays, input: \.finalWindowDays, form: \.finalWindowDays,
            record: \.$finalWindowDays),
        PolicyTimingField(
            name: "finalRemindedDaysAfterEnd", range: horizonDaysRange, label: .policyFinalRemindedDays,
            placeholder: "after", policy: \.timings.finalRemindedDaysAfterEnd, input: \.finalRemindedDaysAfterEnd,
            form: \.finalRemindedDaysAfterEnd, record: \.$finalRemindedDaysAfterEnd),
        firstFollowUp,
        secondFollowUp,
        PolicyTimingField(
            name: "nextStepReminderDays", range: horizonDaysRange, label: .policyNextStepReminderDays,
            placeholder: "next", policy: \.timings.nextStepReminderDays, input: \.nextStepReminderDays, form: \.nextStepReminderDays,
            record: \.$nextStepReminderDays),
        PolicyTimingField(
            name: "continuousLimitReminderDays", range: horizonDaysRange,
            label: .policyLimitReminderDays, placeholder: "limit", policy: \.timings.continuousLimitReminderDays,
            input: \.continuousLimitReminderDays, form: \.continuousLimitReminderDays, record: \.$continuousLimitReminderDays),
        PolicyTimingField(
            name: "shopStewardNoticeReminderDays", range: horizonDaysRange,
            label: .policyNoticeReminderDays, placeholder: "notice", policy: \.timings.shopStewardNoticeReminderDays,
            input: \.shopStewardNoticeReminderDays, form: \.shopStewardNoticeReminderDays, record: \.$shopStewardNoticeReminderDays),
        PolicyTimingField(
            name: "feedbackDaysAfterEnd", range: horizonDaysRange, label: .policyFeedbackDays,
            placeholder: "feedback", policy: \.timings.feedbackDaysAfterEnd, input: \.feedbackDaysAfterEnd, form: \.feedbackDaysAfterEnd,
            record: \.$feedbackDaysAfterEnd),
        PolicyTimingField(
            name: "referralDecisionDays", range: 1...365, label: .policyReferralDecisionDays,
            placeholder: "referral", policy: \.timings.referralDecisionDays, input: \.referralDecisionDays, form: \.referralDecisionDays,
            record: \.$referralDecisionDays, defaultWhenMissing: PolicyTimings().referralDecisionDays),
    ]

    /// The minimum and then the timings: the order of the form, the checks and the columns.
    static let all: [PolicyTimingField] = [minPeriod] + timings
}
