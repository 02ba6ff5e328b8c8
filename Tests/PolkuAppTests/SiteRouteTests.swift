import PolkuDomain
@testable import PolkuApp
import Vapor
import XCTest

/// Links and routes come from one enum: every link built from typed ids resolves to the route registered for its
/// kind, with each id in its own placeholder, and every route the app serves is a case of `SiteRoute` or `APIRoute`.
final class SiteRouteTests: XCTestCase {
    // One distinct id per record kind, so a value in the wrong placeholder is seen.
    private let client = ClientID(UUID()), referral = ReferralID(UUID()), organization = OrganizationID(UUID())
    private let user = UserID(UUID()), policy = PolicyID(UUID()), document = DocumentID(UUID()), plan = PlanID(UUID())
    private let member = TeamMemberID(UUID()), decision = DecisionID(UUID()), period = PeriodID(UUID())
    private let assessment = AssessmentID(UUID()), ending = EndingID(UUID()), followUp = FollowUpID(UUID())
    private let evaluation = EvaluationID(UUID()), entry = QueueEntryID(UUID()), visit = VisitID(UUID())
    private let notice = NoticeID(UUID()), feedback = FeedbackID(UUID()), place = PlaceID(UUID())
    private let contract = ContractID(UUID()), kind = EvaluationKind.final, language = Language.sv
    private let achievement = AchievementID(UUID()), pathDecision = PathDecisionID(UUID())

    /// What each placeholder must read after routing.
    private var expected: [String: String] {
        let values: [any PathValue] = [client, referral, organization, user, policy, document, plan, member, decision, period,
                                       assessment, ending, followUp, evaluation, entry, visit, notice, feedback, place,
                                       contract, kind, language, achievement, pathDecision]
        return Dictionary(uniqueKeysWithValues: values.map { ($0.pathName, $0.pathValue) })
    }

