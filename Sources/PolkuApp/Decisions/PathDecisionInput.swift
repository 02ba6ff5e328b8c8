import Fluent
import PolkuDomain
import Vapor

/// The form of a refusal, a change or an ending decision (decision 207): Finnish dates, hours. Checked as the API's
/// input, the hours in minutes.
struct PathDecisionForm: Content {
    var kind: String?
    /// The decision that started the period changed or ended.
    var decisionId: String?
    var decidedOn: String?
    var effectiveOn: String?
    var daysPerWeek: String?
    var hoursPerDay: String?
    var placeId: String?
    var reasons: String?
    var notification: String?

    func validated(for clientID: ClientID, on db: any Database) async throws -> PathDecisionInput.Valid {
        var numbers = Validator()
        let days = (daysPerWeek ?? "").isEmpty ? nil : numbers.integer("daysPerWeek", text: daysPerWeek, in: Schedule.daysPerWeekRange)
        let minutes = (hoursPerDay ?? "").isEmpty ? nil : numbers.minutes("minutesPerDay", hours: hoursPerDay, in: Schedule.minutesPerDayRange)
        // An id the form cannot read is no choice of the list: noted by name, like an id of no record.
        let decision = UUID(uuidString: decisionId ?? ""), place = UUID(uuidString: placeId ?? "")
        if !(placeId ?? "").isEmpty, place == nil { numbers.add("placeId", .errorInvalidChoice) }
        // A field left empty is absent; the API's empty string is a malformed date.
        let effective = (effectiveOn ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? nil : effectiveOn
        let input = PathDecisionInput(kind: kind, decisionId: decision, decidedOn: decidedOn, effectiveOn: effective, daysPerWeek: days,
                                      minutesPerDay: minutes, placeId: place, reasons: reasons, notification: notification)
        return try await input.validated(for: clientID, on: db, noted: numbers.problems)
    }
}

/// A refusal, a change or an ending decision as the API sends it (ISO dates, minutes).
struct PathDecisionInput: Content {
    var kind: String?
    var decisionId: UUID?
    var decidedOn: String?
    var effectiveOn: String?
    var daysPerWeek: Int?
    var minutesPerDay: Int?
    var placeId: UUID?
    var reasons: String?
    var notification: String?

    static let maxReasonsLength = 4000

    struct Valid {
        var kind: PathDecision.Kind
        var decision: Decision?
        var decidedOn: LocalDate
        var effectiveOn: LocalDate?
        var schedule: (days: Int?, minutes: Int?)
        var place: WorkActivityPlace?
        var reasons: String
        var notification: DecisionNotification
    }

