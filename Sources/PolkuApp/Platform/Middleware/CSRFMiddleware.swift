import Crypto
import Foundation
import Vapor

/// Every state-changing form carries the session's token in `_csrf`; a POST without the right
/// token is refused with 403 before it reaches a handler. (The API uses bearer tokens, not cookies,
/// so it needs no such token.)
///
/// The body is read whole first (`FormBody`): one that arrives in more than one piece is still streaming here,
/// and reading only what had arrived made the token look missing (issue 9's load found it; decision 96). A body
/// over the limit never reaches a handler: it is answered 413 with the texts that arrived (`OversizedForm`).
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard req.method != .GET && req.method != .HEAD else { return try await next.respond(to: req) }
        let received = try await FormBody.read(req)
        if received.isCut { return try OversizedForm.answer(req, received) }
        try FormBody.normalizeLineBreaks(req)
        let sent = (try? req.content.get(String.self, at: Self.field)) ?? ""
        try Self.check(sent, on: req)
        return try await next.respond(to: req)
    }

    /// 403 unless `sent` is the session's token.
    static func check(_ sent: String, on req: Request) throws {
        guard let expected = req.session.data["csrf"], !sent.isEmpty, constantTimeEquals(sent, expected) else {
            req.logger.notice("CSRF token missing or wrong", metadata: ["path": .string(req.url.path)])
            throw Abort(.forbidden, reason: "CSRF token missing or wrong")
        }
    }

    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, made on first use.
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = Data([UInt8].random(count: 32)).base64EncodedString()
        session.data["csrf"] = token
        return token
    }

    /// After sign-in the old session id and token are dropped, so a planted session cannot be used.
    func renewSession() async {
        if let id = session.id {
            try? await application.sessions.driver.deleteSession(id, for: self).get()
        }
        session.id = nil
        session.data = SessionData()
        _ = csrfToken
    }
}
