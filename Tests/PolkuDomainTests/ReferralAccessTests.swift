import Foundation
import PolkuDomain
import Testing

struct ReferralAccessTests {
    private static let county = UUID(), area = UUID(), employment = UUID()
    private static let near = ClientFacts(id: UUID(), municipalityCode: "167")
    private static let far = ClientFacts(id: UUID(), municipalityCode: "422")

    private static func actor(_ role: Role) -> Principal {
        Principal(userID: UUID(), role: role, coveredMunicipalityCodes: ["167"], placedClientIDs: [near.id], ownClientID: near.id)
    }

    /// An area worker acts for the county above it; employment services stand alone.
    private static func party(_ role: Role) -> ReferralParty {
        role == .employmentSpecialist
            ? ReferralParty(organizationID: employment, organizationChain: [employment])
            : ReferralParty(organizationID: area, organizationChain: [area, county])
    }

    private static func code(_ decision: AccessDecision) -> Character {
        switch decision {
        case .allow: "A"
        case .forbidden: "F"
        case .notFound: "N"
        }
    }

    /// Referrals: (near, sent by the county) (near, sent by employment services) (far, sent by the county) (none).
    @Test(arguments: Role.allCases)
    func decisions(role: Role) {
        let referrals: [ReferralFacts?] = [
            ReferralFacts(client: Self.near, referrerOrganizationID: Self.county, organizerID: Self.county),
            ReferralFacts(client: Self.near, referrerOrganizationID: Self.employment, organizerID: Self.county),
            ReferralFacts(client: Self.far, referrerOrganizationID: Self.county, organizerID: Self.county),
            nil,
        ]
        let actor = Self.actor(role), party = Self.party(role)
        let read = String(referrals.map { Self.code(ReferralAccess.decide(.read, by: actor, party: party, on: $0)) })
        let decide = String(referrals.map { Self.code(ReferralAccess.decide(.decide, by: actor, party: party, on: $0)) })
        let send = String([Self.near, Self.far, nil].map { Self.code(ReferralAccess.decide(.send, by: actor, party: party, on: nil, for: $0)) })
        let expected: (String, String, String) = switch role {
        case .socialWorker, .socialCounsellor: ("AANN", "AANN", "ANA")
        case .employmentSpecialist: ("NANN", "FFFF", "ANA")
        case .admin, .manager, .workCoach, .client: ("FFFF", "FFFF", "FFF")
        }
        #expect(read == expected.0, "\(role) read")
        #expect(decide == expected.1, "\(role) decide")
        #expect(send == expected.2, "\(role) send")
    }

    @Test func aWorkerOfAnotherOrganizerSeesWhatTheySentButDoesNotDecideIt() {
        let otherCounty = UUID()
        let referral = ReferralFacts(client: Self.near, referrerOrganizationID: Self.area, organizerID: otherCounty)
        let actor = Self.actor(.socialWorker), party = Self.party(.socialWorker)
        #expect(ReferralAccess.decide(.read, by: actor, party: party, on: referral) == .allow)
        #expect(ReferralAccess.decide(.decide, by: actor, party: party, on: referral) == .forbidden)
    }

    @Test func listsCoverTheReachAndOnlyDecidersGetTheQueue() {
        let worker = ReferralAccess.listScope(for: Self.actor(.socialWorker), party: Self.party(.socialWorker))
        #expect(worker?.municipalities == ["167"])
        #expect(worker?.organizerIDs == [Self.area, Self.county])
        let specialist = ReferralAccess.listScope(for: Self.actor(.employmentSpecialist), party: Self.party(.employmentSpecialist))
        #expect(specialist?.referrerOrganizationID == Self.employment)
        #expect(specialist?.organizerIDs == [])
        #expect(ReferralAccess.listScope(for: Self.actor(.workCoach), party: Self.party(.workCoach)) == nil)
    }
}
