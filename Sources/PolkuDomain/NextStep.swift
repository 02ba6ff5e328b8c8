import Foundation

/// Whether what comes after a period has been acted on (issue 11, item 8; decision 116). Seed 002 asks for the next
/// step planned from day one; the plan says what it is, and a reminder that stopped at "there is a plan" let periods
/// end with the plan unread. What Polku records when the next step is taken is one of two things:
/// - a later period of the client decided (a continuation here, or the next place): another period starting after
///   this one's first day that is not cancelled;
/// - the service ended with its further path (jatkopolku) and the hand-over to the next service: an ending dated on
///   or after the period's first day.
/// Polku records no referral out to other services; the ending's further path and hand-over are where that is written.
public enum NextStep {
    public static func actedOn(period: DateRange, otherPeriods: [DateRange], endings: [LocalDate]) -> Bool {
        otherPeriods.contains { $0.start > period.start && $0.start <= $0.end }
            || endings.contains { $0 >= period.start }
    }
}
