import PolkuDomain
import Vapor

/// Every page and form target. A case carries the typed ids of its link (`.plan(client:plan:)`), so a link cannot
/// be built without them or with them swapped; routes are registered from `Kind.pathComponents` and links are
/// built by `path`, which fills the same components, so the two cannot drift apart (decision 151).
enum SiteRoute: Hashable, Sendable {
    case front, login, logout, language(Language), styles
    /// The print button's script (decision 206): the one script, served like the stylesheet.
    case printScript
    case clients, clientSearch, clientNew, client(ClientID), clientEdit(ClientID), clientAccessLog(ClientID)
    case referrals, referral(ReferralID), clientReferrals(ClientID), clientReferralNew(ClientID)
    case me, meAccessLog, meReferral
    case statistics
    case adminOrganizations, adminOrganizationNew, adminOrganization(OrganizationID)
    case adminUsers, adminUserNew, adminUser(UserID)
    case adminAudit
    case adminPolicies, adminPolicyNew, adminPolicy(PolicyID)
    case adminDocuments, adminDocumentNew, adminDocument(DocumentID)
    case planNew(ClientID), plans(ClientID), plan(client: ClientID, plan: PlanID)
    case planAmend(client: ClientID, plan: PlanID)
    case team(ClientID), teamMemberRemove(client: ClientID, member: TeamMemberID)
    case teamMemberResponsible(client: ClientID, member: TeamMemberID)
    case decisions(ClientID), decisionNew(ClientID), decision(client: ClientID, decision: DecisionID)
    case decisionAccept(client: ClientID, decision: DecisionID)
    case decisionInterrupt(client: ClientID, decision: DecisionID)
    case decisionNoEvaluation(client: ClientID, decision: DecisionID)
    /// The other decisions of the path: refusal, change, ending (decision 207).
    case pathDecisions(ClientID), pathDecisionNew(ClientID), pathDecision(client: ClientID, pathDecision: PathDecisionID)
    case meetings(ClientID)
    // Assessment
    case clientAssessments(ClientID), clientAssessmentNew(ClientID)
    case clientAssessment(client: ClientID, assessment: AssessmentID)
    case clientAssessmentEdit(client: ClientID, assessment: AssessmentID)
    // Ending
    case clientEndings(ClientID), clientEndingNew(ClientID), clientEnding(client: ClientID, ending: EndingID)
    case clientEndingEdit(client: ClientID, ending: EndingID), clientFollowUps(ClientID), clientFollowUpNew(ClientID)
    case clientFollowUp(client: ClientID, followUp: FollowUpID)
    // Evaluation
    case clientEvaluations(ClientID), clientEvaluationNew(ClientID)
    case clientEvaluation(client: ClientID, evaluation: EvaluationID)
    case periodEvaluations(client: ClientID, period: PeriodID, kind: EvaluationKind)
    // Placement
    case clientQueue(ClientID), clientQueueNew(ClientID), clientQueueEntry(client: ClientID, entry: QueueEntryID)
    case clientQueueWithdraw(client: ClientID, entry: QueueEntryID), clientVisits(ClientID), clientVisitNew(ClientID)
    case clientVisit(client: ClientID, visit: VisitID), decisionNotice(client: ClientID, decision: DecisionID)
    case queues, placeQueue(PlaceID), coachWeek
    // Feedback
    case clientFeedbacks(ClientID), clientFeedbackNew(ClientID)
    case clientFeedback(client: ClientID, feedback: FeedbackID)
    case clientFeedbackEdit(client: ClientID, feedback: FeedbackID), myFeedbacks, myFeedbackNew
    case myFeedback(FeedbackID), myFeedbackEdit(FeedbackID)
    case feedbackResults, placeFeedbackResults(PlaceID)
    // Places and providers
    case places, place(PlaceID), adminPlaces, adminPlaceNew, adminPlace(PlaceID), adminContracts, adminContractNew
    case adminContract(ContractID), clientMatching(ClientID)
    // Learning
    case clientAchievements(ClientID), clientAchievementNew(ClientID), clientAchievement(client: ClientID, achievement: AchievementID)
    case clientAchievementEdit(client: ClientID, achievement: AchievementID), periodCertificate(client: ClientID, period: PeriodID)
    case myCertificate(PeriodID)
    // The client's own pages in plain language (issue 13, item 7)
    case myDecision(DecisionID), myPathDecision(PathDecisionID)

