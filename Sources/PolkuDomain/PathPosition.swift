import Foundation

/// The steps of the client path, in order; the public service path and the client's own
/// "you are here" use the same steps.
public enum PathStep: String, Sendable, Codable, CaseIterable {
    case referral, assessment, plan, placement, visit, decision, period, ending, followUp
}

/// What is recorded of the client's current episode on the path (after a return to the service,
/// the new episode's facts). The app fills it from its tables; nothing here reads storage.
public struct PathFacts: Sendable, Equatable {
    public var hasReferral: Bool
    public var referralAccepted: Bool
    public var hasAssessment: Bool
    public var hasPlan: Bool
    public var hasPlace: Bool
    public var hasVisit: Bool
    public var hasDecision: Bool
    public var hasActiveOrPlannedPeriod: Bool
    public var hasEndedPeriod: Bool
    public var hasEnding: Bool
    public var followUpsDone: Int

    public init(hasReferral: Bool = false, referralAccepted: Bool = false, hasAssessment: Bool = false,
                hasPlan: Bool = false, hasPlace: Bool = false, hasVisit: Bool = false, hasDecision: Bool = false,
                hasActiveOrPlannedPeriod: Bool = false, hasEndedPeriod: Bool = false, hasEnding: Bool = false,
                followUpsDone: Int = 0) {
        self.hasReferral = hasReferral
        self.referralAccepted = referralAccepted
        self.hasAssessment = hasAssessment
        self.hasPlan = hasPlan
        self.hasPlace = hasPlace
        self.hasVisit = hasVisit
        self.hasDecision = hasDecision
        self.hasActiveOrPlannedPeriod = hasActiveOrPlannedPeriod
        self.hasEndedPeriod = hasEndedPeriod
        self.hasEnding = hasEnding
        self.followUpsDone = followUpsDone
    }
}

public enum PathPosition {
    /// The step the client is on.
    ///
    /// Before any period: the first step not yet done, in path order; a referral counts as done
    /// only once accepted (received, queued or returned, the client is still at the referral).
    ///
    /// Once a period exists, or an ending is recorded, the later facts decide alone: a client in a
    /// period is in a period even if, say, no visit was recorded (visits are optional in some
    /// areas, and migrated data may lack early steps). Then:
    /// - an active or planned period → `period` (this also shows a return after an ending);
    /// - an ended period without an ending record → `ending` (the further path is still to be written);
    /// - an ending recorded → `followUp`, which stays the last step after both follow-ups (3 and
    ///   6 months) are done: the path is complete and the client stays there.
    public static func current(_ facts: PathFacts) -> PathStep {
        if facts.hasActiveOrPlannedPeriod { return .period }
        if facts.hasEnding { return .followUp }
        if facts.hasEndedPeriod { return .ending }
        let steps: [(done: Bool, step: PathStep)] = [
            (facts.hasReferral && facts.referralAccepted, .referral),
            (facts.hasAssessment, .assessment),
            (facts.hasPlan, .plan),
            (facts.hasPlace, .placement),
            (facts.hasVisit, .visit),
            (facts.hasDecision, .decision),
        ]
        return steps.first { !$0.done }?.step ?? .period
    }

    /// Every follow-up done after the ending, and no new period: the view can mark the last
    /// step done too instead of "you are here".
    public static func isComplete(_ facts: PathFacts) -> Bool {
        !facts.hasActiveOrPlannedPeriod && facts.hasEnding && facts.followUpsDone >= FollowUpPoint.allCases.count
    }
}
