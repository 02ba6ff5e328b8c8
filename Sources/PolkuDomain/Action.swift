import Foundation

/// Every action on every record kind Polku has: one catalog (decision 140). Each kind is a nested enum whose
/// cases are its actions, decided by one pure function of that kind (`RecordAction.decide`) from the principal
/// and the record's facts. The app asks the same function in its page controllers, its API controllers and for
/// the buttons of its pages (`Request.permits`), so a page offers exactly what the server then allows.
public enum Action: Hashable, Sendable {
    case client(Client)
    case referral(Referral)
    case assessment(Assessment)
    case plan(Plan)
    case team(Team)
    /// Decisions with their periods and contracts.
    case decision(Decision)
    case meeting(Meeting)
    case evaluation(Evaluation)
    case ending(Ending)
    case followUp(FollowUp)
    /// Placement: a client's queue entries, familiarization visits and the shop steward's notice, the search
    /// for places, the places' queues and the coach's week.
    case queueEntry(QueueEntry)
    case visit(Visit)
    case shopStewardNotice(ShopStewardNotice)
    case matching(Matching)
    case placeQueue(PlaceQueue)
    case coachWeek(CoachWeek)
    case place(Place)
    case provider(Provider)
    case feedback(Feedback)
    case feedbackResults(FeedbackResults)
    case policy(Policy)
    case organizerDocument(OrganizerDocument)
    case organization(Organization)
    case user(User)
    case audit(Audit)
    case statistics(Statistics)
    /// The client's own view (`/me`).
    case me(Me)
    /// Trainings and certificates gained during a period (issue 13 item 9).
    case achievement(Achievement)

    public enum Client: Sendable, CaseIterable {
        case list, create, read, update, readAccessLog
        /// See the whole personal identity code rather than its masked form.
        case readIdentityCode
    }

    public enum Referral: Sendable, CaseIterable {
        case list, send, read, decide
    }

    public enum Assessment: Sendable, CaseIterable {
        case read
        /// Create or change one.
        case write
    }

    public enum Plan: Sendable, CaseIterable {
        case read, create, amend
    }

    public enum Team: Sendable, CaseIterable {
        case read
        /// Add, change or remove a member, hand the client over.
        case change
    }

    public enum Decision: Sendable, CaseIterable {
        case read
        /// Make a decision (or the next one, to continue).
        case make
        /// Record an acceptance of the contract.
        case accept
        case interrupt
        /// Record that a period needs no evaluation, and why.
        case excuseEvaluation
    }

    public enum Meeting: Sendable, CaseIterable {
        case read
        /// Record or change one.
        case write
    }

    public enum Evaluation: Sendable, CaseIterable {
        case read
        /// Write one's own perspective (and the client's, recorded on their behalf).
        case write
    }

    public enum Ending: Sendable, CaseIterable {
        case read, write
    }

    public enum FollowUp: Sendable, CaseIterable {
        case read, write
    }

    public enum QueueEntry: Sendable, CaseIterable {
        case read
        /// Queue the client for a place, or withdraw them.
        case write
        /// See the client's name in a place's queue.
        case readInPlaceQueue
    }

    public enum Visit: Sendable, CaseIterable {
        case read, write
    }

    public enum ShopStewardNotice: Sendable, CaseIterable {
        case read, write
    }

    public enum Matching: Sendable, CaseIterable {
        /// Look for places that suit the client.
        case read
    }

    public enum PlaceQueue: Sendable, CaseIterable {
        /// The overview of the queues.
        case list
        case read
    }

    public enum CoachWeek: Sendable, CaseIterable {
        case read
    }

    public enum Place: Sendable, CaseIterable {
        /// See a place's occupied seats and overbooking (the public sees only the free seats).
        case readOccupancy
        /// Add and change places.
        case administer
    }

    public enum Provider: Sendable, CaseIterable {
        /// The providers' contracts.
        case administer
    }

    public enum Feedback: Sendable, Hashable {
        case read(FeedbackForm)
        case give(FeedbackForm)
        case change(FeedbackForm)
    }

    public enum FeedbackResults: Sendable, CaseIterable {
        case read
    }

    public enum Policy: Sendable, CaseIterable {
        case administer
    }

    public enum OrganizerDocument: Sendable, CaseIterable {
        case administer
    }

    public enum Organization: Sendable, CaseIterable {
        case administer
    }

    public enum User: Sendable, CaseIterable {
        case administer
    }

    public enum Audit: Sendable, CaseIterable {
        /// Search the trail for the clients within reach.
        case search
        /// Search the whole trail.
        case searchEverything
    }

    public enum Statistics: Sendable, CaseIterable {
        case read
    }

    public enum Achievement: Sendable, CaseIterable {
        /// The client's trainings and certificates, and the printed certificate of a period.
        case read
        /// Record or change one.
        case write
    }

    public enum Me: Sendable, CaseIterable {
        case read, readAccessLog
        /// Ask for the service (a self-referral).
        case askForService
    }
}