    /// The route without its values: what is registered, one case per route.
    enum Kind: CaseIterable {
        case front, login, logout, language, styles, printScript
        case clients, clientSearch, clientNew, client, clientEdit, clientAccessLog
        case referrals, referral, clientReferrals, clientReferralNew
        case me, meAccessLog, meReferral
        case statistics
        case adminOrganizations, adminOrganizationNew, adminOrganization
        case adminUsers, adminUserNew, adminUser
        case adminAudit
        case adminPolicies, adminPolicyNew, adminPolicy
        case adminDocuments, adminDocumentNew, adminDocument
        case planNew, plans, plan, planAmend
        case team, teamMemberRemove, teamMemberResponsible
        case decisions, decisionNew, decision, decisionAccept, decisionInterrupt, decisionNoEvaluation
        case pathDecisions, pathDecisionNew, pathDecision
        case meetings
        // Assessment
        case clientAssessments, clientAssessmentNew, clientAssessment, clientAssessmentEdit
        // Ending
        case clientEndings, clientEndingNew, clientEnding, clientEndingEdit, clientFollowUps, clientFollowUpNew, clientFollowUp
        // Evaluation
        case clientEvaluations, clientEvaluationNew, clientEvaluation, periodEvaluations
        // Placement
        case clientQueue, clientQueueNew, clientQueueEntry, clientQueueWithdraw, clientVisits, clientVisitNew, clientVisit, decisionNotice
        case queues, placeQueue, coachWeek
        // Feedback
        case clientFeedbacks, clientFeedbackNew, clientFeedback, clientFeedbackEdit, myFeedbacks, myFeedbackNew, myFeedback, myFeedbackEdit
        case feedbackResults, placeFeedbackResults
        // Places and providers
        case places, place, adminPlaces, adminPlaceNew, adminPlace, adminContracts, adminContractNew, adminContract, clientMatching
        // Learning
        case clientAchievements, clientAchievementNew, clientAchievement, clientAchievementEdit, periodCertificate, myCertificate
        case myDecision, myPathDecision

