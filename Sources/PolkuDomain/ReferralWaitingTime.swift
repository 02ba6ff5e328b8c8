/// How long a client has waited for a decision on a referral, in calendar days.
public enum ReferralWaitingTime {
    /// From the day the referral was received to the final decision, or to `today` while the referral
    /// is still open (received or queued: a queued client is still waiting for a place).
    public static func days(receivedOn: LocalDate, decidedOn: LocalDate?, state: ReferralState, today: LocalDate) -> Int {
        let end = state.isOpen ? today : (decidedOn ?? today)
        return max(0, receivedOn.days(until: end))
    }
}