extension Action.Feedback: CaseIterable {
    public static var allCases: [Action.Feedback] {
        FeedbackForm.allCases.flatMap { [.read($0), .give($0), .change($0)] }
    }
}

/// One record kind's actions and the one pure function that decides them.
public protocol RecordAction: Hashable, Sendable, CaseIterable {
    /// What the decision needs to know about the record (`Never` for kinds decided by the role alone).
    associatedtype Facts: Sendable
    /// `facts` is nil for a list, a new record, a record that does not exist, and to ask whether the role may
    /// ever do this. Answers `.forbidden` (403) for a role that never may, `.notFound` (404) for a record
    /// outside the actor's reach, whose existence must not leak.
    func decide(by actor: Principal, on facts: Facts?) -> AccessDecision
    /// The action in the catalog.
    var action: Action { get }
}

extension RecordAction {
    /// Whether the actor's role may do this to some record: every kind's function refuses a role before it
    /// looks at the facts.
    public func isGranted(to actor: Principal) -> Bool {
        decide(by: actor, on: nil) != .forbidden
    }

    /// The same for a role alone, for those who choose people by what they may do (the demo's staff).
    public func isGranted(to role: Role) -> Bool {
        isGranted(to: Principal(userID: UUID(), role: role))
    }
}

extension Action {
    /// The whole catalog.
    public static var allCases: [Action] {
        Client.allCases.map(Action.client) + Referral.allCases.map(Action.referral) + Assessment.allCases.map(Action.assessment)
            + Plan.allCases.map(Action.plan) + Team.allCases.map(Action.team) + Decision.allCases.map(Action.decision)
            + Meeting.allCases.map(Action.meeting) + Evaluation.allCases.map(Action.evaluation) + Ending.allCases.map(Action.ending)
            + FollowUp.allCases.map(Action.followUp) + QueueEntry.allCases.map(Action.queueEntry) + Visit.allCases.map(Action.visit)
            + ShopStewardNotice.allCases.map(Action.shopStewardNotice) + Matching.allCases.map(Action.matching)
            + PlaceQueue.allCases.map(Action.placeQueue) + CoachWeek.allCases.map(Action.coachWeek) + Place.allCases.map(Action.place)
            + Provider.allCases.map(Action.provider) + Feedback.allCases.map(Action.feedback)
            + FeedbackResults.allCases.map(Action.feedbackResults) + Policy.allCases.map(Action.policy)
            + OrganizerDocument.allCases.map(Action.organizerDocument) + Organization.allCases.map(Action.organization)
            + User.allCases.map(Action.user) + Audit.allCases.map(Action.audit) + Statistics.allCases.map(Action.statistics)
            + Me.allCases.map(Action.me) + Achievement.allCases.map(Action.achievement)
    }

    /// The record kind's own action, for asking its function.
    public var recordAction: any RecordAction {
        switch self {
        case .client(let a): a
        case .referral(let a): a
        case .assessment(let a): a
        case .plan(let a): a
        case .team(let a): a
        case .decision(let a): a
        case .meeting(let a): a
        case .evaluation(let a): a
        case .ending(let a): a
        case .followUp(let a): a
        case .queueEntry(let a): a
        case .visit(let a): a
        case .shopStewardNotice(let a): a
        case .matching(let a): a
        case .placeQueue(let a): a
        case .coachWeek(let a): a
        case .place(let a): a
        case .provider(let a): a
        case .feedback(let a): a
        case .feedbackResults(let a): a
        case .policy(let a): a
        case .organizerDocument(let a): a
        case .organization(let a): a
        case .user(let a): a
        case .audit(let a): a
        case .statistics(let a): a
        case .me(let a): a
        case .achievement(let a): a
        }
    }

    /// Whether the role may ever do this (some record of the kind may be within its reach).
    public func isGranted(to role: Role) -> Bool {
        recordAction.isGranted(to: role)
    }
}

// `.plan(.amend)` where a kind's action is expected (`Request.permits(.plan(.amend), on: facts)`).
extension RecordAction where Self == Action.Client { public static func client(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Referral { public static func referral(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Assessment { public static func assessment(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Plan { public static func plan(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Team { public static func team(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Decision { public static func decision(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Meeting { public static func meeting(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Evaluation { public static func evaluation(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Ending { public static func ending(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.FollowUp { public static func followUp(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.QueueEntry { public static func queueEntry(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Visit { public static func visit(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.ShopStewardNotice { public static func shopStewardNotice(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Matching { public static func matching(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.PlaceQueue { public static func placeQueue(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.CoachWeek { public static func coachWeek(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Place { public static func place(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Provider { public static func provider(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Feedback { public static func feedback(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.FeedbackResults { public static func feedbackResults(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Policy { public static func policy(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.OrganizerDocument { public static func organizerDocument(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Organization { public static func organization(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.User { public static func user(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Audit { public static func audit(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Statistics { public static func statistics(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Me { public static func me(_ a: Self) -> Self { a } }
extension RecordAction where Self == Action.Achievement { public static func achievement(_ a: Self) -> Self { a } }
