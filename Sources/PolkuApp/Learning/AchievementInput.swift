import Foundation
import PolkuDomain
import Vapor

/// What the form or the API sends to record or change a training or certificate. Every field is optional here
/// so that a missing one is reported by name (422) rather than as a decoding failure.
struct AchievementInput: Content {
    /// The period during which it was gained, if any (the form's empty "no period" is made nil before validation).
    var periodId: String?
    var kind: String?
    var name: String?
    var description: String?
    var gainedOn: String?
    var validUntil: String?
    var grantedBy: String?
    /// The version the editor read; required for changes.
    var version: Int?

    static let maxNameLength = 200
    static let maxGrantedByLength = 200
    static let maxDescriptionLength = 4000
}

/// A validated training or certificate, ready to save.
struct AchievementDraft: Sendable {
    var periodID: UUID?
    var kind: AchievementKind
    var name: String?
    var description: String?
    var gainedOn: LocalDate
    var validUntil: LocalDate?
    var grantedBy: String
}

extension AchievementInput {
    /// Checks every field and reports all problems at once. Whether the period is the client's, and whether the
    /// user may record about it, is for `AchievementStore` and the access decision, which know what is stored.
    func validated(today: LocalDate, requireVersion: Bool = false) throws -> AchievementDraft {
        var v = Validator()
        let period = v.optionalID("periodId", periodId)
        let kind = v.choice("kind", kind, as: AchievementKind.self)
        // What a kind needs (a name for "other", what was learned for the competence certificate) and the dates'
        // order are rules of what is sent together: 409 when they come alone, named among the rest otherwise (217).
        var rules: [FieldProblem] = []
        let name = v.note("name", name, required: false, maxLength: Self.maxNameLength)
        if kind?.needsName == true, name == nil, !v.hasProblem("name") { rules.append(FieldProblem(field: "name", key: .errorRequired)) }
        let description = v.note("description", description, required: false, maxLength: Self.maxDescriptionLength)
        if kind?.needsDescription == true, description == nil, !v.hasProblem("description") {
            rules.append(FieldProblem(field: "description", key: .errorRequired))
        }
        let gainedOn = v.date("gainedOn", gainedOn, required: true)
        // Absent is none; a blank date is not a date (forms turn their empty field into nil first).
        var validUntil: LocalDate?
        if let raw = self.validUntil, raw.trimmingCharacters(in: .whitespaces).isEmpty { v.add("validUntil", .errorDate) }
        else { validUntil = v.date("validUntil", self.validUntil, required: false) }
        let grantedBy = v.note("grantedBy", grantedBy, required: true, maxLength: Self.maxGrantedByLength)
        v.version(version, required: requireVersion)
        if let gainedOn {
            for problem in AchievementRules.dateProblems(gainedOn: gainedOn, validUntil: validUntil, today: today) {
                switch problem {
                case .gainedInFuture: rules.append(FieldProblem(field: "gainedOn", key: .errorGainedInFuture))
                case .validBeforeGained: rules.append(FieldProblem(field: "validUntil", key: .errorValidBeforeGained))
                }
            }
        }
        if !rules.isEmpty { throw ValidationFailure(v.problems + rules, status: v.problems.isEmpty ? .conflict : .unprocessableEntity) }
        try v.finish()
        return AchievementDraft(periodID: period, kind: kind!, name: name, description: description, gainedOn: gainedOn!,
                                validUntil: validUntil, grantedBy: grantedBy!)
    }

    /// The form filled with a stored record, dates in Finnish.
    init(_ achievement: Achievement) {
        periodId = achievement.$period.id?.uuidString
        kind = achievement.kind.rawValue
        name = achievement.name
        description = achievement.details
        gainedOn = EndingInput.finnish(achievement.gainedOn)
        validUntil = achievement.validUntil.map(EndingInput.finnish)
        grantedBy = achievement.grantedBy
        version = achievement.version
    }
}