    /// Every problem in one round: 422 for malformed or missing fields, with `noted` (the form's unreadable numbers and
    /// ids). What depends on the kind or on the client's records — a change's or an ending's decision and day, a place
    /// that exists, a change that changes something, a day within the period — are rules: 409 when they come alone,
    /// named among the rest otherwise (decision 217).
    func validated(for clientID: ClientID, on db: any Database, noted: [FieldProblem] = []) async throws -> Valid {
        var v = Validator(noted: noted)
        let kind = v.choice("kind", kind, as: PathDecision.Kind.self)
        let decided = v.date("decidedOn", decidedOn, required: true)
        let concernsPeriod = kind == .change || kind == .ending
        let effective = v.date("effectiveOn", effectiveOn, required: false)
        if let effectiveOn, effectiveOn.trimmingCharacters(in: .whitespaces).isEmpty { v.add("effectiveOn", .errorDate) }
        // Optional: a change names what it changes.
        if daysPerWeek != nil { _ = v.integer("daysPerWeek", daysPerWeek, in: Schedule.daysPerWeekRange) }
        if minutesPerDay != nil { _ = v.integer("minutesPerDay", minutesPerDay, in: Schedule.minutesPerDayRange) }
        let reasons = v.note("reasons", reasons, required: true, maxLength: Self.maxReasonsLength)
        let notification = (notification ?? "").isEmpty ? DecisionNotification.default : v.choice("notification", notification, as: DecisionNotification.self)
        var rules: [FieldProblem] = []
        var place: WorkActivityPlace?
        if kind == .change, let id = placeId, !v.hasProblem("placeId") {
            place = try await WorkActivityPlace.find(id, on: db)
            if place == nil { rules.append(FieldProblem(field: "placeId", key: .errorUnknownPlace)) }
        }
        var decision: Decision?
        if concernsPeriod {
            if effective == nil, !v.hasProblem("effectiveOn") { rules.append(FieldProblem(field: "effectiveOn", key: .errorRequired)) }
            if let id = decisionId { decision = try await Decision.query(of: clientID.rawValue, on: db).filter(\.$id == id).first() }
            if decision == nil { rules.append(FieldProblem(field: "decisionId", key: decisionId == nil ? .errorRequired : .errorInvalidChoice)) }
        }
        // The place the period is at already is no change of place.
        if let decision, place?.id == decision.$place.id { place = nil }
        let days = kind == .change ? daysPerWeek : nil, minutes = kind == .change ? minutesPerDay : nil
        if kind == .change, days == nil, minutes == nil, place == nil, !rules.contains(where: { $0.field == "placeId" }) {
            rules.append(FieldProblem(field: "daysPerWeek", key: .pdocErrorNothingChanged))
        }
        if let decision, let effective, effective.isoString < decision.startsOn || effective.isoString > decision.endsOn {
            rules.append(FieldProblem(field: "effectiveOn", key: .pdocErrorOutsidePeriod,
                                      values: ["start": EndingInput.finnish(decision.startsOn), "end": EndingInput.finnish(decision.endsOn)]))
        }
        guard v.problems.isEmpty, rules.isEmpty else {
            throw ValidationFailure(v.problems + rules, status: v.problems.isEmpty ? .conflict : .unprocessableEntity)
        }
        return Valid(kind: kind!, decision: decision, decidedOn: decided!, effectiveOn: concernsPeriod ? effective : nil,
                     schedule: (days, minutes), place: place, reasons: reasons!, notification: notification ?? .default)
    }
}

/// Making a refusal, change or ending decision: its case number from the organizer's counter, the legal basis and the
/// appeal instructions in force on its day in the client's language, and the decision and its audit event in one
/// transaction. An ending decision also moves its period's last day to the day it ends, when that is earlier; a change
/// of place to the day before the change.
enum PathDecisionStore {
    static func create(_ valid: PathDecisionInput.Valid, for client: Client, by user: User, on req: Request) async throws -> PathDecision {
        let clientID = try client.requireID()
        guard let organizer = try await Organizer.of(client, on: valid.decidedOn, db: req.db), let organizerID = organizer.id else {
            throw ValidationFailure([FieldProblem(field: "decidedOn", key: .pdocErrorNoOrganizer)], status: .conflict)
        }
        let language = Language(rawValue: client.language) ?? .fi
        let documents = try await OrganizerDocumentStore.texts(of: organizerID, on: valid.decidedOn, in: language, db: req.db)
        var found: Period?
        if let id = valid.decision?.id { found = try await Period.query(on: req.db).filter(\.$decision.$id == id).first() }
        let period = found
        return try await req.auditedChange(.decisionCreate) { tx in
            let record = PathDecision()
            record.$client.id = clientID
            record.kind = valid.kind
            record.caseNumber = try await CaseNumberStore.next(organizerID: organizerID, year: valid.decidedOn.year, on: tx)
            record.decidedOn = valid.decidedOn.isoString
            record.$decisionMaker.id = try user.requireID()
            record.decisionMakerTitle = user.title.flatMap { $0.isEmpty ? nil : $0 }
            record.notification = valid.notification.rawValue
            record.reasons = valid.reasons
            record.legalBasis = documents[.legalBasis]!
            record.appealInstructions = documents[.appealInstructions]!
            record.$decision.id = valid.decision?.id
            record.effectiveOn = valid.effectiveOn?.isoString
            record.daysPerWeek = valid.schedule.days
            record.minutesPerDay = valid.schedule.minutes
            record.$place.id = valid.place?.id
            record.version = 1
            try await record.create(on: tx)
            // An ending ends the period on its day; a change of place ends it the day before, and the work goes on at
            // the new place under a decision of its own with a contract with that place (decision 228).
            var last = valid.kind == .ending ? valid.effectiveOn : nil
            if valid.kind == .change, valid.place != nil { last = valid.effectiveOn?.adding(days: -1) }
            if let period, let last = last?.isoString, last < period.endsOn {
                period.endsOn = last
                period.version += 1
                try await period.save(on: tx)
            }
            return (record, [clientID])
        }
    }
}
