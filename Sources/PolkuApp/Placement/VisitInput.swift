import Foundation
import PolkuDomain
import Vapor

/// A familiarization visit as the form and the API send it; the outcome is added after the visit.
struct VisitInput: Content {
    var placeId: String?
    var visitOn: String?
    /// "10.00" or "10:00".
    var timeOfDay: String?
    var accompaniedBy: String?
    /// A `VisitOutcome` code; absent (or the form's empty choice) until the visit has happened.
    var outcome: String?
    /// Required when the place was not suitable.
    var outcomeReason: String?
    var notes: String?
    var version: Int?

    static let maxNoteLength = 2000
    static let maxAccompaniedByLength = TextRules.maxNameLength
}

struct VisitDraft: Sendable {
    var placeID: UUID
    var visitOn: LocalDate
    var timeOfDay: String
    var accompaniedBy: String
    var outcome: VisitOutcome?
    var outcomeReason: String?
    var notes: String?
}

extension VisitInput {
    /// Every problem in one round: how a visit went is known only once its day has come, a rule between the day
    /// and the outcome that is 409 when it comes alone and named among the rest otherwise (decision 217).
    func validated(today: LocalDate, requireVersion: Bool = false) throws -> VisitDraft {
        var v = Validator()
        // A form's empty choice is as missing as an absent field.
        let place = (placeId ?? "").isEmpty ? nil : v.optionalID("placeId", placeId)
        if (placeId ?? "").isEmpty { v.add("placeId", .errorRequired) }
        let day = v.date("visitOn", visitOn, required: true)
        let time = (timeOfDay ?? "").trimmingCharacters(in: .whitespaces)
        if time.isEmpty { v.add("timeOfDay", .errorRequired) } else if !TextRules.matches(time, MeetingInput.timePattern) { v.add("timeOfDay", .errorTime) }
        let companion = v.requiredText("accompaniedBy", accompaniedBy, maxLength: Self.maxAccompaniedByLength)
        var outcome: VisitOutcome?
        if let raw = self.outcome, !raw.isEmpty { outcome = v.choice("outcome", raw, as: VisitOutcome.self) }
        let reason = v.note("outcomeReason", outcomeReason, required: outcome == .notSuitable, maxLength: Self.maxNoteLength)
        let notes = v.note("notes", notes, required: false, maxLength: Self.maxNoteLength)
        v.version(version, required: requireVersion)
        if outcome != nil, let day, day > today {
            let notYet = FieldProblem(field: "outcome", key: .errorVisitNotYet)
            throw ValidationFailure(v.problems + [notYet], status: v.problems.isEmpty ? .conflict : .unprocessableEntity)
        }
        try v.finish()
        return VisitDraft(placeID: place!, visitOn: day!, timeOfDay: time.replacingOccurrences(of: ":", with: "."), accompaniedBy: companion!,
                          outcome: outcome, outcomeReason: outcome == nil ? nil : reason, notes: notes)
    }

    init(_ visit: FamiliarizationVisit) {
        placeId = visit.$place.id.uuidString
        visitOn = LocalDate(isoString: visit.visitOn).map(FinnishFormat.date) ?? visit.visitOn
        timeOfDay = visit.timeOfDay
        accompaniedBy = visit.accompaniedBy
        outcome = visit.outcome?.rawValue
        outcomeReason = visit.outcomeReason
        notes = visit.notes
        version = visit.version
    }
}
