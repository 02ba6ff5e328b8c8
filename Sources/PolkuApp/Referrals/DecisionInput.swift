import PolkuDomain
import Vapor

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
