import Foundation

/// Whose places' results a user sees. Results are counts and means without names, so managers and
/// admins see them; workers see their county's places; a work coach sees their own organization's.
public enum FeedbackResultScope: Sendable, Equatable {
    /// 403: the role never sees results (clients).
    case forbidden
    case allPlaces
    /// Places in these municipalities.
    case municipalities(Set<String>)
    /// Places of this provider organization.
    case provider(UUID)
}

/// Who gives, changes and sees feedback. Reading an answer is reading client data (`ClientAccess`).
public enum FeedbackAccess {
    /// Who may give an answer of `form`, and through which channel: the client online, the workers
    /// who change clients from the client's paper form, and the place's work coach for the place — or a
    /// worker from the place's paper form, as places sent theirs on paper before the uniform forms.
    public static func channel(for form: FeedbackForm, by role: Role) -> FeedbackChannel? {
        switch (form, role) {
        case (.client, .client): .online
        case (.client, .socialWorker), (.client, .socialCounsellor), (.client, .employmentSpecialist): .paper
        case (.place, .workCoach): .online
        case (.place, .socialWorker), (.place, .socialCounsellor), (.place, .employmentSpecialist): .paper
        default: nil
        }
    }

    /// Whether `role` may read answers of `form` of a client they may read. The client's feedback about the
    /// place is kept from work coaches: one answer read at the place would undo the threshold of the results.
    public static func mayRead(_ form: FeedbackForm, by role: Role) -> Bool {
        !(form == .client && role == .workCoach)
    }

    /// Whether `role` may change an answer given through `channel`: the client's own words only by the
    /// client, a paper answer only by the workers who record them, the place's online answer by its coaches.
    public static func mayChange(_ form: FeedbackForm, givenThrough channel: FeedbackChannel, by role: Role) -> Bool {
        self.channel(for: form, by: role) == channel
    }

    /// `counties`: the municipality codes of each county (organizer) there is; a worker or manager sees the
    /// places of every county their organization shares a municipality with.
    public static func resultScope(role: Role, coveredMunicipalityCodes: Set<String>, organizationID: UUID?,
                                   counties: [Set<String>]) -> FeedbackResultScope {
        switch role {
        case .admin: return .allPlaces
        case .client: return .forbidden
        case .workCoach: return organizationID.map(FeedbackResultScope.provider) ?? .forbidden
        case .manager, .socialWorker, .socialCounsellor, .employmentSpecialist:
            let codes = counties.filter { !$0.isDisjoint(with: coveredMunicipalityCodes) }.reduce(into: Set<String>()) { $0.formUnion($1) }
            return .municipalities(codes)
        }
    }

    /// Whether a place is within the scope. `providerID` and `municipalityCode` are the place's.
    public static func sees(_ scope: FeedbackResultScope, placeOf providerID: UUID, in municipalityCode: String) -> Bool {
        switch scope {
        case .forbidden: false
        case .allPlaces: true
        case .municipalities(let codes): codes.contains(municipalityCode)
        case .provider(let id): id == providerID
        }
    }
}
