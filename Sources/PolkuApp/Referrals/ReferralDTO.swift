import Fluent
import PolkuDomain
import Vapor

/// A referral as a page or the API shows it, with names looked up and the waiting time computed.
struct ReferralDTO: Content {
    var id: UUID
    var clientId: UUID
    var clientName: String
    var referrerOrganizationId: UUID
    var referrerOrganizationName: String
    var referrerUserId: UUID?
    var referrerUserName: String?
    var organizerId: UUID
    var organizerName: String
    var reason: String
    var urgency: Urgency
    var source: ReferralSource
    var consentToShare: Bool
    var state: ReferralState
    var decisionNote: String?
    var receivedOn: String
    var decidedOn: String?
    var decidedById: UUID?
    var decidedByName: String?
    var isReturn: Bool
    /// Days from receipt to the final decision, or to today while the referral is open.
    var waitingDays: Int
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?
}

extension Request {
    /// Maps referrals for display, with one look-up each of clients, organizations and users for all of them.
    func referralViews(_ referrals: [Referral]) async throws -> [ReferralDTO] {
        guard !referrals.isEmpty else { return [] }
        let clientIDs = Set(referrals.map { $0.$client.id })
        let orgIDs = Set(referrals.flatMap { [$0.$referrerOrganization.id, $0.$organizer.id] })
        let userIDs = Set(referrals.flatMap { [$0.$referrerUser.id, $0.$decidedBy.id].compactMap { $0 } })
        let clients = try await Client.query(on: db).filter(\.$id ~~ Array(clientIDs)).all()
        let orgs = try await Organization.query(on: db).filter(\.$id ~~ Array(orgIDs)).all()
        let clientNames = Dictionary(clients.compactMap { c in c.id.map { ($0, c.fullName) } }, uniquingKeysWith: { a, _ in a })
        let orgNames = Dictionary(orgs.compactMap { o in o.id.map { ($0, o.name) } }, uniquingKeysWith: { a, _ in a })
        let userNames = try await UserNames.of(Array(userIDs), on: db)
        let today = self.today
        return try referrals.map { r in
            let received = LocalDate(isoString: r.receivedOn) ?? today
            return ReferralDTO(
                id: try r.requireID(), clientId: r.$client.id, clientName: clientNames[r.$client.id] ?? "–",
                referrerOrganizationId: r.$referrerOrganization.id,
                referrerOrganizationName: orgNames[r.$referrerOrganization.id] ?? "–",
                referrerUserId: r.$referrerUser.id, referrerUserName: r.$referrerUser.id.flatMap { userNames[$0] },
                organizerId: r.$organizer.id, organizerName: orgNames[r.$organizer.id] ?? "–",
                reason: r.reason, urgency: r.urgency, source: r.source, consentToShare: r.consentToShare, state: r.state,
                decisionNote: r.decisionNote, receivedOn: r.receivedOn, decidedOn: r.decidedOn,
                decidedById: r.$decidedBy.id, decidedByName: r.$decidedBy.id.flatMap { userNames[$0] },
                isReturn: r.isReturn,
                waitingDays: ReferralWaitingTime.days(receivedOn: received, decidedOn: r.decidedOn.flatMap(LocalDate.init(isoString:)),
                                                      state: r.state, today: today),
                version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt)
        }
    }
}

extension ReferralSource {
    /// What a referral from an organization of this kind usually is, when the referrer does not say:
    /// employment services refer from employment services, the county's and municipalities' social work
    /// from adult social work.
    static func usual(for kind: Organization.Kind?) -> ReferralSource {
        switch kind {
        case .employmentServices: .employmentServices
        case .county, .jointAuthority, .area, .municipality: .adultSocialWork
        case .provider, nil: .other
        }
    }
}
