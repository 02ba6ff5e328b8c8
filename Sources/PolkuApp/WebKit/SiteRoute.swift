import Vapor

/// Every page and form target. Routes are registered from `pathComponents` and links are built
/// with `path(_:)`, so the two cannot drift apart.
enum SiteRoute: Equatable {
    case front, login, logout, language, styles
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

    var pathComponents: [PathComponent] {
        switch self {
        case .front: []
        case .login: ["login"]
        case .logout: ["logout"]
        case .language: ["language", ":language"]
        case .styles: ["styles.css"]
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
        case .plans: ["clients", ":clientID", "plans"]
        case .planNew: ["clients", ":clientID", "plans", "new"]
        case .plan: ["clients", ":clientID", "plans", ":planID"]
        case .planAmend: ["clients", ":clientID", "plans", ":planID", "amend"]
        case .team: ["clients", ":clientID", "team"]
        case .teamMemberRemove: ["clients", ":clientID", "team", ":memberID", "remove"]
        case .teamMemberResponsible: ["clients", ":clientID", "team", ":memberID", "responsible"]
        case .decisions: ["clients", ":clientID", "decisions"]
        case .decisionNew: ["clients", ":clientID", "decisions", "new"]
        case .meetings: ["clients", ":clientID", "meetings"]
        case .decision: ["clients", ":clientID", "decisions", ":decisionID"]
        case .decisionAccept: ["clients", ":clientID", "decisions", ":decisionID", "accept"]
        case .decisionInterrupt: ["clients", ":clientID", "decisions", ":decisionID", "interrupt"]
        case .decisionNoEvaluation: ["clients", ":clientID", "decisions", ":decisionID", "no-evaluation"]
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
        }
    }

    /// The link to this route, with its parameters filled in order.
    func path(_ parameters: CustomStringConvertible...) -> String {
        var remaining = parameters.makeIterator()
        let parts = pathComponents.map { component -> String in
            if case .parameter = component, let value = remaining.next() { return "\(value)" }
            return component.description
        }
        return "/" + parts.joined(separator: "/")
    }

    var path: String { path() }
}

/// The JSON API, versioned under /api/v1. Documented in `openapi.json`.
enum APIRoute {
    case authToken, authRevoke, me, clients, client, clientAccessLog, organizations, audit, policies, policy
    case clientPlans, clientPlan, clientPlanVersions
    case clientTeam, clientTeamMember, clientTeamResponsible
    case clientDecisions, clientDecision, clientDecisionAcceptances, clientDecisionInterruption, clientDecisionNoEvaluation
    case clientMeetings
    case referrals, referral, referralDecision
    case assessments, assessment, endings, ending, followUps, followUp
    case evaluations, evaluation
    case queueEntries, queueEntry, queueWithdrawal, placeQueue, visits, visit, notices, notice
    case clientFeedbacks, clientFeedback, placeFeedbacks, placeFeedback, placeFeedbackResults
    case places, place, providerContracts, providerContract, clientMatching
    case organizerDocuments, organizerDocument

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
        case .clientMeetings: ["clients", ":clientID", "meetings"]
        case .clientDecision: ["clients", ":clientID", "decisions", ":decisionID"]
        case .clientDecisionAcceptances: ["clients", ":clientID", "decisions", ":decisionID", "acceptances"]
        case .clientDecisionInterruption: ["clients", ":clientID", "decisions", ":decisionID", "interruption"]
        case .clientDecisionNoEvaluation: ["clients", ":clientID", "decisions", ":decisionID", "no-evaluation"]
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
        }
        return ["api", "v1"] + tail
    }
}

extension Request {
    /// A UUID path parameter; a malformed one is a 404 like an unknown record.
    func uuidParameter(_ name: String) throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else { throw Abort(.notFound) }
        return id
    }
}
