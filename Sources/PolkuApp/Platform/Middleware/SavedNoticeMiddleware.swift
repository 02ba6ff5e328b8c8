import Vapor

/// After a form is saved, the page it leads to says what was saved (issue 13, item 3). A page form that answers
/// with a redirect (post/redirect/get) leaves the notice in the session; the next page shows it once and drops it.
/// The API and forms that save nothing (signing in and out, a search) leave none.
struct SavedNoticeMiddleware: AsyncMiddleware {
    static let sessionKey = "saved"

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: req)
        guard req.method == .POST, response.status == .seeOther, req.hasSession, req.auth.has(User.self),
              let kind = SiteRoute.Kind.served(by: req), let key = kind.savedNotice else { return response }
        req.session.data[Self.sessionKey] = key.rawValue
        return response
    }
}

extension Request {
    /// The notice a save left for this page, taken once.
    func takeSavedNotice() -> TextKey? {
        guard hasSession, let raw = session.data[SavedNoticeMiddleware.sessionKey] else { return nil }
        session.data[SavedNoticeMiddleware.sessionKey] = nil
        return TextKey(rawValue: raw)
    }
}

extension SiteRoute.Kind {
    private static let byPath: [String: SiteRoute.Kind] = Dictionary(
        allCases.map { ($0.pathComponents.map(\.description).joined(separator: "/"), $0) }, uniquingKeysWith: { first, _ in first })

    /// The kind whose route served `req`.
    static func served(by req: Request) -> SiteRoute.Kind? {
        req.route.flatMap { byPath[$0.path.map(\.description).joined(separator: "/")] }
    }

    /// What a save through this route's form is called; nil for forms that save nothing.
    var savedNotice: TextKey? {
        switch self {
        case .login, .logout, .language, .clientSearch: nil
        case .clients, .client: .savedClient
        case .clientReferrals, .meReferral: .savedReferralSent
        case .referral: .savedReferralDecision
        case .clientAssessments, .clientAssessment: .savedAssessment
        case .plans, .plan: .savedPlan
        case .team, .teamMemberRemove, .teamMemberResponsible: .savedTeam
        case .meetings: .savedMeeting
        case .decisions, .pathDecisions: .savedDecision
        case .decisionAccept: .savedAcceptance
        case .decisionInterrupt: .savedInterruption
        case .clientEvaluations, .clientEvaluation: .savedEvaluation
        case .clientEndings, .clientEnding: .savedEnding
        case .clientFollowUps, .clientFollowUp: .savedFollowUp
        default: .savedGeneric
        }
    }
}