        /// The pattern the route is registered at, with a `:name` placeholder for each value.
        var pathComponents: [PathComponent] {
            switch self {
            case .front: []
            case .login: ["login"]
            case .logout: ["logout"]
            case .language: ["language", ":language"]
            case .styles: ["styles.css"]
            case .printScript: ["print.js"]
            case .clients: ["clients"]
            case .clientSearch: ["clients", "search"]
            case .clientNew: ["clients", "new"]
            case .client: ["clients", ":clientID"]
            case .clientEdit: ["clients", ":clientID", "edit"]
            case .clientAccessLog: ["clients", ":clientID", "access-log"]
            case .referrals: ["referrals"]
            case .referral: ["referrals", ":referralID"]
            case .clientReferrals: ["clients", ":clientID", "referrals"]
            case .clientReferralNew: ["clients", ":clientID", "referrals", "new"]
            case .me: ["me"]
            case .meAccessLog: ["me", "access-log"]
            case .meReferral: ["me", "referral"]
            case .statistics: ["statistics"]
            case .adminOrganizations: ["admin", "organizations"]
            case .adminOrganizationNew: ["admin", "organizations", "new"]
            case .adminOrganization: ["admin", "organizations", ":organizationID"]
            case .adminUsers: ["admin", "users"]
            case .adminUserNew: ["admin", "users", "new"]
            case .adminUser: ["admin", "users", ":userID"]
            case .adminAudit: ["admin", "audit"]
            case .adminPolicies: ["admin", "policies"]
            case .adminPolicyNew: ["admin", "policies", "new"]
            case .adminPolicy: ["admin", "policies", ":policyID"]
            case .adminDocuments: ["admin", "organizer-documents"]
            case .adminDocumentNew: ["admin", "organizer-documents", "new"]
            case .adminDocument: ["admin", "organizer-documents", ":documentID"]
            case .planNew: ["clients", ":clientID", "plans", "new"]
            case .plans: ["clients", ":clientID", "plans"]
            case .plan: ["clients", ":clientID", "plans", ":planID"]
            case .planAmend: ["clients", ":clientID", "plans", ":planID", "amend"]
            case .team: ["clients", ":clientID", "team"]
            case .teamMemberRemove: ["clients", ":clientID", "team", ":memberID", "remove"]
            case .teamMemberResponsible: ["clients", ":clientID", "team", ":memberID", "responsible"]
            case .decisions: ["clients", ":clientID", "decisions"]
            case .decisionNew: ["clients", ":clientID", "decisions", "new"]
            case .decision: ["clients", ":clientID", "decisions", ":decisionID"]
            case .decisionAccept: ["clients", ":clientID", "decisions", ":decisionID", "accept"]
            case .decisionInterrupt: ["clients", ":clientID", "decisions", ":decisionID", "interrupt"]
            case .decisionNoEvaluation: ["clients", ":clientID", "decisions", ":decisionID", "no-evaluation"]
            case .pathDecisions: ["clients", ":clientID", "path-decisions"]
            case .pathDecisionNew: ["clients", ":clientID", "path-decisions", "new"]
            case .pathDecision: ["clients", ":clientID", "path-decisions", ":pathDecisionID"]
            case .meetings: ["clients", ":clientID", "meetings"]
            case .clientAssessments: ["clients", ":clientID", "assessments"]
            case .clientAssessmentNew: ["clients", ":clientID", "assessments", "new"]
            case .clientAssessment: ["clients", ":clientID", "assessments", ":assessmentID"]
            case .clientAssessmentEdit: ["clients", ":clientID", "assessments", ":assessmentID", "edit"]
            case .clientEndings: ["clients", ":clientID", "endings"]
            case .clientEndingNew: ["clients", ":clientID", "endings", "new"]
            case .clientEnding: ["clients", ":clientID", "endings", ":endingID"]
            case .clientEndingEdit: ["clients", ":clientID", "endings", ":endingID", "edit"]
            case .clientFollowUps: ["clients", ":clientID", "follow-ups"]
            case .clientFollowUpNew: ["clients", ":clientID", "follow-ups", "new"]
            case .clientFollowUp: ["clients", ":clientID", "follow-ups", ":followUpID"]
            case .clientEvaluations: ["clients", ":clientID", "evaluations"]
            case .clientEvaluationNew: ["clients", ":clientID", "evaluations", "new"]
            case .clientEvaluation: ["clients", ":clientID", "evaluations", ":evaluationID"]
            case .periodEvaluations: ["clients", ":clientID", "periods", ":periodID", "evaluations", ":kind"]
            case .clientQueue: ["clients", ":clientID", "queue"]
            case .clientQueueNew: ["clients", ":clientID", "queue", "new"]
            case .clientQueueEntry: ["clients", ":clientID", "queue", ":entryID"]
            case .clientQueueWithdraw: ["clients", ":clientID", "queue", ":entryID", "withdraw"]
            case .clientVisits: ["clients", ":clientID", "visits"]
            case .clientVisitNew: ["clients", ":clientID", "visits", "new"]
            case .clientVisit: ["clients", ":clientID", "visits", ":visitID"]
            case .decisionNotice: ["clients", ":clientID", "decisions", ":decisionID", "shop-steward-notice"]
            case .queues: ["queues"]
            case .placeQueue: ["queues", ":placeID"]
            case .coachWeek: ["coach", "week"]
            case .clientFeedbacks: ["clients", ":clientID", "feedback"]
            case .clientFeedbackNew: ["clients", ":clientID", "feedback", "new"]
            case .clientFeedback: ["clients", ":clientID", "feedback", ":feedbackID"]
            case .clientFeedbackEdit: ["clients", ":clientID", "feedback", ":feedbackID", "edit"]
            case .myFeedbacks: ["me", "feedback"]
            case .myFeedbackNew: ["me", "feedback", "new"]
            case .myFeedback: ["me", "feedback", ":feedbackID"]
            case .myFeedbackEdit: ["me", "feedback", ":feedbackID", "edit"]
            case .feedbackResults: ["feedback-results"]
            case .placeFeedbackResults: ["feedback-results", ":placeID"]
            case .places: ["places"]
            case .place: ["places", ":placeID"]
            case .adminPlaces: ["admin", "places"]
            case .adminPlaceNew: ["admin", "places", "new"]
            case .adminPlace: ["admin", "places", ":placeID"]
            case .adminContracts: ["admin", "contracts"]
            case .adminContractNew: ["admin", "contracts", "new"]
            case .adminContract: ["admin", "contracts", ":contractID"]
            case .clientMatching: ["clients", ":clientID", "matching"]
            case .clientAchievements: ["clients", ":clientID", "learning"]
            case .clientAchievementNew: ["clients", ":clientID", "learning", "new"]
            case .clientAchievement: ["clients", ":clientID", "learning", ":achievementID"]
            case .clientAchievementEdit: ["clients", ":clientID", "learning", ":achievementID", "edit"]
            case .periodCertificate: ["clients", ":clientID", "periods", ":periodID", "certificate"]
            case .myCertificate: ["me", "periods", ":periodID", "certificate"]
            case .myDecision: ["me", "decisions", ":decisionID"]
            case .myPathDecision: ["me", "path-decisions", ":pathDecisionID"]
            }
        }
    }

