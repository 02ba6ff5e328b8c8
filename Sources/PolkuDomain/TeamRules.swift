/// Who may be on a client's multi-professional team and be its responsible worker.
public enum TeamRules {
    /// Membership opens the client's records to the member, so a client's own account is never a member.
    public static func mayJoin(_ role: Role) -> Bool {
        role != .client
    }

    /// A client assessed as needing special support (social welfare act 42 §, seed 002) has a social worker as
    /// responsible worker (decision 110).
    public static func mayBeResponsible(_ role: TeamRole, needsSpecialSupport: Bool) -> Bool {
        !needsSpecialSupport || role == .socialWorker
    }
}
