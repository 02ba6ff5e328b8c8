import PolkuDomain
import Vapor

/// What the referral form or `POST /api/v1/referrals` sends. Every field is optional here so that a
/// missing one is reported by name (422) rather than as a decoding failure.
struct ReferralInput: Content {
    /// The API names the client here; a page takes it from its path.
    var clientId: String?
    var reason: String?
    var urgency: String?
    /// A `ReferralSource`; left out, the referrer's organization says it (decision 107).
    var source: String?
    /// A form's unticked checkbox sends nothing, which means no consent.
    var consentToShare: Bool?
}

/// A validated referral, ready to send.
struct ReferralDraft {
    var reason: String
    var urgency: Urgency
    /// Nil: the referrer's organization decides it when the referral is sent.
    var source: ReferralSource?
    var consentToShare: Bool
}

extension ReferralInput {
    static let maxReasonLength = 2000

    /// Checks every field and reports all problems at once. `fromAPI`: the client is named in the body
    /// and the consent must be stated either way; a form's checkbox left empty is a recorded "no".
    func validated(fromAPI: Bool) throws -> (clientID: ClientID?, draft: ReferralDraft) {
        var v = Validator()
        var clientID: ClientID?
        if fromAPI {
            let raw = clientId?.trimmingCharacters(in: .whitespaces) ?? ""
            clientID = UUID(uuidString: raw).map(ClientID.init(rawValue:))
            if clientID == nil { v.add("clientId", raw.isEmpty ? .errorRequired : .errorUUID) }
        }
        let reason = v.note("reason", reason, required: true, maxLength: Self.maxReasonLength)
        let urgency = Urgency(rawValue: self.urgency ?? "")
        if urgency == nil { v.add("urgency", (self.urgency ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        let sourceText = self.source?.trimmingCharacters(in: .whitespaces) ?? ""
        let source = ReferralSource(rawValue: sourceText)
        if !sourceText.isEmpty && source == nil { v.add("source", .errorInvalidChoice) }
        if fromAPI && consentToShare == nil { v.add("consentToShare", .errorRequired) }
        try v.finish()
        return (clientID, ReferralDraft(reason: reason!, urgency: urgency!, source: source, consentToShare: consentToShare ?? false))
    }
}
