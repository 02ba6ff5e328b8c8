import Fluent
import PolkuDomain
import Tagged
import Vapor

/// One of the other administrative decisions of the path (decision 207): a refusal of the service, a change of a
/// period's days, hours or place from a day, or the ending of a period on a day. Made by a social worker with reasons,
/// a case number from the organizer's counter, and the legal basis and appeal instructions in force on its day, copied
/// in the client's language; printed by the same `DecisionDocument` as the decision that starts a period.
final class PathDecision: Model, @unchecked Sendable {
    static let schema = "path_decisions"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case refusal, change, ending
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Enum(key: "kind") var kind: Kind
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "decided_on") var decidedOn: String
    @Parent(key: "decision_maker_id") var decisionMaker: User
    @OptionalField(key: "decision_maker_title") var decisionMakerTitle: String?
    @Field(key: "notification") var notification: String
    @Field(key: "reasons") var reasons: String
    @Field(key: "legal_basis") var legalBasis: String
    @Field(key: "appeal_instructions") var appealInstructions: String
    /// The decision that started the period changed or ended.
    @OptionalParent(key: "decision_id") var decision: Decision?
    /// A change: the first day of the new terms; an ending: the period's last day.
    @OptionalField(key: "effective_on") var effectiveOn: String?
    /// A change's new terms; nil where unchanged.
    @OptionalField(key: "days_per_week") var daysPerWeek: Int?
    @OptionalField(key: "minutes_per_day") var minutesPerDay: Int?
    @OptionalParent(key: "place_id") var place: WorkActivityPlace?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

typealias PathDecisionID = Tagged<PathDecision, UUID>
extension PathDecision: LinkedRecord { static let pathParameter = "pathDecisionID" }
extension PathDecision: ClientScopedRecord {
    static var clientKey: KeyPath<PathDecision, ParentProperty<PathDecision, Client>> { \.$client }
}

extension PathDecision {
    /// The change decisions made to each of `decisions`, as dated changes of their periods' days and hours
    /// (decision 228); a decision with none is left out.
    static func termChanges(of decisions: [UUID], on db: any Database) async throws -> [UUID: [PeriodTerms.Change]] {
        guard !decisions.isEmpty else { return [:] }
        return termChanges(in: try await PathDecision.query(on: db).filter(\.$decision.$id ~~ decisions).filter(\.$kind == .change)
            .group(.or) { $0.filter(\.$daysPerWeek != nil).filter(\.$minutesPerDay != nil) }.all())
    }

    /// The same from records already read (a client's path decisions, of any kind).
    static func termChanges(in records: [PathDecision]) -> [UUID: [PeriodTerms.Change]] {
        var byDecision: [UUID: [PeriodTerms.Change]] = [:]
        for change in records where change.kind == .change && (change.daysPerWeek != nil || change.minutesPerDay != nil) {
            guard let decision = change.$decision.id, let from = change.effectiveOn.flatMap(LocalDate.init(isoString:)),
                  let decided = LocalDate(isoString: change.decidedOn) else { continue }
            byDecision[decision, default: []].append(.init(effectiveOn: from, decidedOn: decided, daysPerWeek: change.daysPerWeek,
                                                           minutesPerDay: change.minutesPerDay))
        }
        return byDecision
    }
}

extension Decision {
    /// The weekly terms the decision set, before any change decision (`PeriodTerms.on(_:changes:)`).
    var terms: PeriodTerms {
        PeriodTerms(daysPerWeek: daysPerWeek, minutesPerDay: minutesPerDay, weekdays: Weekday.days(stored: weekdays))
    }
}
