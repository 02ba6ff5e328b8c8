import Fluent
import PolkuDomain
import Vapor

/// The policy form as people fill it in: hours (7,5) rather than minutes, euros (9,00) rather than cents.
struct PolicyForm: Content {
    var organizerId: String?
    var validFrom: String?
    var validTo: String?
    var minDaysPerWeek: String?
    var maxDaysPerWeek: String?
    var minHoursPerDay: String?
    var maxHoursPerDay: String?
    var maxHoursPerWeek: String?
    var usualPeriodMonths: String?
    var maxContinuousMonths: String?
    var breakMonths: String?
    var continuationPastMaximumAllowed: String?
    var compensationPerDay: String?
    var travelRules: String?
    var minPeriodMonths: String?
    var interimFromPercent: String?
    var finalWindowDays: String?
    var finalRemindedDaysAfterEnd: String?
    var firstFollowUpMonths: String?
    var secondFollowUpMonths: String?
    var nextStepReminderDays: String?
    var continuousLimitReminderDays: String?
    var shopStewardNoticeReminderDays: String?
    var feedbackDaysAfterEnd: String?
    var referralDecisionDays: String?
    var version: Int?

    init(_ input: PolicyInput) {
        organizerId = input.organizerId?.uuidString
        validFrom = input.validFrom.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date)
        validTo = input.validTo.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date)
        minDaysPerWeek = input.minDaysPerWeek.map(String.init)
        maxDaysPerWeek = input.maxDaysPerWeek.map(String.init)
        minHoursPerDay = input.minMinutesPerDay.map(Self.hours)
        maxHoursPerDay = input.maxMinutesPerDay.map(Self.hours)
        maxHoursPerWeek = input.maxMinutesPerWeek.map(Self.hours)
        usualPeriodMonths = input.usualPeriodMonths.map(String.init)
        maxContinuousMonths = input.maxContinuousMonths.map(String.init)
        breakMonths = input.breakMonths.map(String.init)
        continuationPastMaximumAllowed = input.continuationPastMaximumAllowed == true ? "on" : nil
        compensationPerDay = input.compensationCentsPerDay.map { FinnishFormat.decimal(Double($0) / 100, fractionDigits: 2) }
        travelRules = input.travelRules
        version = input.version
        // The minimum period length and the timings: whole numbers named as in the API (decisions 113, 114).
        for field in PolicyTimingField.all { self[keyPath: field.form] = input[keyPath: field.input].map(String.init) }
    }

    /// Checked as the API's input: hours in minutes, euros in cents. A number the form cannot read is left out
    /// and noted under the API's name, so that the page says why next to the field and keeps what was typed.
    func validated(organizers: [Organization]) throws -> (organizerID: UUID, policy: Policy) {
        var numbers = Validator()
        var input = PolicyInput(.legalDefaults(validFrom: LocalDate(year: 2000, month: 1, day: 1)!), organizerID: nil, version: version)
        input.organizerId = organizerId.flatMap(UUID.init(uuidString:))
        input.validFrom = validFrom
        input.validTo = validTo
        input.minDaysPerWeek = numbers.integer("minDaysPerWeek", text: minDaysPerWeek, in: Schedule.daysPerWeekRange)
        input.maxDaysPerWeek = numbers.integer("maxDaysPerWeek", text: maxDaysPerWeek, in: Schedule.daysPerWeekRange)
        input.minMinutesPerDay = numbers.minutes("minMinutesPerDay", hours: minHoursPerDay, in: Schedule.minutesPerDayRange)
        input.maxMinutesPerDay = numbers.minutes("maxMinutesPerDay", hours: maxHoursPerDay, in: Schedule.minutesPerDayRange)
        input.maxMinutesPerWeek = numbers.minutes("maxMinutesPerWeek", hours: maxHoursPerWeek, in: Schedule.minutesPerWeekRange)
        input.usualPeriodMonths = numbers.integer("usualPeriodMonths", text: usualPeriodMonths, in: PolicyInput.periodMonthsRange)
        input.maxContinuousMonths = numbers.integer("maxContinuousMonths", text: maxContinuousMonths, in: PolicyInput.continuousMonthsRange)
        input.breakMonths = numbers.integer("breakMonths", text: breakMonths, in: PolicyInput.periodMonthsRange)
        input.continuationPastMaximumAllowed = continuationPastMaximumAllowed == "on"
        input.compensationCentsPerDay = numbers.cents("compensationCentsPerDay", euros: compensationPerDay, in: PolicyInput.compensationRange)
        input.travelRules = travelRules
        for field in PolicyTimingField.all { input[keyPath: field.input] = numbers.integer(field.name, text: self[keyPath: field.form], in: field.range) }
        return try input.validated(organizers: organizers, noted: numbers.problems)
    }

    /// 450 minutes → "7,5"; 480 → "8"; 435 → "7,25".
    static func hours(_ minutes: Int) -> String {
        var text = FinnishFormat.decimal(Double(minutes) / 60, fractionDigits: 2)
        while text.hasSuffix("0") && text.contains(",") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }
}
