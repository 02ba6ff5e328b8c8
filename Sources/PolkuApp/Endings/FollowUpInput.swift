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
    /// that agrees with "in work or education". 422 naming each field.
    func validated(today: LocalDate, requireVersion: Bool = false) throws -> FollowUpDraft {
        var v = Validator()
        let ending = v.optionalID("endingId", endingId)
        if endingId == nil { v.add("endingId", .errorRequired) }
        let point = v.choice("point", point, as: FollowUpPoint.self)
        let doneOn = v.date("doneOn", doneOn, required: true)
        let situation = v.choice("situation", situation, as: NextPath.self)
        if inWorkOrEducation == nil { v.add("inWorkOrEducation", .errorRequired) }
        if let doneOn, FollowUpRules.isInFuture(doneOn, today: today) { v.add("doneOn", .errorFollowUpInFuture) }
        if let situation, let inWorkOrEducation {
            switch FollowUpRules.contradiction(situation: situation, inWorkOrEducation: inWorkOrEducation) {
            case .situationIsWorkOrEducation: v.add("situation", .errorSituationIsWorkOrEducation)
            case .situationIsNeither: v.add("situation", .errorSituationIsNeither)
            case nil: break
            }
        }
        let notes = v.note("notes", notes, required: false, maxLength: Self.maxNotesLength)
        v.version(version, required: requireVersion)
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