    var kind: Kind {
        switch self {
        case .front: .front
        case .login: .login
        case .logout: .logout
        case .language: .language
        case .styles: .styles
        case .printScript: .printScript
        case .clients: .clients
        case .clientSearch: .clientSearch
        case .clientNew: .clientNew
        case .client: .client
        case .clientEdit: .clientEdit
        case .clientAccessLog: .clientAccessLog
        case .referrals: .referrals
        case .referral: .referral
        case .clientReferrals: .clientReferrals
        case .clientReferralNew: .clientReferralNew
        case .me: .me
        case .meAccessLog: .meAccessLog
        case .meReferral: .meReferral
        case .statistics: .statistics
        case .adminOrganizations: .adminOrganizations
        case .adminOrganizationNew: .adminOrganizationNew
        case .adminOrganization: .adminOrganization
        case .adminUsers: .adminUsers
        case .adminUserNew: .adminUserNew
        case .adminUser: .adminUser
        case .adminAudit: .adminAudit
        case .adminPolicies: .adminPolicies
        case .adminPolicyNew: .adminPolicyNew
        case .adminPolicy: .adminPolicy
        case .adminDocuments: .adminDocuments
        case .adminDocumentNew: .adminDocumentNew
        case .adminDocument: .adminDocument
        case .planNew: .planNew
        case .plans: .plans
        case .plan: .plan
        case .planAmend: .planAmend
        case .team: .team
        case .teamMemberRemove: .teamMemberRemove
        case .teamMemberResponsible: .teamMemberResponsible
        case .decisions: .decisions
        case .decisionNew: .decisionNew
        case .decision: .decision
        case .decisionAccept: .decisionAccept
        case .decisionInterrupt: .decisionInterrupt
        case .decisionNoEvaluation: .decisionNoEvaluation
        case .pathDecisions: .pathDecisions
        case .pathDecisionNew: .pathDecisionNew
        case .pathDecision: .pathDecision
        case .meetings: .meetings
        case .clientAssessments: .clientAssessments
        case .clientAssessmentNew: .clientAssessmentNew
        case .clientAssessment: .clientAssessment
        case .clientAssessmentEdit: .clientAssessmentEdit
        case .clientEndings: .clientEndings
        case .clientEndingNew: .clientEndingNew
        case .clientEnding: .clientEnding
        case .clientEndingEdit: .clientEndingEdit
        case .clientFollowUps: .clientFollowUps
        case .clientFollowUpNew: .clientFollowUpNew
        case .clientFollowUp: .clientFollowUp
        case .clientEvaluations: .clientEvaluations
        case .clientEvaluationNew: .clientEvaluationNew
        case .clientEvaluation: .clientEvaluation
        case .periodEvaluations: .periodEvaluations
        case .clientQueue: .clientQueue
        case .clientQueueNew: .clientQueueNew
        case .clientQueueEntry: .clientQueueEntry
        case .clientQueueWithdraw: .clientQueueWithdraw
        case .clientVisits: .clientVisits
        case .clientVisitNew: .clientVisitNew
        case .clientVisit: .clientVisit
        case .decisionNotice: .decisionNotice
        case .queues: .queues
        case .placeQueue: .placeQueue
        case .coachWeek: .coachWeek
        case .clientFeedbacks: .clientFeedbacks
        case .clientFeedbackNew: .clientFeedbackNew
        case .clientFeedback: .clientFeedback
        case .clientFeedbackEdit: .clientFeedbackEdit
        case .myFeedbacks: .myFeedbacks
        case .myFeedbackNew: .myFeedbackNew
        case .myFeedback: .myFeedback
        case .myFeedbackEdit: .myFeedbackEdit
        case .feedbackResults: .feedbackResults
        case .placeFeedbackResults: .placeFeedbackResults
        case .places: .places
        case .place: .place
        case .adminPlaces: .adminPlaces
        case .adminPlaceNew: .adminPlaceNew
        case .adminPlace: .adminPlace
        case .adminContracts: .adminContracts
        case .adminContractNew: .adminContractNew
        case .adminContract: .adminContract
        case .clientMatching: .clientMatching
        case .clientAchievements: .clientAchievements
        case .clientAchievementNew: .clientAchievementNew
        case .clientAchievement: .clientAchievement
        case .clientAchievementEdit: .clientAchievementEdit
        case .periodCertificate: .periodCertificate
        case .myCertificate: .myCertificate
        case .myDecision: .myDecision
        case .myPathDecision: .myPathDecision
        }
    }

