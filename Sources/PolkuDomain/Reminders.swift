import Foundation

/// The kinds of front-page reminders, in the order they are listed on the same day.
public enum ReminderKind: String, Sendable, Codable, CaseIterable {
    case referralWaiting, periodEndingWithoutNextStep, followUpDue, continuousLimitApproaching, evaluationDue
    case finalEvaluationDue
    case shopStewardNoticeMissing
    /// A referral the organizer put in a place's queue: decided, waiting for a seat (issue 13, item 6).
    case referralQueued
    /// A client with a period planned or running and no responsible worker in their team (issue 13, item 5).
    case noResponsibleWorker

    /// The order of the front page's groups: what needs a decision, then what falls due in the service, then
    /// what only waits (decision 181).
    public static let groupOrder: [ReminderKind] = [
        .referralWaiting, .noResponsibleWorker, .shopStewardNoticeMissing, .periodEndingWithoutNextStep, .finalEvaluationDue,
        .evaluationDue, .followUpDue, .continuousLimitApproaching, .referralQueued,
    ]
}

public struct Reminder: Sendable, Equatable {
    public var kind: ReminderKind
    public var clientID: UUID
    /// The day the matter is (or became) due; listed first when earliest.
    public var dueOn: LocalDate?
    /// The referral or period the reminder is about, when there is one to link to.
    public var subjectID: UUID?
    /// The last day the matter is on time; from the day after, it is late (decision 181). Nil: it cannot be late,
    /// only come nearer (a period's end, the continuous limit, a queue).
    public var lateAfter: LocalDate?

    public init(kind: ReminderKind, clientID: UUID, dueOn: LocalDate?, subjectID: UUID? = nil, lateAfter: LocalDate? = nil) {
        self.kind = kind
        self.clientID = clientID
        self.dueOn = dueOn
        self.subjectID = subjectID
        self.lateAfter = lateAfter
    }

    public func isLate(on today: LocalDate) -> Bool { lateAfter.map { $0 < today } ?? false }
}

/// What the app loads for one worker's clients. Only facts, so the rules below need no database.
public struct ReminderInputs: Sendable, Equatable {
    public struct WaitingReferral: Sendable, Equatable {
        public var id: UUID
        public var clientID: UUID
        public var receivedOn: LocalDate
        /// Decided into a place's queue: it waits for a seat, not for a decision.
        public var isQueued: Bool

        public init(id: UUID, clientID: UUID, receivedOn: LocalDate, isQueued: Bool = false) {
            self.id = id
            self.clientID = clientID
            self.receivedOn = receivedOn
            self.isQueued = isQueued
        }
    }

    public struct Period: Sendable, Equatable {
        public var id: UUID
        public var clientID: UUID
        public var startsOn: LocalDate
        public var endsOn: LocalDate
        public var status: PeriodStatus
        /// Something was done about what comes after the period: a continuation decided, or the service ended
        /// with its further path (decision 116). The plan's next step only says what to do; this says it was done.
        public var nextStepActedOn: Bool
        /// Whether the evaluation of the perspective whose reminders these are was recorded.
        public var hasInterimEvaluation: Bool
        public var hasFinalEvaluation: Bool
        /// After an interruption, the worker recorded why no evaluation is made (decision 115).
        public var finalEvaluationExcused: Bool
        /// At a place of the county's own production with no notice to the shop steward recorded yet.
        public var needsShopStewardNotice: Bool
        /// The period's own timings: the policy in force on its first day (decision 114).
        public var timings: PolicyTimings
        /// Nobody in the client's team is their responsible worker.
        public var lacksResponsibleWorker: Bool

        public init(id: UUID, clientID: UUID, startsOn: LocalDate, endsOn: LocalDate, status: PeriodStatus,
                    nextStepActedOn: Bool, hasInterimEvaluation: Bool, hasFinalEvaluation: Bool = true,
                    finalEvaluationExcused: Bool = false, needsShopStewardNotice: Bool = false, timings: PolicyTimings,
                    lacksResponsibleWorker: Bool = false) {
            self.lacksResponsibleWorker = lacksResponsibleWorker
            self.needsShopStewardNotice = needsShopStewardNotice
            self.id = id
            self.clientID = clientID
            self.startsOn = startsOn
            self.endsOn = endsOn
            self.status = status
            self.nextStepActedOn = nextStepActedOn
            self.hasInterimEvaluation = hasInterimEvaluation
            self.hasFinalEvaluation = hasFinalEvaluation
            self.finalEvaluationExcused = finalEvaluationExcused
            self.timings = timings
        }
    }

