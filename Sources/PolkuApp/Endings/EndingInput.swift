import Fluent
import Foundation
import PolkuDomain
import Vapor

/// What the form or the API sends to record or change an ending. Every field is optional here so
/// that a missing one is reported by name (422) rather than as a decoding failure.
struct EndingInput: Content {
    /// The period that ended, if any (the form's empty "no period" is made nil before validation).
    var periodId: String?
    var endedOn: String?
    var reason: String?
    var nextPath: String?
    var handedOverTo: String?
    var handedOverOn: String?
    var notes: String?
    /// The version the editor read; required for changes.
    var version: Int?

    static let maxHandedOverToLength = 200
    static let maxNotesLength = 4000
}

/// A validated ending, ready to save.
struct EndingDraft: Sendable {
    var periodID: UUID?
    var endedOn: LocalDate
    var reason: EndingReason
    var nextPath: NextPath
    var handedOverTo: String?
    var handedOverOn: LocalDate?
    var notes: String?
}

extension EndingInput {
    /// Every problem in one round (issue 13, item 1): the fields, and — for whatever could be read — what the stored
    /// records say of the period named (`EndingStore.periodRules`). 422 when anything is malformed or missing, else 409.
    func validated(clientID: UUID, except endingID: UUID? = nil, requireVersion: Bool = false, on db: any Database) async throws -> EndingDraft {
        var v = Validator()
        let fields = fieldDraft(&v, requireVersion: requireVersion)
        let malformed = v.problems
        let marked = Set(malformed.map(\.field))
        let periodID = marked.contains("periodId") ? nil : fields.periodID
        let conflicts = try await EndingStore.periodRules(periodID, endedOn: fields.endedOn, clientID: clientID, except: endingID, on: db)
            .problems.filter { !marked.contains($0.field) }
        if !malformed.isEmpty || !conflicts.isEmpty {
            throw ValidationFailure(malformed + conflicts, status: malformed.isEmpty ? .conflict : .unprocessableEntity)
        }
        return EndingDraft(periodID: fields.periodID, endedOn: fields.endedOn!, reason: fields.reason!, nextPath: fields.nextPath!,
                           handedOverTo: fields.handedOverTo, handedOverOn: fields.handedOverOn, notes: fields.notes)
    }

    /// The fields as read, each problem added to `v`.
    private func fieldDraft(_ v: inout Validator, requireVersion: Bool)
        -> (periodID: UUID?, endedOn: LocalDate?, reason: EndingReason?, nextPath: NextPath?, handedOverTo: String?, handedOverOn: LocalDate?, notes: String?) {
        let period = v.optionalID("periodId", periodId)
        let endedOn = v.date("endedOn", endedOn, required: true)
        let reason = v.choice("reason", reason, as: EndingReason.self)
        let nextPath = v.choice("nextPath", nextPath, as: NextPath.self)
        let to = v.note("handedOverTo", handedOverTo, required: false, maxLength: Self.maxHandedOverToLength)
        // Absent is none; a blank date is not a date (forms turn their empty field into nil first).
        var handedOverOn: LocalDate?
        if let raw = self.handedOverOn, raw.trimmingCharacters(in: .whitespaces).isEmpty { v.add("handedOverOn", .errorDate) }
        else { handedOverOn = v.date("handedOverOn", self.handedOverOn, required: false) }
        let notes = v.note("notes", notes, required: false, maxLength: Self.maxNotesLength)
        v.version(version, required: requireVersion)
        return (period, endedOn, reason, nextPath, to, handedOverOn, notes)
    }

    /// The form filled with a stored ending, dates in Finnish.
    init(_ ending: Ending) {
        periodId = ending.$period.id?.uuidString
        endedOn = Self.finnish(ending.endedOn)
        reason = ending.reason.rawValue
        nextPath = ending.nextPath.rawValue
        handedOverTo = ending.handedOverTo
        handedOverOn = ending.handedOverOn.map(Self.finnish)
        notes = ending.notes
        version = ending.version
    }

    static func finnish(_ iso: String) -> String {
        LocalDate(isoString: iso).map(FinnishFormat.date) ?? iso
    }
}