    /// The values of the link; each fills the placeholder of its own type, so their order does not matter.
    private var values: [any PathValue] {
        switch self {
        case .language(let language): [language]
        case .client(let client), .clientEdit(let client), .clientAccessLog(let client), .clientReferrals(let client),
             .clientReferralNew(let client), .planNew(let client), .plans(let client), .team(let client),
             .decisions(let client), .decisionNew(let client), .pathDecisions(let client), .pathDecisionNew(let client), .meetings(let client), .clientAssessments(let client),
             .clientAssessmentNew(let client), .clientEndings(let client), .clientEndingNew(let client),
             .clientFollowUps(let client), .clientFollowUpNew(let client), .clientEvaluations(let client),
             .clientEvaluationNew(let client), .clientQueue(let client), .clientQueueNew(let client),
             .clientVisits(let client), .clientVisitNew(let client), .clientFeedbacks(let client),
             .clientFeedbackNew(let client), .clientMatching(let client), .clientAchievements(let client),
             .clientAchievementNew(let client):
            [client]
        case .referral(let referral): [referral]
        case .adminOrganization(let organization): [organization]
        case .adminUser(let user): [user]
        case .adminPolicy(let policy): [policy]
        case .adminDocument(let document): [document]
        case .plan(let client, let plan), .planAmend(let client, let plan): [client, plan]
        case .teamMemberRemove(let client, let member), .teamMemberResponsible(let client, let member): [client, member]
        case .decision(let client, let decision), .decisionAccept(let client, let decision),
             .decisionInterrupt(let client, let decision), .decisionNoEvaluation(let client, let decision),
             .decisionNotice(let client, let decision):
            [client, decision]
        case .pathDecision(let client, let pathDecision): [client, pathDecision]
        case .clientAssessment(let client, let assessment), .clientAssessmentEdit(let client, let assessment):
            [client, assessment]
        case .clientEnding(let client, let ending), .clientEndingEdit(let client, let ending): [client, ending]
        case .clientFollowUp(let client, let followUp): [client, followUp]
        case .clientEvaluation(let client, let evaluation): [client, evaluation]
        case .periodEvaluations(let client, let period, let kind): [client, period, kind]
        case .clientQueueEntry(let client, let entry), .clientQueueWithdraw(let client, let entry): [client, entry]
        case .clientVisit(let client, let visit): [client, visit]
        case .placeQueue(let place), .placeFeedbackResults(let place), .place(let place), .adminPlace(let place):
            [place]
        case .clientFeedback(let client, let feedback), .clientFeedbackEdit(let client, let feedback):
            [client, feedback]
        case .myFeedback(let feedback), .myFeedbackEdit(let feedback): [feedback]
        case .adminContract(let contract): [contract]
        case .clientAchievement(let client, let achievement), .clientAchievementEdit(let client, let achievement): [client, achievement]
        case .periodCertificate(let client, let period): [client, period]
        case .myCertificate(let period): [period]
        case .myDecision(let decision): [decision]
        case .myPathDecision(let pathDecision): [pathDecision]
        default: []
        }
    }

