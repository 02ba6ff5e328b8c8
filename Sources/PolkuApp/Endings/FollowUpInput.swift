import Foundation
import PolkuDomain
import Vapor

/// What the form or the API sends to record or change a follow-up.
struct FollowUpInput: Content {
    var endingId: String?
    var point: String?
    var doneOn: String?
    /// Where the client is now, as a `NextPath` code.
    var situation: String?
    /// Required by the API; the form's unticked box sends nothing and means no.
    var inWorkOrEducation: Bool?
    var notes: String?
    /// The version the editor read; required for changes.
    var version: Int?

    static let maxNotesLength = 2000
}

struct FollowUpDraft: Sendable {
    var endingID: UUID
    var point: FollowUpPoint
    var doneOn: LocalDate
    var situation: NextPath
    var inWorkOrEducation: Bool
    var notes: String?
}

extension FollowUpInput {
    /// Every field, and what they say together (`FollowUpRules`, decision 213): not done after `today`, and a situation
    /// that agrees with "in work or education". 422 naming each field; 409 when only those two rules are broken.
    func validated(today: LocalDate, requireVersion: Bool = false) throws -> FollowUpDraft {
        var v = Validator()
        let ending = v.optionalID("endingId", endingId)
        if endingId == nil { v.add("endingId", .errorRequired) }
        let point = v.choice("point", point, as: FollowUpPoint.self)
        let doneOn = v.date("doneOn", doneOn, required: true)
        let situation = v.choice("situation", situation, as: NextPath.self)
        if inWorkOrEducation == nil { v.add("inWorkOrEducation", .errorRequired) }
        // Well-formed answers that contradict the day or each other are 409 when they come alone, and named among
        // the rest otherwise, as the decision form does (decision 217).
        var rules: [FieldProblem] = []
        if let doneOn, FollowUpRules.isInFuture(doneOn, today: today) { rules.append(FieldProblem(field: "doneOn", key: .errorFollowUpInFuture)) }
        if let situation, let inWorkOrEducation {
            switch FollowUpRules.contradiction(situation: situation, inWorkOrEducation: inWorkOrEducation) {
            case .situationIsWorkOrEducation: rules.append(FieldProblem(field: "situation", key: .errorSituationIsWorkOrEducation))
            case .situationIsNeither: rules.append(FieldProblem(field: "situation", key: .errorSituationIsNeither))
            case nil: break
            }
        }
        let notes = v.note("notes", notes, required: false, maxLength: Self.maxNotesLength)
        v.version(version, required: requireVersion)
        if !rules.isEmpty { throw ValidationFailure(v.problems + rules, status: v.problems.isEmpty ? .conflict : .unprocessableEntity) }
        try v.finish()
        return FollowUpDraft(endingID: ending!, point: point!, doneOn: doneOn!, situation: situation!,
                             inWorkOrEducation: inWorkOrEducation!, notes: notes)
    }

    init(_ followUp: FollowUp) {
        endingId = followUp.$ending.id.uuidString
        point = followUp.point.rawValue
        doneOn = EndingInput.finnish(followUp.doneOn)
        situation = followUp.situation.rawValue
        inWorkOrEducation = followUp.inWorkOrEducation
        notes = followUp.notes
        version = followUp.version
    }
}