    /// A link of each kind, built as the pages build them (a new kind fails to compile here until it has one).
    private func sample(_ pattern: SiteRoute.Kind) -> SiteRoute {
        switch pattern {
        case .front: .front
        case .login: .login
        case .logout: .logout
        case .language: .language(language)
        case .styles: .styles
        case .printScript: .printScript
        case .clients: .clients
        case .clientSearch: .clientSearch
        case .clientNew: .clientNew
        case .client: .client(client)
        case .clientEdit: .clientEdit(client)
        case .clientAccessLog: .clientAccessLog(client)
        case .referrals: .referrals
        case .referral: .referral(referral)
        case .clientReferrals: .clientReferrals(client)
        case .clientReferralNew: .clientReferralNew(client)
        case .me: .me
        case .meAccessLog: .meAccessLog
        case .meReferral: .meReferral
        case .statistics: .statistics
        case .adminOrganizations: .adminOrganizations
        case .adminOrganizationNew: .adminOrganizationNew
        case .adminOrganization: .adminOrganization(organization)
        case .adminUsers: .adminUsers
        case .adminUserNew: .adminUserNew
        case .adminUser: .adminUser(user)
        case .adminAudit: .adminAudit
        case .adminPolicies: .adminPolicies
        case .adminPolicyNew: .adminPolicyNew
        case .adminPolicy: .adminPolicy(policy)
        case .adminDocuments: .adminDocuments
        case .adminDocumentNew: .adminDocumentNew
        case .adminDocument: .adminDocument(document)
        case .planNew: .planNew(client)
        case .plans: .plans(client)
        case .plan: .plan(client: client, plan: plan)
        case .planAmend: .planAmend(client: client, plan: plan)
        case .team: .team(client)
        case .teamMemberRemove: .teamMemberRemove(client: client, member: member)
        case .teamMemberResponsible: .teamMemberResponsible(client: client, member: member)
        case .decisions: .decisions(client)
        case .decisionNew: .decisionNew(client)
        case .decision: .decision(client: client, decision: decision)
        case .decisionAccept: .decisionAccept(client: client, decision: decision)
        case .decisionInterrupt: .decisionInterrupt(client: client, decision: decision)
        case .decisionNoEvaluation: .decisionNoEvaluation(client: client, decision: decision)
        case .pathDecisions: .pathDecisions(client)
        case .pathDecisionNew: .pathDecisionNew(client)
        case .pathDecision: .pathDecision(client: client, pathDecision: pathDecision)
        case .meetings: .meetings(client)
        case .clientAssessments: .clientAssessments(client)
        case .clientAssessmentNew: .clientAssessmentNew(client)
        case .clientAssessment: .clientAssessment(client: client, assessment: assessment)
        case .clientAssessmentEdit: .clientAssessmentEdit(client: client, assessment: assessment)
        case .clientEndings: .clientEndings(client)
        case .clientEndingNew: .clientEndingNew(client)
        case .clientEnding: .clientEnding(client: client, ending: ending)
        case .clientEndingEdit: .clientEndingEdit(client: client, ending: ending)
        case .clientFollowUps: .clientFollowUps(client)
        case .clientFollowUpNew: .clientFollowUpNew(client)
        case .clientFollowUp: .clientFollowUp(client: client, followUp: followUp)
        case .clientEvaluations: .clientEvaluations(client)
        case .clientEvaluationNew: .clientEvaluationNew(client)
        case .clientEvaluation: .clientEvaluation(client: client, evaluation: evaluation)
        case .periodEvaluations: .periodEvaluations(client: client, period: period, kind: kind)
        case .clientQueue: .clientQueue(client)
        case .clientQueueNew: .clientQueueNew(client)
        case .clientQueueEntry: .clientQueueEntry(client: client, entry: entry)
        case .clientQueueWithdraw: .clientQueueWithdraw(client: client, entry: entry)
        case .clientVisits: .clientVisits(client)
        case .clientVisitNew: .clientVisitNew(client)
        case .clientVisit: .clientVisit(client: client, visit: visit)
        case .decisionNotice: .decisionNotice(client: client, decision: decision)
        case .queues: .queues
        case .placeQueue: .placeQueue(place)
        case .coachWeek: .coachWeek
        case .clientFeedbacks: .clientFeedbacks(client)
        case .clientFeedbackNew: .clientFeedbackNew(client)
        case .clientFeedback: .clientFeedback(client: client, feedback: feedback)
        case .clientFeedbackEdit: .clientFeedbackEdit(client: client, feedback: feedback)
        case .myFeedbacks: .myFeedbacks
        case .myFeedbackNew: .myFeedbackNew
        case .myFeedback: .myFeedback(feedback)
        case .myFeedbackEdit: .myFeedbackEdit(feedback)
        case .feedbackResults: .feedbackResults
        case .placeFeedbackResults: .placeFeedbackResults(place)
        case .places: .places
        case .place: .place(place)
        case .adminPlaces: .adminPlaces
        case .adminPlaceNew: .adminPlaceNew
        case .adminPlace: .adminPlace(place)
        case .adminContracts: .adminContracts
        case .adminContractNew: .adminContractNew
        case .adminContract: .adminContract(contract)
        case .clientMatching: .clientMatching(client)
        case .clientAchievements: .clientAchievements(client)
        case .clientAchievementNew: .clientAchievementNew(client)
        case .clientAchievement: .clientAchievement(client: client, achievement: achievement)
        case .clientAchievementEdit: .clientAchievementEdit(client: client, achievement: achievement)
        case .periodCertificate: .periodCertificate(client: client, period: period)
        case .myCertificate: .myCertificate(period)
        case .myDecision: .myDecision(decision)
        case .myPathDecision: .myPathDecision(pathDecision)
        }
    }