    /// The link: the kind's pattern with each placeholder filled by the value of its type.
    var path: String { kind.pathComponents.filled(with: values, route: "SiteRoute.\(kind)") }
}

/// The JSON API, versioned under /api/v1. Documented in `openapi.json`. Built as `SiteRoute` is: handlers are
/// registered from `Kind.pathComponents`, and a `Location` header is the `path` of a case with its typed ids.
enum APIRoute: Hashable, Sendable {
    case authToken, authRevoke, me, clients, client(ClientID), clientAccessLog(ClientID), organizations, audit
    case policies, policy(PolicyID)
    case clientPlans(ClientID), clientPlan(client: ClientID, plan: PlanID)
    case clientPlanVersions(client: ClientID, plan: PlanID)
    case clientTeam(ClientID), clientTeamMember(client: ClientID, member: TeamMemberID)
    case clientTeamResponsible(client: ClientID, member: TeamMemberID)
    case clientDecisions(ClientID), clientDecision(client: ClientID, decision: DecisionID)
    case clientDecisionAcceptances(client: ClientID, decision: DecisionID)
    case clientDecisionInterruption(client: ClientID, decision: DecisionID)
    case clientDecisionNoEvaluation(client: ClientID, decision: DecisionID)
    case clientPathDecisions(ClientID), clientPathDecision(client: ClientID, pathDecision: PathDecisionID)
    case clientMeetings(ClientID)
    case referrals, referral(ReferralID), referralDecision(ReferralID)
    case assessments(ClientID), assessment(client: ClientID, assessment: AssessmentID), endings(ClientID)
    case ending(client: ClientID, ending: EndingID), followUps(ClientID)
    case followUp(client: ClientID, followUp: FollowUpID)
    case evaluations(ClientID), evaluation(client: ClientID, evaluation: EvaluationID)
    case queueEntries(ClientID), queueEntry(client: ClientID, entry: QueueEntryID)
    case queueWithdrawal(client: ClientID, entry: QueueEntryID), placeQueue(PlaceID), visits(ClientID)
    case visit(client: ClientID, visit: VisitID), notices(ClientID), notice(client: ClientID, notice: NoticeID)
    case clientFeedbacks(ClientID), clientFeedback(client: ClientID, feedback: FeedbackID), placeFeedbacks(ClientID)
    case placeFeedback(client: ClientID, feedback: FeedbackID), placeFeedbackResults(PlaceID)
    case places, place(PlaceID), providerContracts, providerContract(ContractID), clientMatching(ClientID)
    case organizerDocuments, organizerDocument(DocumentID)
    case achievements(ClientID), achievement(client: ClientID, achievement: AchievementID)

    /// The route without its values: what is registered, one case per route.
    enum Kind: CaseIterable {
        case authToken, authRevoke, me, clients, client, clientAccessLog, organizations, audit, policies, policy
        case clientPlans, clientPlan, clientPlanVersions
        case clientTeam, clientTeamMember, clientTeamResponsible
        case clientDecisions, clientDecision, clientDecisionAcceptances, clientDecisionInterruption, clientDecisionNoEvaluation
        case clientPathDecisions, clientPathDecision
        case clientMeetings
        case referrals, referral, referralDecision
        case assessments, assessment, endings, ending, followUps, followUp
        case evaluations, evaluation
        case queueEntries, queueEntry, queueWithdrawal, placeQueue, visits, visit, notices, notice
        case clientFeedbacks, clientFeedback, placeFeedbacks, placeFeedback, placeFeedbackResults
        case places, place, providerContracts, providerContract, clientMatching
        case organizerDocuments, organizerDocument
        case achievements, achievement

