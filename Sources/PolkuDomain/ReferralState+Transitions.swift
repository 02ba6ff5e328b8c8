/// Which decisions a referral can take from where it stands: a received referral is accepted,
/// returned or queued; a queued one is later accepted or returned; accepted and returned are final.
extension ReferralState {
    /// The states a decision may set.
    public static let decisions: [ReferralState] = [.accepted, .returned, .queued]

    public func mayMove(to next: ReferralState) -> Bool {
        switch (self, next) {
        case (.received, .accepted), (.received, .returned), (.received, .queued),
             (.queued, .accepted), (.queued, .returned):
            true
        default:
            false
        }
    }

    /// Still waiting for a final decision: the waiting time keeps growing.
    public var isOpen: Bool { self == .received || self == .queued }

    /// A return must say why, so that the referrer can act on it.
    public var needsNote: Bool { self == .returned }
}
