import Foundation

/// Where the actor stands among organizations, beyond what `Principal` holds.
public struct ReferralParty: Sendable, Equatable {
    /// The actor's own organization: referrals it sent are the actor's "sent" list.
    public var organizationID: UUID?
    /// The actor's organization and every one above it: an area's social worker acts for its county,
    /// the organizer of the referrals it receives.
    public var organizationChain: Set<UUID>

    public init(organizationID: UUID?, organizationChain: Set<UUID>) {
        self.organizationID = organizationID
        self.organizationChain = organizationChain
    }
}

public struct ReferralFacts: Sendable {
    public var client: ClientFacts
    public var referrerOrganizationID: UUID
    public var organizerID: UUID

    public init(client: ClientFacts, referrerOrganizationID: UUID, organizerID: UUID) {
        self.client = client
        self.referrerOrganizationID = referrerOrganizationID
        self.organizerID = organizerID
    }
}

/// Which referrals a list may show; the app turns this into a database filter.
public struct ReferralScope: Sendable, Equatable {
    /// Only clients of these municipalities (the actor's reach).
    public var municipalities: Set<String>
    /// Referrals sent by this organization…
    public var referrerOrganizationID: UUID?
    /// …or received by one of these organizers (deciders only).
    public var organizerIDs: Set<UUID>
}

/// Who may send, see and decide referrals. Social workers, social counsellors and employment
/// specialists send them for clients they may change; social workers and counsellors of the organizer
/// decide them; everyone else is refused by role.
public enum ReferralAccess {
    public static let senders: Set<Role> = [.socialWorker, .socialCounsellor, .employmentSpecialist]
    public static let deciders: Set<Role> = [.socialWorker, .socialCounsellor]

    /// `referral` is nil for `list`, and for `read`/`decide` when no such referral exists. For `send`, `client` is
    /// the client the referral is for; nil asks only whether the role may send at all. Sending changes the
    /// client's path, so it follows the rule for changing the client.
    public static func decide(_ action: Action.Referral, by actor: Principal, party: ReferralParty?,
                              on referral: ReferralFacts?, for client: ClientFacts? = nil) -> AccessDecision {
        guard senders.contains(actor.role) else { return .forbidden }
        if action == .decide, !deciders.contains(actor.role) { return .forbidden }
        // Without the actor's organization nothing is known of what they sent or decide: only whether they may.
        guard let party else { return action == .list || action == .send ? .allow : .notFound }
        switch action {
        case .list:
            return .allow
        case .send:
            guard party.organizationID != nil else { return .forbidden }
            guard let client else { return .allow }
            return ClientAccess.decide(.update, by: actor, on: client)
        case .read:
            guard let referral, isVisible(referral, to: actor, party: party) else { return .notFound }
            return .allow
        case .decide:
            guard let referral, isVisible(referral, to: actor, party: party),
                  ClientAccess.decide(.update, by: actor, on: referral.client) == .allow else { return .notFound }
            // The referrer's own social worker sees the referral but decides only for the organizer.
            return party.organizationChain.contains(referral.organizerID) ? .allow : .forbidden
        }
    }

    public static func listScope(for actor: Principal, party: ReferralParty) -> ReferralScope? {
        guard senders.contains(actor.role) else { return nil }
        return ReferralScope(municipalities: actor.coveredMunicipalityCodes,
                             referrerOrganizationID: party.organizationID,
                             organizerIDs: deciders.contains(actor.role) ? party.organizationChain : [])
    }

    /// The client within reach, and the actor's organization either sent the referral or decides it.
    private static func isVisible(_ referral: ReferralFacts, to actor: Principal, party: ReferralParty) -> Bool {
        guard ClientAccess.decide(.read, by: actor, on: referral.client) == .allow else { return false }
        if let own = party.organizationID, own == referral.referrerOrganizationID { return true }
        return deciders.contains(actor.role) && party.organizationChain.contains(referral.organizerID)
    }
}

/// What a referral's decision needs: where the actor stands among organizations, and the referral (or for
/// `send`, the client it is for).
public struct ReferralTarget: Sendable {
    public var party: ReferralParty
    public var referral: ReferralFacts?
    public var client: ClientFacts?

    public init(party: ReferralParty, referral: ReferralFacts? = nil, client: ClientFacts? = nil) {
        self.party = party
        self.referral = referral
        self.client = client
    }
}

extension Action.Referral: RecordAction {
    public func decide(by actor: Principal, on target: ReferralTarget?) -> AccessDecision {
        ReferralAccess.decide(self, by: actor, party: target?.party, on: target?.referral, for: target?.client)
    }

    public var action: Action { .referral(self) }
}
