public enum Role: String, Sendable, CaseIterable, Codable {
    case admin, socialWorker, socialCounsellor, employmentSpecialist, workCoach, manager, client

    /// Admins run the service (organizations, users, audit trail) but never see client records.
    public var canManageOrganizations: Bool { self == .admin }

    public var canSearchAudit: Bool { self == .admin }

    /// Aggregate statistics without identities.
    public var seesStatistics: Bool { self == .manager || self == .admin || self == .socialWorker }
}