    private func sample(_ pattern: APIRoute.Kind) -> APIRoute {
        switch pattern {
        case .authToken: .authToken
        case .authRevoke: .authRevoke
        case .me: .me
        case .clients: .clients
        case .client: .client(client)
        case .clientAccessLog: .clientAccessLog(client)
        case .organizations: .organizations
        case .audit: .audit
        case .policies: .policies
        case .policy: .policy(policy)
        case .clientPlans: .clientPlans(client)
        case .clientPlan: .clientPlan(client: client, plan: plan)
        case .clientPlanVersions: .clientPlanVersions(client: client, plan: plan)
        case .clientTeam: .clientTeam(client)
        case .clientTeamMember: .clientTeamMember(client: client, member: member)
        case .clientTeamResponsible: .clientTeamResponsible(client: client, member: member)
        case .clientDecisions: .clientDecisions(client)
        case .clientDecision: .clientDecision(client: client, decision: decision)
        case .clientDecisionAcceptances: .clientDecisionAcceptances(client: client, decision: decision)
        case .clientDecisionInterruption: .clientDecisionInterruption(client: client, decision: decision)
        case .clientDecisionNoEvaluation: .clientDecisionNoEvaluation(client: client, decision: decision)
        case .clientPathDecisions: .clientPathDecisions(client)
        case .clientPathDecision: .clientPathDecision(client: client, pathDecision: pathDecision)
        case .clientMeetings: .clientMeetings(client)
        case .referrals: .referrals
        case .referral: .referral(referral)
        case .referralDecision: .referralDecision(referral)
        case .assessments: .assessments(client)
        case .assessment: .assessment(client: client, assessment: assessment)
        case .endings: .endings(client)
        case .ending: .ending(client: client, ending: ending)
        case .followUps: .followUps(client)
        case .followUp: .followUp(client: client, followUp: followUp)
        case .evaluations: .evaluations(client)
        case .evaluation: .evaluation(client: client, evaluation: evaluation)
        case .queueEntries: .queueEntries(client)
        case .queueEntry: .queueEntry(client: client, entry: entry)
        case .queueWithdrawal: .queueWithdrawal(client: client, entry: entry)
        case .placeQueue: .placeQueue(place)
        case .visits: .visits(client)
        case .visit: .visit(client: client, visit: visit)
        case .notices: .notices(client)
        case .notice: .notice(client: client, notice: notice)
        case .clientFeedbacks: .clientFeedbacks(client)
        case .clientFeedback: .clientFeedback(client: client, feedback: feedback)
        case .placeFeedbacks: .placeFeedbacks(client)
        case .placeFeedback: .placeFeedback(client: client, feedback: feedback)
        case .placeFeedbackResults: .placeFeedbackResults(place)
        case .places: .places
        case .place: .place(place)
        case .providerContracts: .providerContracts
        case .providerContract: .providerContract(contract)
        case .clientMatching: .clientMatching(client)
        case .organizerDocuments: .organizerDocuments
        case .organizerDocument: .organizerDocument(document)
        case .achievements: .achievements(client)
        case .achievement: .achievement(client: client, achievement: achievement)
        }
    }

    func testEveryPageLinkResolvesToItsOwnRouteWithEachIDInItsPlace() async throws {
        try await withApp { app, _ in
            let router = Self.router(app)
            for kind in SiteRoute.Kind.allCases {
                let route = sample(kind)
                XCTAssertEqual(route.kind, kind)
                try self.check(route.path, resolvesTo: kind.pathComponents, in: router)
            }
        }
    }

    func testEveryAPILinkResolvesToItsOwnRouteWithEachIDInItsPlace() async throws {
        try await withApp { app, _ in
            let router = Self.router(app)
            for kind in APIRoute.Kind.allCases {
                let route = sample(kind)
                XCTAssertEqual(route.kind, kind)
                try self.check(route.path, resolvesTo: kind.pathComponents, in: router)
            }
        }
    }

    /// Nothing is served outside the enums but the operations' own routes, and no case is left unserved.
    func testEveryServedRouteIsACaseOfTheEnums() async throws {
        try await withApp { app, _ in
            let served = Set(app.routes.all.map { Self.pattern($0.path) })
            let pages = Set(SiteRoute.Kind.allCases.map { Self.pattern($0.pathComponents) })
            let api = Set(APIRoute.Kind.allCases.map { Self.pattern($0.pathComponents) })
            XCTAssertEqual(pages.count, SiteRoute.Kind.allCases.count, "two page routes share a pattern")
            XCTAssertEqual(api.count, APIRoute.Kind.allCases.count, "two API routes share a pattern")
            XCTAssertEqual(served.subtracting(pages).subtracting(api), ["/health", "/metrics", "/openapi.json"])
            XCTAssertEqual(pages.subtracting(served), [], "page routes never registered")
            XCTAssertEqual(api.subtracting(served), [], "API routes never registered")
        }
    }