        /// The pattern the route is registered at, with a `:name` placeholder for each value.
        var pathComponents: [PathComponent] {
            let tail: [PathComponent] = switch self {
            case .authToken: ["auth", "token"]
            case .authRevoke: ["auth", "revoke"]
            case .me: ["me"]
            case .clients: ["clients"]
            case .client: ["clients", ":clientID"]
            case .clientAccessLog: ["clients", ":clientID", "access-log"]
            case .organizations: ["organizations"]
            case .audit: ["audit"]
            case .policies: ["policies"]
            case .policy: ["policies", ":policyID"]
            case .clientPlans: ["clients", ":clientID", "plans"]
            case .clientPlan: ["clients", ":clientID", "plans", ":planID"]
            case .clientPlanVersions: ["clients", ":clientID", "plans", ":planID", "versions"]
            case .clientTeam: ["clients", ":clientID", "team"]
            case .clientTeamMember: ["clients", ":clientID", "team", ":memberID"]
            case .clientTeamResponsible: ["clients", ":clientID", "team", ":memberID", "responsible"]
            case .clientDecisions: ["clients", ":clientID", "decisions"]
            case .clientDecision: ["clients", ":clientID", "decisions", ":decisionID"]
            case .clientDecisionAcceptances: ["clients", ":clientID", "decisions", ":decisionID", "acceptances"]
            case .clientDecisionInterruption: ["clients", ":clientID", "decisions", ":decisionID", "interruption"]
            case .clientDecisionNoEvaluation: ["clients", ":clientID", "decisions", ":decisionID", "no-evaluation"]
            case .clientPathDecisions: ["clients", ":clientID", "path-decisions"]
            case .clientPathDecision: ["clients", ":clientID", "path-decisions", ":pathDecisionID"]
            case .clientMeetings: ["clients", ":clientID", "meetings"]
            case .referrals: ["referrals"]
            case .referral: ["referrals", ":referralID"]
            case .referralDecision: ["referrals", ":referralID", "decision"]
            case .assessments: ["clients", ":clientID", "assessments"]
            case .assessment: ["clients", ":clientID", "assessments", ":assessmentID"]
            case .endings: ["clients", ":clientID", "endings"]
            case .ending: ["clients", ":clientID", "endings", ":endingID"]
            case .followUps: ["clients", ":clientID", "follow-ups"]
            case .followUp: ["clients", ":clientID", "follow-ups", ":followUpID"]
            case .evaluations: ["clients", ":clientID", "evaluations"]
            case .evaluation: ["clients", ":clientID", "evaluations", ":evaluationID"]
            case .queueEntries: ["clients", ":clientID", "queue-entries"]
            case .queueEntry: ["clients", ":clientID", "queue-entries", ":entryID"]
            case .queueWithdrawal: ["clients", ":clientID", "queue-entries", ":entryID", "withdrawal"]
            case .placeQueue: ["places", ":placeID", "queue"]
            case .visits: ["clients", ":clientID", "visits"]
            case .visit: ["clients", ":clientID", "visits", ":visitID"]
            case .notices: ["clients", ":clientID", "shop-steward-notices"]
            case .notice: ["clients", ":clientID", "shop-steward-notices", ":noticeID"]
            case .clientFeedbacks: ["clients", ":clientID", "client-feedback"]
            case .clientFeedback: ["clients", ":clientID", "client-feedback", ":feedbackID"]
            case .placeFeedbacks: ["clients", ":clientID", "place-feedback"]
            case .placeFeedback: ["clients", ":clientID", "place-feedback", ":feedbackID"]
            case .placeFeedbackResults: ["places", ":placeID", "feedback-results"]
            case .places: ["places"]
            case .place: ["places", ":placeID"]
            case .providerContracts: ["provider-contracts"]
            case .providerContract: ["provider-contracts", ":contractID"]
            case .clientMatching: ["clients", ":clientID", "matching"]
            case .organizerDocuments: ["organizer-documents"]
            case .organizerDocument: ["organizer-documents", ":documentID"]
            case .achievements: ["clients", ":clientID", "achievements"]
            case .achievement: ["clients", ":clientID", "achievements", ":achievementID"]
            }
            return ["api", "v1"] + tail
        }
    }

