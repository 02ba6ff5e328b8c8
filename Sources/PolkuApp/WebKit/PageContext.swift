import PolkuDomain
import Vapor

/// What every page needs to know about the request it answers.
struct PageContext {
    let texts: Texts
    let language: Language
    let userName: String?
    /// The signed-in user as far as the menu needs: what their role and organization may do.
    let actor: Principal?
    let csrfToken: String
    /// Path and query of this page, to come back to after switching language.
    let currentURL: String
    /// What the form that led here saved (issue 13, item 3).
    let savedNotice: TextKey?

    init(_ req: Request) {
        texts = req.texts
        language = req.language
        let user = req.auth.get(User.self)
        userName = user?.name
        actor = user.flatMap { user in user.id.map { Principal(userID: $0, role: user.role, organizationID: user.$organization.id, ownClientID: user.$client.id) } }
        // Only the signed-in user's logout form needs it: a visitor of the public pages gets no session.
        csrfToken = user == nil ? "" : req.csrfToken
        currentURL = req.url.string
        savedNotice = user == nil ? nil : req.takeSavedNotice()
    }
}
