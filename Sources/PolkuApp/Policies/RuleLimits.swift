import Fluent
import PolkuDomain

/// The organizer's limits in force for a client on a day, as the values of the hints beside a form's schedule and
/// period fields (`decisionDaysRuleHint`, `decisionHoursRuleHint`, `decisionEndsOnRuleHint`), so that the worker
/// sees them before typing (issue 13, item 1). The decision and the plan forms show them.
enum RuleLimits {
    /// Nil without a policy in force.
    static func hintValues(for client: Client, on day: LocalDate, db: any Database) async throws -> [String: String]? {
        guard let policy = try await Organizer.book(for: client, on: day, db: db).policy(on: day) else { return nil }
        return ["minDays": "\(policy.minDaysPerWeek)", "maxDays": "\(policy.maxDaysPerWeek)",
                "minHours": PolicyForm.hours(policy.minMinutesPerDay), "maxHours": PolicyForm.hours(policy.maxMinutesPerDay),
                "weekHours": PolicyForm.hours(policy.maxMinutesPerWeek), "usual": "\(policy.usualPeriodMonths)",
                "min": "\(policy.minPeriodMonths)", "max": "\(policy.maxContinuousMonths)"]
    }
}