    /// The last period of a client who has left the service.
    public struct EndedPeriod: Sendable, Equatable {
        public var clientID: UUID
        public var endedOn: LocalDate
        public var followUpsDone: Set<FollowUpPoint>
        /// The policy in force on the end day, whose follow-up points apply (decision 114).
        public var timings: PolicyTimings

        public init(clientID: UUID, endedOn: LocalDate, followUpsDone: Set<FollowUpPoint>, timings: PolicyTimings) {
            self.clientID = clientID
            self.endedOn = endedOn
            self.followUpsDone = followUpsDone
            self.timings = timings
        }
    }

    /// The current continuous run of a client still in the service.
    public struct ContinuousRun: Sendable, Equatable {
        public var clientID: UUID
        public var lastAllowedDay: LocalDate

        public init(clientID: UUID, lastAllowedDay: LocalDate) {
            self.clientID = clientID
            self.lastAllowedDay = lastAllowedDay
        }
    }

    public var today: LocalDate
    public var waitingReferrals: [WaitingReferral]
    public var periods: [Period]
    public var endedPeriods: [EndedPeriod]
    public var continuousRuns: [ContinuousRun]
    /// Each client's organizer's timings in force today, whose horizons say how far ahead to look (decision 114).
    public var timingsToday: [UUID: PolicyTimings]

    public init(today: LocalDate, waitingReferrals: [WaitingReferral] = [], periods: [Period] = [],
                endedPeriods: [EndedPeriod] = [], continuousRuns: [ContinuousRun] = [], timingsToday: [UUID: PolicyTimings] = [:]) {
        self.today = today
        self.waitingReferrals = waitingReferrals
        self.periods = periods
        self.endedPeriods = endedPeriods
        self.continuousRuns = continuousRuns
        self.timingsToday = timingsToday
    }

    /// A client whose organizer has no policy in force today gets what a new policy starts from, as `PolicyBook.timings` does.
    public func horizons(of clientID: UUID) -> PolicyTimings { timingsToday[clientID] ?? PolicyTimings() }
}

