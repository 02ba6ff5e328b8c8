import Foundation
import PolkuDomain
import Testing

/// Every action of the catalog decided for every role (decision 140): on a record within the actor's reach, one
/// beyond it, and no record. A stands for allow, F for forbidden (403), N for not found (404).
struct ActionCatalogTests {
    private static let ownOrganization = UUID()
    private static let otherOrganization = UUID()
    private static let near = ClientFacts(id: UUID(), municipalityCode: "091")
    private static let far = ClientFacts(id: UUID(), municipalityCode: "049")

    /// Every role gets the same facts, all pointing at `near` and at its own organization, so that only the role decides.
    private static func actor(_ role: Role) -> Principal {
        Principal(userID: UUID(), role: role, organizationID: ownOrganization, coveredMunicipalityCodes: ["091", "092"],
                  placedClientIDs: [near.id], ownClientID: near.id)
    }

    private static func code(_ decision: AccessDecision) -> Character {
        switch decision {
        case .allow: "A"
        case .forbidden: "F"
        case .notFound: "N"
        }
    }

    private static func codes<A: RecordAction>(_ action: A, _ actor: Principal, _ facts: [A.Facts?]) -> String {
        String(facts.map { code(action.decide(by: actor, on: $0)) })
    }

    private static let party = ReferralParty(organizationID: ownOrganization, organizationChain: [ownOrganization])
    private static func referral(_ client: ClientFacts) -> ReferralFacts {
        ReferralFacts(client: client, referrerOrganizationID: otherOrganization, organizerID: ownOrganization)
    }

    /// The decisions on (near, far, none); for kinds decided by the role alone, one letter.
    static func observed(_ action: Action, by role: Role) -> String {
        let actor = actor(role)
        switch action {
        case .client(let a): return codes(a, actor, [near, far, nil])
        case .assessment(let a): return codes(a, actor, [near, far, nil])
        case .plan(let a): return codes(a, actor, [near, far, nil])
        case .team(let a): return codes(a, actor, [near, far, nil])
        case .decision(let a): return codes(a, actor, [near, far, nil])
        case .meeting(let a): return codes(a, actor, [near, far, nil])
        case .ending(let a): return codes(a, actor, [near, far, nil])
        case .followUp(let a): return codes(a, actor, [near, far, nil])
        case .queueEntry(let a): return codes(a, actor, [near, far, nil])
        case .visit(let a): return codes(a, actor, [near, far, nil])
        case .shopStewardNotice(let a): return codes(a, actor, [near, far, nil])
        case .matching(let a): return codes(a, actor, [near, far, nil])
        case .me(let a): return codes(a, actor, [near, far, nil])
        // The near client's period at the actor's own organization's place; the far one's elsewhere.
        case .evaluation(let a):
            return codes(a, actor, [EvaluationFacts(client: near, periodProviderID: ownOrganization),
                                    EvaluationFacts(client: far, periodProviderID: otherOrganization), nil])
        // Near: a period at the actor's own organization's place; far: a client beyond reach, a period elsewhere.
        case .achievement(let a):
            return codes(a, actor, [AchievementFacts(client: near, period: .at(provider: ownOrganization)),
                                    AchievementFacts(client: far, period: .at(provider: otherOrganization)), nil])
        case .referral(let a):
            return codes(a, actor, [ReferralTarget(party: party, referral: referral(near), client: near),
                                    ReferralTarget(party: party, referral: referral(far), client: far), nil])
        // Near: an answer on paper about the actor's organization's place; far: one given online about another's,
        // of a client beyond reach with a period open at the actor's organization.
        case .feedback(let a):
            return codes(a, actor, [FeedbackFacts(client: near, answerChannel: .paper, answerPlaceProviderID: ownOrganization),
                                    FeedbackFacts(client: far, openPeriodAtActorsProvider: true, answerChannel: .online,
                                                  answerPlaceProviderID: otherOrganization), nil])
        case .placeQueue(let a):
            return codes(a, actor, [PlaceFacts(providerID: ownOrganization), PlaceFacts(providerID: otherOrganization), nil])
        case .user(let a): return codes(a, actor, [UserFacts(role: .socialWorker), UserFacts(role: .client), nil])
        case .coachWeek(let a): return codes(a, actor, [nil])
        case .place(let a): return codes(a, actor, [nil])
        case .provider(let a): return codes(a, actor, [nil])
        case .feedbackResults(let a): return codes(a, actor, [nil])
        case .policy(let a): return codes(a, actor, [nil])
        case .organizerDocument(let a): return codes(a, actor, [nil])
        case .organization(let a): return codes(a, actor, [nil])
        case .audit(let a): return codes(a, actor, [nil])
        case .statistics(let a): return codes(a, actor, [nil])
        }
    }

