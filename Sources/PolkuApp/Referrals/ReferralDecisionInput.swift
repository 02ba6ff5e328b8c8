import PolkuDomain
import Vapor

/// The organizer's decision on a referral, from the referral page or
/// `POST /api/v1/referrals/{referralId}/decision`.
struct ReferralDecisionInput: Content {
    var state: String?
    /// Required when returning: the referrer must learn why.
    var note: String?
    /// The version that was read.
    var version: Int?

    static let maxNoteLength = ReferralInput.maxReasonLength
}

struct ReferralDecisionDraft {
    var state: ReferralState
    var note: String?
    var version: Int
}

extension ReferralDecisionInput {
    func validated() throws -> ReferralDecisionDraft {
        var v = Validator()
        let state = ReferralState(rawValue: self.state ?? "").flatMap { ReferralState.decisions.contains($0) ? $0 : nil }
        if state == nil { v.add("state", (self.state ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        let note = v.note("note", note, required: state?.needsNote ?? false, maxLength: Self.maxNoteLength)
        if let version, version < 1 { v.add("version", .errorNumberRange, ["min": "1", "max": "\(Int.max)"]) }
        if version == nil { v.add("version", .errorRequired) }
        try v.finish()
        return ReferralDecisionDraft(state: state!, note: note, version: version!)
    }
}