    /// The links are the same bytes as before typed routes: ids in upper case, no trailing slash, "/" for the front.
    func testALinkIsThePatternFilledWithItsValues() {
        let client = ClientID(UUID(uuidString: "6F1C2A9E-0B7D-4E43-9A51-3D2B8C1E7F00")!)
        let plan = PlanID(UUID(uuidString: "0A1B2C3D-4E5F-4061-8273-9485A6B7C8D9")!)
        XCTAssertEqual(SiteRoute.front.path, "/")
        XCTAssertEqual(SiteRoute.styles.path, "/styles.css")
        XCTAssertEqual(SiteRoute.plan(client: client, plan: plan).path,
                       "/clients/6F1C2A9E-0B7D-4E43-9A51-3D2B8C1E7F00/plans/0A1B2C3D-4E5F-4061-8273-9485A6B7C8D9")
        XCTAssertEqual(SiteRoute.periodEvaluations(client: client, period: PeriodID(plan.rawValue), kind: .interim).path,
                       "/clients/6F1C2A9E-0B7D-4E43-9A51-3D2B8C1E7F00/periods/0A1B2C3D-4E5F-4061-8273-9485A6B7C8D9/evaluations/interim")
        XCTAssertEqual(SiteRoute.language(.fi).path, "/language/fi")
        XCTAssertEqual(APIRoute.clientPlan(client: client, plan: plan).path,
                       "/api/v1/clients/6F1C2A9E-0B7D-4E43-9A51-3D2B8C1E7F00/plans/0A1B2C3D-4E5F-4061-8273-9485A6B7C8D9")
    }

    /// The request reads a typed id from the placeholder its link filled; a malformed one is a 404.
    func testTheRequestReadsATypedIDByItsRecordsPlaceholder() async throws {
        try await withApp { app, _ in
            let req = Request(application: app, on: app.eventLoopGroup.next())
            req.parameters.set("clientID", to: client.pathValue)
            req.parameters.set("planID", to: "not-a-uuid")
            XCTAssertEqual(try req.id(Client.self), client)
            XCTAssertEqual(try req.uuidParameter("clientID"), client.rawValue)
            XCTAssertThrowsError(try req.id(Plan.self)) { XCTAssertEqual(($0 as? Abort)?.status, .notFound) }
            XCTAssertThrowsError(try req.id(Decision.self)) { XCTAssertEqual(($0 as? Abort)?.status, .notFound) }
        }
    }

    private func check(_ link: String, resolvesTo pattern: [PathComponent], in router: TrieRouter<[PathComponent]>,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        var parameters = Parameters()
        let found = router.route(path: ["/"] + link.split(separator: "/").map(String.init), parameters: &parameters)
        XCTAssertEqual(found.map(Self.pattern), Self.pattern(pattern), link, file: file, line: line)
        let names = pattern.compactMap { component -> String? in
            if case .parameter(let name) = component { return name } else { return nil }
        }
        XCTAssertEqual(parameters.allNames, Set(names), link, file: file, line: line)
        for name in names {
            XCTAssertEqual(parameters.get(name), expected[name], "\(link) :\(name)", file: file, line: line)
        }
    }

    private static func router(_ app: Application) -> TrieRouter<[PathComponent]> {
        let router = TrieRouter([PathComponent].self)
        // Under one constant, as Vapor puts the method first: the front page's path is empty.
        for route in app.routes.all { router.register(route.path, at: ["/"] + route.path) }
        return router
    }

    private static func pattern(_ components: [PathComponent]) -> String {
        "/" + components.map(\.description).joined(separator: "/")
    }
}
