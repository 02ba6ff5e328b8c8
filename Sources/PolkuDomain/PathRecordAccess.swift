import Foundation

/// Records of the client path that belong to one client, and who writes each of them. Reading
/// and reach are the client's (`ClientAccess`: `.read` to read, `.update` to write); this adds which
/// of the roles that may change a client also write a record of this kind.
public enum PathRecordKind: String, Sendable, CaseIterable {
    case assessment, ending, followUp
    /// Placement: queuing for a place, familiarization visits, the shop steward's notice.
    case queueEntry, visit, shopStewardNotice

    /// The service needs assessment is the social care professionals' work (seed 003: sosiaalityöntekijä
    /// or sosiaaliohjaaja makes the PTA); employment specialists read it. The ending and the follow-ups
    /// are planned with employment services (seed 002), so they write those too.
    public var writers: Set<Role> {
        switch self {
        case .assessment: [.socialWorker, .socialCounsellor]
        case .ending, .followUp: [.socialWorker, .socialCounsellor, .employmentSpecialist]
        // Placement search is social work (DESIGN: the counsellor searches places); the decision stays the social worker's.
        case .queueEntry, .visit, .shopStewardNotice: [.socialWorker, .socialCounsellor]
        }
    }

    public func mayWrite(_ role: Role) -> Bool { writers.contains(role) }
}