    /// Each action's decisions for admin, social worker, social counsellor, employment specialist, work coach,
    /// manager and client, in that order.
    static let expected: [String: String] = [
        "achievement(Achievement.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "achievement(Achievement.write)": "FFF ANN ANN ANN ANN FFF FFF",
"assessment(Assessment.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "assessment(Assessment.write)": "FFF ANN ANN FFF FFF FFF FFF",
        "audit(Audit.search)": "A A A A F F F",
        "audit(Audit.searchEverything)": "A F F F F F F",
        "client(Client.create)": "FFF AFA AFA AFA FFF FFF FFF",
        "client(Client.list)": "FFF AAA AAA AAA AAA FFF FFF",
        "client(Client.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "client(Client.readAccessLog)": "FFF ANN ANN ANN FFF FFF ANN",
        "client(Client.readIdentityCode)": "FFF ANN ANN ANN FFF FFF ANN",
        "client(Client.update)": "FFF ANN ANN ANN FFF FFF FFF",
        "coachWeek(CoachWeek.read)": "F F F F A F F",
        "decision(Decision.accept)": "FFF ANN ANN ANN FFF FFF FFF",
        "decision(Decision.excuseEvaluation)": "FFF ANN ANN ANN FFF FFF FFF",
        "decision(Decision.interrupt)": "FFF ANN ANN ANN FFF FFF FFF",
        "decision(Decision.make)": "FFF ANN FNF FNF FFF FFF FFF",
        "decision(Decision.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "ending(Ending.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "ending(Ending.write)": "FFF ANN ANN ANN FFF FFF FFF",
        "evaluation(Evaluation.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "evaluation(Evaluation.write)": "FFF ANN ANN FFF ANN FFF ANN",
        "feedback(Feedback.change(FeedbackForm.client))": "FFF ANN ANN ANN FFF FFF FNN",
        "feedback(Feedback.change(FeedbackForm.place))": "FFF ANN ANN ANN FNN FFF FFF",
        "feedback(Feedback.give(FeedbackForm.client))": "FFF ANN ANN ANN FFF FFF ANN",
        "feedback(Feedback.give(FeedbackForm.place))": "FFF ANN ANN ANN AAN FFF FFF",
        "feedback(Feedback.read(FeedbackForm.client))": "FFF ANN ANN ANN FFF FFF ANN",
        "feedback(Feedback.read(FeedbackForm.place))": "FFF ANN ANN ANN ANN FFF ANN",
        "feedbackResults(FeedbackResults.read)": "A A A A A A F",
        "followUp(FollowUp.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "followUp(FollowUp.write)": "FFF ANN ANN ANN FFF FFF FFF",
        "matching(Matching.read)": "FFF ANN ANN ANN FFF FFF FFF",
        "me(Me.askForService)": "FFF FFF FFF FFF FFF FFF ANN",
        "me(Me.read)": "FFF FFF FFF FFF FFF FFF ANN",
        "me(Me.readAccessLog)": "FFF FFF FFF FFF FFF FFF ANN",
        "meeting(Meeting.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "meeting(Meeting.write)": "FFF ANN ANN ANN FFF FFF FFF",
        "organization(Organization.administer)": "A F F F F F F",
        "organizerDocument(OrganizerDocument.administer)": "A F F F F F F",
        "place(Place.administer)": "A F F F F F F",
        "place(Place.readOccupancy)": "A A A A A A F",
        "placeQueue(PlaceQueue.list)": "FFF AAA AAA AAA AAA FFF FFF",
        "placeQueue(PlaceQueue.read)": "FFF AAN AAN AAN ANN FFF FFF",
        "plan(Plan.amend)": "FFF ANN ANN ANN FFF FFF FFF",
        "plan(Plan.create)": "FFF ANN ANN ANN FFF FFF FFF",
        "plan(Plan.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "policy(Policy.administer)": "A F F F F F F",
        "provider(Provider.administer)": "A F F F F F F",
        "queueEntry(QueueEntry.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "queueEntry(QueueEntry.readInPlaceQueue)": "FFF ANN ANN ANN AAA FFF ANN",
        "queueEntry(QueueEntry.write)": "FFF ANN ANN FFF FFF FFF FFF",
        "referral(Referral.decide)": "FFF ANN ANN FFF FFF FFF FFF",
        "referral(Referral.list)": "FFF AAA AAA AAA FFF FFF FFF",
        "referral(Referral.read)": "FFF ANN ANN NNN FFF FFF FFF",
        "referral(Referral.send)": "FFF ANA ANA ANA FFF FFF FFF",
        "shopStewardNotice(ShopStewardNotice.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "shopStewardNotice(ShopStewardNotice.write)": "FFF ANN ANN FFF FFF FFF FFF",
        "statistics(Statistics.read)": "A A F F F A F",
        "team(Team.change)": "FFF ANN ANN ANN FFF FFF FFF",
        "team(Team.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "user(User.administer)": "AFA FFF FFF FFF FFF FFF FFF",
        "visit(Visit.read)": "FFF ANN ANN ANN ANN FFF ANN",
        "visit(Visit.write)": "FFF ANN ANN FFF FFF FFF FFF",
    ]

    @Test(arguments: Action.allCases)
    func decision(action: Action) throws {
        let got = Role.allCases.map { Self.observed(action, by: $0) }.joined(separator: " ")
        #expect(got == Self.expected[Self.key(action)], "\(Self.key(action))")
    }

    private static func key(_ action: Action) -> String {
        "\(action)".replacingOccurrences(of: "PolkuDomain.Action.", with: "").replacingOccurrences(of: "PolkuDomain.", with: "")
    }

    /// The table covers the whole catalog and nothing else: a new action needs its row.
    @Test func theTableIsTheCatalog() {
        #expect(Set(Action.allCases).count == Action.allCases.count)
        #expect(Set(Action.allCases.map(Self.key)) == Set(Self.expected.keys))
    }
}
