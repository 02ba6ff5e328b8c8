import PolkuDomain
import Vapor

/// What the referral form or `POST /api/v1/referrals` sends. Every field is optional here so that a
/// missing one is reported by name (422) rather than as a decoding failure.
struct ReferralInput: Content {
    /// The API names the client here; a page takes it from its path.
    var clientId: String?
    var reason: String?
    var urgency: String?
    /// A form's unticked checkbox sends nothing, which means no consent.
    var consentToShare: Bool?
}

/// A validated referral, ready to send.
struct ReferralDraft {
    var reason: String
    var urgency: Urgency
    var consentToShare: Bool
}

extension ReferralInput {
    static let maxReasonLength = 2000

    /// Checks every field and reports all problems at once. `fromAPI`: the client is named in the body
    /// and the consent must be stated either way; a form's checkbox left empty is a recorded "no".
    func validated(fromAPI: Bool) throws -> (clientID: UUID?, draft: ReferralDraft) {
        var v = Validator()
        var clientID: UUID?
        if fromAPI {
            let raw = clientId?.trimmingCharacters(in: .whitespaces) ?? ""
            clientID = UUID(uuidString: raw)
            if clientID == nil { v.add("clientId", raw.isEmpty ? .errorRequired : .errorUUID) }
        }
        let reason = v.note("reason", reason, required: true, maxLength: Self.maxReasonLength)
        let urgency = Urgency(rawValue: self.urgency ?? "")
        if urgency == nil { v.add("urgency", (self.urgency ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        if fromAPI && consentToShare == nil { v.add("consentToShare", .errorRequired) }
        try v.finish()
        return (clientID, ReferralDraft(reason: reason!, urgency: urgency!, consentToShare: consentToShare ?? false))
    }
}

/// The organizer's decision on a referral, from the referral page or
/// `POST /api/v1/referrals/{referralId}/decision`.
struct DecisionInput: Content {
    var state: String?
    /// Required when returning: the referrer must learn why.
    var note: String?
    /// The version that was read.
    var version: Int?
}

struct DecisionDraft {
    var state: ReferralState
    var note: String?
    var version: Int
}

extension DecisionInput {
    func validated() throws -> DecisionDraft {
        var v = Validator()
        let state = ReferralState(rawValue: self.state ?? "").flatMap { ReferralState.decisions.contains($0) ? $0 : nil }
        if state == nil { v.add("state", (self.state ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        let note = v.note("note", note, required: state?.needsNote ?? false, maxLength: ReferralInput.maxReasonLength)
        if let version, version < 1 { v.add("version", .errorNumberRange, ["min": "1", "max": "\(Int.max)"]) }
        if version == nil { v.add("version", .errorRequired) }
        try v.finish()
        return DecisionDraft(state: state!, note: note, version: version!)
    }
}

extension Validator {
    /// Free text of several lines (`TextRules.isNote`), at most `maxLength` code points. Returned
    /// trimmed; nil when blank and not required.
    mutating func note(_ field: String, _ value: String?, required: Bool, maxLength: Int) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty && required { add(field, .errorRequired); return nil }
        guard let value else { return nil }
        if TextRules.length(value) > maxLength { add(field, .errorTooLong, ["max": "\(maxLength)"]); return nil }
        guard TextRules.isNote(value, allowBlank: !required) else { add(field, .errorInvalidCharacters); return nil }
        return trimmed.isEmpty ? nil : trimmed
    }
}
