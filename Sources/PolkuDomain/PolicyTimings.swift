import Foundation

/// When things fall due under one organizer's policy: the evaluation windows, the follow-up points, how far
/// ahead the front pages look and how long feedback stays open (issue 11, item 5). Like the rest of the
/// policy they are dated data; the values below are only what a new policy starts from (the seeds' practice).
///
/// Which day's policy applies (decision 114): a period's own timings — its evaluation windows and its feedback
/// window — are those in force on its first day, as its other rules are; the follow-up points those in force on
/// the day the service ended; the reminder horizons those in force today.
public struct PolicyTimings: Sendable, Codable, Equatable {
    /// The interim evaluation is due from this share of the period, in per cent of its days (50: its middle day).
    public var interimFromPercent: Int
    /// The final evaluation is due from this many days before the last day, the last day counted.
    public var finalWindowDays: Int
    /// How long after the last day a missing final evaluation is still asked for.
    public var finalRemindedDaysAfterEnd: Int
    /// The follow-ups after the service ended, in months (step 9 of the path: 3 and 6).
    public var firstFollowUpMonths: Int
    public var secondFollowUpMonths: Int
    /// A period ending within this many days without its next step acted on is reminded.
    public var nextStepReminderDays: Int
    /// A continuous run's last allowed day within this many days is reminded.
    public var continuousLimitReminderDays: Int
    /// A missing notice to the shop steward is reminded from this many days before the period's first day.
    public var shopStewardNoticeReminderDays: Int
    /// Feedback about a period may be given and changed until this many days after its last day.
    public var feedbackDaysAfterEnd: Int
    /// A referral waiting longer than this many days for the organizer's decision is late on the front page
    /// (the organizer's own target, issue 13 item 6; no law sets one for this service).
    public var referralDecisionDays: Int

    public init(interimFromPercent: Int = 50, finalWindowDays: Int = 14, finalRemindedDaysAfterEnd: Int = 90,
                firstFollowUpMonths: Int = 3, secondFollowUpMonths: Int = 6, nextStepReminderDays: Int = 30,
                continuousLimitReminderDays: Int = 60, shopStewardNoticeReminderDays: Int = 14, feedbackDaysAfterEnd: Int = 60,
                referralDecisionDays: Int = 14) {
        self.interimFromPercent = interimFromPercent
        self.finalWindowDays = finalWindowDays
        self.finalRemindedDaysAfterEnd = finalRemindedDaysAfterEnd
        self.firstFollowUpMonths = firstFollowUpMonths
        self.secondFollowUpMonths = secondFollowUpMonths
        self.nextStepReminderDays = nextStepReminderDays
        self.continuousLimitReminderDays = continuousLimitReminderDays
        self.shopStewardNoticeReminderDays = shopStewardNoticeReminderDays
        self.feedbackDaysAfterEnd = feedbackDaysAfterEnd
        self.referralDecisionDays = referralDecisionDays
    }

    /// Months after the end at which `point` falls due.
    public func months(of point: FollowUpPoint) -> Int {
        switch point {
        case .threeMonths: firstFollowUpMonths
        case .sixMonths: secondFollowUpMonths
        }
    }
}

extension PolicyBook {
    /// The timings in force on `date`; with no policy in force, what a new policy starts from, so that a page
    /// or a reminder never fails for a gap in the organizer's rules (a decision is refused for it instead).
    public func timings(on date: LocalDate) -> PolicyTimings {
        policy(on: date)?.timings ?? PolicyTimings()
    }
}