    var kind: Kind {
        switch self {
        case .authToken: .authToken
        case .authRevoke: .authRevoke
        case .me: .me
        case .clients: .clients
        case .client: .client
        case .clientAccessLog: .clientAccessLog
        case .organizations: .organizations
        case .audit: .audit
        case .policies: .policies
        case .policy: .policy
        case .clientPlans: .clientPlans
        case .clientPlan: .clientPlan
        case .clientPlanVersions: .clientPlanVersions
        case .clientTeam: .clientTeam
        case .clientTeamMember: .clientTeamMember
        case .clientTeamResponsible: .clientTeamResponsible
        case .clientDecisions: .clientDecisions
        case .clientDecision: .clientDecision
        case .clientDecisionAcceptances: .clientDecisionAcceptances
        case .clientDecisionInterruption: .clientDecisionInterruption
        case .clientDecisionNoEvaluation: .clientDecisionNoEvaluation
        case .clientPathDecisions: .clientPathDecisions
        case .clientPathDecision: .clientPathDecision
        case .clientMeetings: .clientMeetings
        case .referrals: .referrals
        case .referral: .referral
        case .referralDecision: .referralDecision
        case .assessments: .assessments
        case .assessment: .assessment
        case .endings: .endings
        case .ending: .ending
        case .followUps: .followUps
        case .followUp: .followUp
        case .evaluations: .evaluations
        case .evaluation: .evaluation
        case .queueEntries: .queueEntries
        case .queueEntry: .queueEntry
        case .queueWithdrawal: .queueWithdrawal
        case .placeQueue: .placeQueue
        case .visits: .visits
        case .visit: .visit
        case .notices: .notices
        case .notice: .notice
        case .clientFeedbacks: .clientFeedbacks
        case .clientFeedback: .clientFeedback
        case .placeFeedbacks: .placeFeedbacks
        case .placeFeedback: .placeFeedback
        case .placeFeedbackResults: .placeFeedbackResults
        case .places: .places
        case .place: .place
        case .providerContracts: .providerContracts
        case .providerContract: .providerContract
        case .clientMatching: .clientMatching
        case .organizerDocuments: .organizerDocuments
        case .organizerDocument: .organizerDocument
        case .achievements: .achievements
        case .achievement: .achievement
        }
    }

    /// The values of the link; each fills the placeholder of its own type, so their order does not matter.
    private var values: [any PathValue] {
        switch self {
        case .client(let client), .clientAccessLog(let client), .clientPlans(let client), .clientTeam(let client),
             .clientDecisions(let client), .clientMeetings(let client), .assessments(let client), .endings(let client),
             .followUps(let client), .evaluations(let client), .queueEntries(let client), .visits(let client),
             .notices(let client), .clientFeedbacks(let client), .placeFeedbacks(let client),
             .clientMatching(let client), .achievements(let client), .clientPathDecisions(let client):
            [client]
        case .policy(let policy): [policy]
        case .clientPlan(let client, let plan), .clientPlanVersions(let client, let plan): [client, plan]
        case .clientTeamMember(let client, let member), .clientTeamResponsible(let client, let member): [client, member]
        case .clientDecision(let client, let decision), .clientDecisionAcceptances(let client, let decision),
             .clientDecisionInterruption(let client, let decision),
             .clientDecisionNoEvaluation(let client, let decision):
            [client, decision]
        case .referral(let referral), .referralDecision(let referral): [referral]
        case .assessment(let client, let assessment): [client, assessment]
        case .ending(let client, let ending): [client, ending]
        case .followUp(let client, let followUp): [client, followUp]
        case .evaluation(let client, let evaluation): [client, evaluation]
        case .queueEntry(let client, let entry), .queueWithdrawal(let client, let entry): [client, entry]
        case .placeQueue(let place), .placeFeedbackResults(let place), .place(let place): [place]
        case .visit(let client, let visit): [client, visit]
        case .notice(let client, let notice): [client, notice]
        case .clientFeedback(let client, let feedback), .placeFeedback(let client, let feedback): [client, feedback]
        case .providerContract(let contract): [contract]
        case .organizerDocument(let document): [document]
        case .achievement(let client, let achievement): [client, achievement]
        case .clientPathDecision(let client, let pathDecision): [client, pathDecision]
        default: []
        }
    }

    /// The link: the kind's pattern with each placeholder filled by the value of its type.
    var path: String { kind.pathComponents.filled(with: values, route: "APIRoute.\(kind)") }
}

extension [PathComponent] {
    /// The path with each `:name` filled by the value whose `pathName` it is; a placeholder without one is a bug.
    func filled(with values: [any PathValue], route: @autoclosure () -> String) -> String {
        let parts = map { component -> String in
            guard case .parameter(let name) = component else { return component.description }
            guard let value = values.first(where: { $0.pathName == name }) else {
                preconditionFailure("\(route()) has no value for :\(name)")
            }
            return value.pathValue
        }
        return "/" + parts.joined(separator: "/")
    }
}
