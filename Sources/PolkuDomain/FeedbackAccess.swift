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

/// What a feedback decision needs about the client and, to change one, the answer.
public struct FeedbackFacts: Sendable {
    public var client: ClientFacts
    /// For a work coach: a period of the client at a place of the coach's organization is open for feedback
    /// today. The coach answers for it also in the weeks after the period, when they no longer read the client.
    public var openPeriodAtActorsProvider: Bool
    /// To change an answer: how it was given…
    public var answerChannel: FeedbackChannel?
    /// …and the provider of the place it is about.
    public var answerPlaceProviderID: UUID?

    public init(client: ClientFacts, openPeriodAtActorsProvider: Bool = false, answerChannel: FeedbackChannel? = nil,
                answerPlaceProviderID: UUID? = nil) {
        self.client = client
        self.openPeriodAtActorsProvider = openPeriodAtActorsProvider
        self.answerChannel = answerChannel
        self.answerPlaceProviderID = answerPlaceProviderID
    }
}

extension Action.Feedback: RecordAction {
    /// A role kept from the form, or that never gives it, is refused (403) whatever the client (decision 2).
    /// The client answers only for themself; workers record paper answers of clients they may change; a work
    /// coach answers for clients placed at their organization, also in the weeks after the period while the
    /// feedback is open. Anyone else gets the same 404 as a missing client. An answer is changed only through
    /// the channel it came by (403), and a coach changes only their own organization's places' answers (404).
    public func decide(by actor: Principal, on facts: FeedbackFacts?) -> AccessDecision {
        switch self {
        case .read(let form):
            guard FeedbackAccess.mayRead(form, by: actor.role) else { return .forbidden }
            return ClientAccess.decide(.read, by: actor, on: facts?.client)
        case .give(let form):
            guard let channel = FeedbackAccess.channel(for: form, by: actor.role) else { return .forbidden }
            return Self.give(through: channel, by: actor, on: facts)
        case .change(let form):
            guard let channel = FeedbackAccess.channel(for: form, by: actor.role) else { return .forbidden }
            let giving = Self.give(through: channel, by: actor, on: facts)
            guard giving == .allow, let facts, let answerChannel = facts.answerChannel else { return giving }
            guard FeedbackAccess.mayChange(form, givenThrough: answerChannel, by: actor.role) else { return .forbidden }
            if channel == .online, form == .place, facts.answerPlaceProviderID != actor.organizationID { return .notFound }
            return .allow
        }
    }

    private static func give(through channel: FeedbackChannel, by actor: Principal, on facts: FeedbackFacts?) -> AccessDecision {
        switch (channel, actor.role) {
        case (.online, .client): return ClientAccess.decide(.read, by: actor, on: facts?.client)
        case (.online, _):
            // The place's coach: their organization's clients.
            guard actor.organizationID != nil else { return .notFound }
            let reads = ClientAccess.decide(.read, by: actor, on: facts?.client)
            return reads == .allow || facts?.openPeriodAtActorsProvider == true ? .allow : .notFound
        case (.paper, _): return ClientAccess.decide(.update, by: actor, on: facts?.client)
        }
    }

    /// The provider whose places' periods the actor answers about: a coach's own, online; nil for everyone else.
    public func answersForProvider(_ actor: Principal) -> UUID? {
        guard form == .place, FeedbackAccess.channel(for: form, by: actor.role) == .online else { return nil }
        return actor.organizationID
    }

    public var form: FeedbackForm {
        switch self {
        case .read(let form), .give(let form), .change(let form): form
        }
    }

    public var action: Action { .feedback(self) }
}

extension Action.FeedbackResults: RecordAction {
    /// Results are counts and means without names: every role sees some but the client; a coach needs an
    /// organization, whose places' results they see (`FeedbackAccess.resultScope`).
    public func decide(by actor: Principal, on facts: Never?) -> AccessDecision {
        FeedbackAccess.resultScope(role: actor.role, coveredMunicipalityCodes: [], organizationID: actor.organizationID, counties: [])
            == .forbidden ? .forbidden : .allow
    }

    public var action: Action { .feedbackResults(self) }
}
