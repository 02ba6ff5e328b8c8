import Foundation

/// The two feedback forms the county's workshop unified (seed 003, Työnyrkki III): the client's
/// feedback about the work activity place, and the place's feedback about the referral and the process.
public enum FeedbackForm: String, Sendable, CaseIterable, Codable {
    /// Given by the client (or recorded from their paper form by a worker) about a period's place.
    case client
    /// Given by the place's work coach about one period: the referral, the information and the cooperation.
    case place

    /// The questions rated 1–5, in the order the form asks them.
    public var questions: [FeedbackQuestion] {
        switch self {
        case .client: [.welcomed, .tasksSuited, .guidanceAndSupport, .atmosphere, .helpedTowardGoals, .wouldRecommend]
        case .place: [.informationBeforeStart, .referralSuitable, .cooperationWithWorker, .goalClear, .processWorked]
        }
    }
}

/// One statement rated from 1 (disagree) to 5 (agree).
public enum FeedbackQuestion: String, Sendable, CaseIterable, Codable {
    // The client's feedback about the place
    case welcomed, tasksSuited, guidanceAndSupport, atmosphere, helpedTowardGoals, wouldRecommend
    // The place's feedback about the referral and the process
    case informationBeforeStart, referralSuitable, cooperationWithWorker, goalClear, processWorked

    public static let ratings = 1...5
}

/// How an answer reached Polku: typed in by the one who gives it, or copied from a paper form by a worker.
public enum FeedbackChannel: String, Sendable, CaseIterable, Codable {
    case online, paper
}

/// When a period's feedback may be given and changed: from its first day until some weeks after its
/// last, so that the end of the period can still be talked about, and not forever, so that an answer
/// settles. How many weeks is the organizer's (`PolicyTimings.feedbackDaysAfterEnd`, by the period's first day).
public enum FeedbackWindow {
    public static func isOpen(startsOn: LocalDate, endsOn: LocalDate, today: LocalDate, timings: PolicyTimings) -> Bool {
        startsOn <= today && today <= closesOn(endsOn: endsOn, timings: timings)
    }

    /// The last day an answer may be given or changed.
    public static func closesOn(endsOn: LocalDate, timings: PolicyTimings) -> LocalDate {
        endsOn.adding(days: timings.feedbackDaysAfterEnd)
    }
}
