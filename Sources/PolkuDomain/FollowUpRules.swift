import Foundation

/// What a follow-up records must agree with itself and with the calendar (issue 13, item 2; decision 213).
/// A follow-up asks where the client is now (`situation`, a further-path code) and, apart, whether they are in work
/// or education; the two are written by hand and can contradict each other.
public enum FollowUpRules {
    /// The situations that are work or education themselves: a client in one is in work or education.
    public static let workOrEducation: Set<NextPath> = [.openLabourMarketJob, .paySubsidisedJob, .education]
    /// The situations that are neither: rehabilitative work activity is not employment (law 189/2001, 2 §) nor
    /// education. Every other situation may run beside work or studies (a pension or health care beside part-time
    /// work, studies beside employment services or a work trial), so it agrees with either answer.
    public static let neitherWorkNorEducation: Set<NextPath> = [.continuesInThisService]

    /// How the answers disagree, if they do.
    public enum Contradiction: Equatable, Sendable {
        /// The situation is work or education, but the client is said not to be in either.
        case situationIsWorkOrEducation
        /// The client is said to be in work or education, but the situation is neither.
        case situationIsNeither
    }

    public static func contradiction(situation: NextPath, inWorkOrEducation: Bool) -> Contradiction? {
        if inWorkOrEducation { return neitherWorkNorEducation.contains(situation) ? .situationIsNeither : nil }
        return workOrEducation.contains(situation) ? .situationIsWorkOrEducation : nil
    }

    /// A follow-up records what has happened: it cannot be done after today.
    public static func isInFuture(_ doneOn: LocalDate, today: LocalDate) -> Bool {
        doneOn > today
    }
}
