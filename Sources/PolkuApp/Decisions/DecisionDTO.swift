import Fluent
import PolkuDomain
import Vapor

/// A decision with its period and contract, as pages and the API show it.
struct DecisionDTO: Content {
    struct ContractDTO: Content {
        var id: UUID
        var tasks: String
        var goals: String
        var travel: String
        var insurance: String
        var confidentiality: String
        /// The organizer's instructions for the place in force on the decision day; nil for contracts made before
        /// organizers had their own documents (the built-in text applies; decision 123).
        var providerInstructions: String?
        var compensationCentsPerDay: Int
        var clientAcceptedOn: String?
        var placeAcceptedOn: String?
        var placeAcceptedBy: String?
        var organizerAcceptedOn: String?
        var organizerAcceptedBy: String?
        var version: Int
    }

    var id: DecisionID
    var clientId: ClientID
    var decisionMakerName: String
    var decidedOn: String
    var startsOn: String
    var endsOn: String
    var placeId: PlaceID
    var placeName: String
    var daysPerWeek: Int
    var minutesPerDay: Int
    /// ISO weekday numbers; empty when the days are agreed at the place.
    var weekdays: [Int]
    var appealInstructions: String
    /// Why it is dated after its period's first day, if it is.
    var lateReason: String?
    /// Why the service is arranged despite the assessment's findings, if they were any.
    var eligibilityConfirmation: String?
    var periodId: PeriodID?
    var periodStatus: String?
    var interruptionReason: String?
    /// After an interruption, why no evaluation is made, the day and who recorded it (decision 115).
    var noEvaluationReason: String?
    var noEvaluationOn: String?
    var noEvaluationBy: String?
    var periodVersion: Int?
    var contract: ContractDTO?
    /// The administrative decision (decisions 200–203): the case number (nil for decisions made before case
    /// numbers), how it is notified (`post`, `hand`, `electronic`; nil is by post), the legal basis it printed in the
    /// client's language (nil: the built-in text) and the title its maker's account named.
    var caseNumber: String?
    var notification: String?
    var legalBasis: String?
    var decisionMakerTitle: String?

    static func load(_ decision: Decision, for req: Request) async throws -> DecisionDTO {
        try await loadAll([decision], for: req)[0]
    }

    /// Many decisions with their periods (in their state today), contracts, places and decision makers in five
    /// queries in all.
    static func loadAll(_ decisions: [Decision], for req: Request) async throws -> [DecisionDTO] {
        guard !decisions.isEmpty else { return [] }
        let db = req.db, today = req.today
        let ids = try decisions.map { try $0.requireID() }
        let periods = try await Period.query(on: db).filter(\.$decision.$id ~~ ids).all()
        let periodIDs = periods.compactMap(\.id)
        let contracts = periodIDs.isEmpty ? [] : try await Contract.query(on: db).filter(\.$period.$id ~~ periodIDs).all()
        let places = try await WorkActivityPlace.query(on: db).filter(\.$id ~~ Array(Set(decisions.map { $0.$place.id }))).all()
        let periodByDecision = Dictionary(periods.compactMap { p in p.$decision.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let contractByPeriod = Dictionary(contracts.map { ($0.$period.id, $0) }, uniquingKeysWith: { a, _ in a })
        let placeNames = Dictionary(places.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let makerNames = try await UserNames.of(decisions.map { $0.$decisionMaker.id }, on: db)
        return try decisions.map { decision in
            let id = try decision.typedID
            let period = periodByDecision[id.rawValue]
            let contract = period?.id.flatMap { contractByPeriod[$0] }
            return DecisionDTO(id: id, clientId: decision.$client.typedID, decisionMakerName: makerNames[decision.$decisionMaker.id] ?? "",
                                decidedOn: decision.decidedOn, startsOn: decision.startsOn, endsOn: period?.endsOn ?? decision.endsOn,
                                placeId: decision.$place.typedID, placeName: placeNames[decision.$place.id] ?? "", daysPerWeek: decision.daysPerWeek,
                                minutesPerDay: decision.minutesPerDay, weekdays: Weekday.days(stored: decision.weekdays).map(\.rawValue),
                                appealInstructions: decision.appealInstructions, lateReason: decision.lateReason,
                                eligibilityConfirmation: decision.eligibilityConfirmation,
                                periodId: try period?.typedID, periodStatus: period?.state(on: today).rawValue, interruptionReason: period?.interruptionReason,
                                noEvaluationReason: period?.noEvaluationReason, noEvaluationOn: period?.noEvaluationOn,
                                noEvaluationBy: period?.noEvaluationBy, periodVersion: period?.version,
                                contract: try contract.map { c in
                                    ContractDTO(id: try c.requireID(), tasks: c.tasks, goals: c.goals, travel: c.travel, insurance: c.insurance,
                                                 confidentiality: c.confidentiality, providerInstructions: c.providerInstructions,
                                                 compensationCentsPerDay: c.compensationCentsPerDay,
                                                 clientAcceptedOn: c.clientAcceptedOn, placeAcceptedOn: c.placeAcceptedOn, placeAcceptedBy: c.placeAcceptedBy,
                                                 organizerAcceptedOn: c.organizerAcceptedOn, organizerAcceptedBy: c.organizerAcceptedBy, version: c.version)
                                },
                                caseNumber: decision.caseNumber, notification: decision.notification, legalBasis: decision.legalBasis,
                                decisionMakerTitle: decision.decisionMakerTitle)
        }
    }
}

extension Request {
    /// A decision of a client the user may act on; another client's decision is a 404.
    func authorizedDecision(for action: Action.Decision) async throws -> (Client, Decision) {
        let client = try await authorizedClient(try id(Client.self), for: action)
        return (client, try await Decision.find(try id(Decision.self), of: try client.typedID, on: db))
    }
}
