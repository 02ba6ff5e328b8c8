import Fluent
import PolkuDomain
import Vapor

/// A refusal, a change or an ending decision as the API shows it (decision 207): the document's facts, with the
/// legal basis and appeal instructions as they were copied in the client's language when it was made.
struct PathDecisionDTO: Content {
    var id: PathDecisionID
    var clientId: ClientID
    var kind: PathDecision.Kind
    var caseNumber: String
    var decidedOn: String
    var decisionMakerId: UserID
    var decisionMakerName: String?
    var decisionMakerTitle: String?
    var notification: String
    var reasons: String
    var legalBasis: String
    var appealInstructions: String
    var decisionId: DecisionID?
    var effectiveOn: String?
    var daysPerWeek: Int?
    var minutesPerDay: Int?
    var placeId: PlaceID?
    var version: Int
    var createdAt: Date?

    init(_ record: PathDecision, decisionMakerName: String?) throws {
        id = try record.typedID
        clientId = record.$client.typedID
        kind = record.kind
        caseNumber = record.caseNumber
        decidedOn = record.decidedOn
        decisionMakerId = record.$decisionMaker.typedID
        self.decisionMakerName = decisionMakerName
        decisionMakerTitle = record.decisionMakerTitle
        notification = record.notification
        reasons = record.reasons
        legalBasis = record.legalBasis
        appealInstructions = record.appealInstructions
        decisionId = record.$decision.typedID
        effectiveOn = record.effectiveOn
        daysPerWeek = record.daysPerWeek
        minutesPerDay = record.minutesPerDay
        placeId = record.$place.typedID
        version = record.version
        createdAt = record.createdAt
    }

    /// The decisions with their makers' names, in two queries.
    static func loadAll(_ records: [PathDecision], on db: any Database) async throws -> [PathDecisionDTO] {
        let names = try await UserNames.of(records.map { $0.$decisionMaker.id }, on: db)
        return try records.map { try PathDecisionDTO($0, decisionMakerName: names[$0.$decisionMaker.id]) }
    }
}
