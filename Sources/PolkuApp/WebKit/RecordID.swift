import Fluent
import PolkuDomain
import Tagged
import Vapor

/// A record whose id can be part of a link: `pathParameter` names the placeholder its id fills (`:clientID`).
protocol LinkedRecord {
    static var pathParameter: String { get }
}

/// One value of a link, which knows the placeholder it fills; a typed id fills its record's placeholder and no other.
protocol PathValue {
    var pathName: String { get }
    var pathValue: String { get }
}

extension Tagged: PathValue where Tag: LinkedRecord, RawValue == UUID {
    var pathName: String { Tag.pathParameter }
    var pathValue: String { rawValue.uuidString }
}

extension EvaluationKind: PathValue {
    var pathName: String { "kind" }
    var pathValue: String { rawValue }
}

extension Language: PathValue {
    var pathName: String { "language" }
    var pathValue: String { rawValue }
}

// The typed ids: one type per record kind, so a plan's id does not go where a client's is wanted (decision 150).
typealias ClientID = Tagged<Client, UUID>
typealias ReferralID = Tagged<Referral, UUID>
typealias OrganizationID = Tagged<Organization, UUID>
typealias UserID = Tagged<User, UUID>
typealias PolicyID = Tagged<PolicyRecord, UUID>
typealias DocumentID = Tagged<OrganizerDocument, UUID>
typealias PlanID = Tagged<Plan, UUID>
typealias TeamMemberID = Tagged<TeamMember, UUID>
typealias DecisionID = Tagged<Decision, UUID>
typealias PeriodID = Tagged<Period, UUID>
typealias AssessmentID = Tagged<Assessment, UUID>
typealias EndingID = Tagged<Ending, UUID>
typealias FollowUpID = Tagged<FollowUp, UUID>
typealias EvaluationID = Tagged<Evaluation, UUID>
typealias QueueEntryID = Tagged<QueueEntry, UUID>
typealias VisitID = Tagged<FamiliarizationVisit, UUID>
typealias NoticeID = Tagged<ShopStewardNoticeRecord, UUID>
typealias FeedbackID = Tagged<FeedbackAnswer, UUID>
typealias PlaceID = Tagged<WorkActivityPlace, UUID>
typealias ContractID = Tagged<ProviderContract, UUID>
typealias AchievementID = Tagged<Achievement, UUID>

extension Client: LinkedRecord { static let pathParameter = "clientID" }
extension Referral: LinkedRecord { static let pathParameter = "referralID" }
extension Organization: LinkedRecord { static let pathParameter = "organizationID" }
extension User: LinkedRecord { static let pathParameter = "userID" }
extension PolicyRecord: LinkedRecord { static let pathParameter = "policyID" }
extension OrganizerDocument: LinkedRecord { static let pathParameter = "documentID" }
extension Plan: LinkedRecord { static let pathParameter = "planID" }
extension TeamMember: LinkedRecord { static let pathParameter = "memberID" }
extension Decision: LinkedRecord { static let pathParameter = "decisionID" }
extension Period: LinkedRecord { static let pathParameter = "periodID" }
extension Assessment: LinkedRecord { static let pathParameter = "assessmentID" }
extension Ending: LinkedRecord { static let pathParameter = "endingID" }
extension FollowUp: LinkedRecord { static let pathParameter = "followUpID" }
extension Evaluation: LinkedRecord { static let pathParameter = "evaluationID" }
extension QueueEntry: LinkedRecord { static let pathParameter = "entryID" }
extension FamiliarizationVisit: LinkedRecord { static let pathParameter = "visitID" }
extension ShopStewardNoticeRecord: LinkedRecord { static let pathParameter = "noticeID" }
extension FeedbackAnswer: LinkedRecord { static let pathParameter = "feedbackID" }
extension WorkActivityPlace: LinkedRecord { static let pathParameter = "placeID" }
extension ProviderContract: LinkedRecord { static let pathParameter = "contractID" }
extension Achievement: LinkedRecord { static let pathParameter = "achievementID" }

extension Model where IDValue == UUID {
    /// The record's id typed by its kind (`try client.typedID` is a `ClientID`); throws before it is saved, as `requireID()`.
    var typedID: Tagged<Self, UUID> {
        get throws { Tagged(try requireID()) }
    }

    /// The record with the typed id, or nil: `Organization.find(try req.id(Organization.self), on: req.db)`.
    static func find(_ id: Tagged<Self, UUID>, on db: any Database) async throws -> Self? {
        try await find(id.rawValue, on: db)
    }
}

extension ParentProperty where To.IDValue == UUID {
    /// The parent's id typed by the parent's kind: `plan.$client.typedID` is a `ClientID`.
    var typedID: Tagged<To, UUID> { Tagged(id) }
}

extension OptionalParentProperty where To.IDValue == UUID {
    /// The parent's typed id, if it has one: `ending.$period.typedID` is a `PeriodID?`.
    var typedID: Tagged<To, UUID>? { id.map(Tagged.init(rawValue:)) }
}

extension Request {
    /// A UUID path parameter; a malformed one is a 404 like an unknown record.
    func uuidParameter(_ name: String) throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else { throw Abort(.notFound) }
        return id
    }

    /// The typed id of a record from its placeholder: `try req.id(Client.self)` reads `:clientID`; malformed is a 404.
    func id<Record: LinkedRecord>(_ record: Record.Type) throws -> Tagged<Record, UUID> {
        Tagged(try uuidParameter(Record.pathParameter))
    }
}