/// The worker's front page: what needs doing, earliest first. The seeds' complaints are the
/// reasons — queues are long, next steps are planned too late, evaluations are lost, and nobody
/// knows where clients end up.
public enum Reminders {
    /// - `referralWaiting`: every waiting referral, due since it was received.
    /// - `periodEndingWithoutNextStep`: a planned or active period ending between today and today + the
    ///   client's `nextStepReminderDays` (both included) whose next step nothing has acted on (decision 116).
    /// - `followUpDue`: each follow-up point whose day (by the timings of the end day) is today or past and not done.
    /// - `continuousLimitApproaching`: a run's last allowed day between today and today + `continuousLimitReminderDays`.
    /// - `evaluationDue` (the interim) and `finalEvaluationDue`: while `EvaluationSchedule`, with the period's own
    ///   timings, says the evaluation is due and it was not recorded; due since the schedule's first day.
    /// - `shopStewardNoticeMissing`: a planned or active period at an own-production place with no notice, starting
    ///   within `shopStewardNoticeReminderDays` or already started (a missing notice stays visible until recorded).
    /// The horizons are the client's organizer's in force today. Sorted by `dueOn` (nil last), then kind in
    /// declaration order, then client and subject so the list never reshuffles between page loads.
    public static func reminders(_ inputs: ReminderInputs) -> [Reminder] {
        let today = inputs.today
        var reminders: [Reminder] = []

        for referral in inputs.waitingReferrals {
            if referral.isQueued {
                reminders.append(Reminder(kind: .referralQueued, clientID: referral.clientID,
                                          dueOn: referral.receivedOn, subjectID: referral.id))
            } else {
                let target = inputs.horizons(of: referral.clientID).referralDecisionDays
                reminders.append(Reminder(kind: .referralWaiting, clientID: referral.clientID, dueOn: referral.receivedOn,
                                          subjectID: referral.id, lateAfter: referral.receivedOn.adding(days: target)))
            }
        }
        var withoutResponsible: [UUID: LocalDate] = [:]

        for period in inputs.periods {
            let horizons = inputs.horizons(of: period.clientID)
            let endingWindow = DateRange(start: today, end: today.adding(days: horizons.nextStepReminderDays))
            let running = period.status == .planned || period.status == .active
            if running, !period.nextStepActedOn, endingWindow.contains(period.endsOn) {
                reminders.append(Reminder(kind: .periodEndingWithoutNextStep, clientID: period.clientID,
                                          dueOn: period.endsOn, subjectID: period.id))
            }
            if running, period.needsShopStewardNotice,
               period.startsOn <= today.adding(days: horizons.shopStewardNoticeReminderDays) {
                // The shop steward hears of a placement before it starts.
                reminders.append(Reminder(kind: .shopStewardNoticeMissing, clientID: period.clientID, dueOn: period.startsOn,
                                          subjectID: period.id, lateAfter: period.startsOn.adding(days: -1)))
            }
            if running, period.lacksResponsibleWorker {
                withoutResponsible[period.clientID] = min(withoutResponsible[period.clientID] ?? period.startsOn, period.startsOn)
            }
            var done: Set<EvaluationKind> = []
            if period.hasInterimEvaluation { done.insert(.interim) }
            if period.hasFinalEvaluation { done.insert(.final) }
            let schedule = EvaluationSchedule(startsOn: period.startsOn, endsOn: period.endsOn, status: period.status,
                                              done: done, today: today, timings: period.timings,
                                              excused: period.finalEvaluationExcused)
            for item in schedule.items where item.state == .due {
                // The final is late after the period's last day; the interim past the middle of its window, which
                // closes when the final falls due.
                let lateAfter = item.kind == .final ? period.endsOn
                    : item.dueFrom.adding(days: item.dueFrom.days(until: schedule.item(.final).dueFrom) / 2)
                reminders.append(Reminder(kind: item.kind == .interim ? .evaluationDue : .finalEvaluationDue,
                                          clientID: period.clientID, dueOn: item.dueFrom, subjectID: period.id, lateAfter: lateAfter))
            }
        }
        // One reminder a client, from the first day of their earliest period: a responsible worker is named by then.
        for (clientID, startsOn) in withoutResponsible {
            reminders.append(Reminder(kind: .noResponsibleWorker, clientID: clientID, dueOn: startsOn,
                                      lateAfter: startsOn.adding(days: -1)))
        }

        for ended in inputs.endedPeriods {
            for point in FollowUpPoint.allCases where !ended.followUpsDone.contains(point) {
                let dueOn = point.dueOn(afterEndOn: ended.endedOn, timings: ended.timings)
                if dueOn <= today {
                    // A follow-up call has two weeks' slack after its point.
                    reminders.append(Reminder(kind: .followUpDue, clientID: ended.clientID, dueOn: dueOn,
                                              lateAfter: dueOn.adding(days: Self.followUpSlackDays)))
                }
            }
        }

        for run in inputs.continuousRuns
        where DateRange(start: today, end: today.adding(days: inputs.horizons(of: run.clientID).continuousLimitReminderDays))
            .contains(run.lastAllowedDay) {
            reminders.append(Reminder(kind: .continuousLimitApproaching, clientID: run.clientID,
                                      dueOn: run.lastAllowedDay))
        }

        return reminders.sorted(by: listedBefore)
    }

    /// How long after its point a follow-up is still on time.
    public static let followUpSlackDays = 14

    private static func listedBefore(_ lhs: Reminder, _ rhs: Reminder) -> Bool {
        if lhs.dueOn != rhs.dueOn {
            guard let left = lhs.dueOn else { return false }
            guard let right = rhs.dueOn else { return true }
            return left < right
        }
        let kinds = ReminderKind.allCases
        if lhs.kind != rhs.kind { return kinds.firstIndex(of: lhs.kind)! < kinds.firstIndex(of: rhs.kind)! }
        if lhs.clientID != rhs.clientID { return UUID.inStringOrder(lhs.clientID, rhs.clientID) }
        switch (lhs.subjectID, rhs.subjectID) {
        case let (left?, right?): return UUID.inStringOrder(left, right)
        case (nil, let right): return right != nil
        case (_?, nil): return false
        }
    }
}

extension ReminderKind {
    /// The reminders a front page lists: a work coach's the evaluations due for their clients, nothing of the
    /// case work; everyone else's all.
    public static func shown(to actor: Principal) -> Set<ReminderKind> {
        actor.role == .workCoach ? [.evaluationDue, .finalEvaluationDue] : Set(allCases)
    }
}
