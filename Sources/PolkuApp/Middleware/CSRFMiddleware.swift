import Crypto
import Foundation
import Vapor

/// Every state-changing form carries the session's token in `_csrf`; a POST without the right
/// token is refused with 403 before it reaches a handler. (The API uses bearer tokens, not cookies,
/// so it needs no such token.)
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if req.method != .GET && req.method != .HEAD {
            // A body that arrived in more than one piece is still streaming here, before the route collects
            // it: read all of it first, or the token would look missing (issue 9's load found it).
            _ = try await req.body.collect(max: req.application.routes.defaultMaxBodySize.value).get()
            let sent = (try? req.content.get(String.self, at: Self.field)) ?? ""
            guard let expected = req.session.data["csrf"], !sent.isEmpty,
                  Self.constantTimeEquals(sent, expected) else {
                req.logger.notice("CSRF token missing or wrong", metadata: ["path": .string(req.url.path)])
                throw Abort(.forbidden, reason: "CSRF token missing or wrong")
            }
        }
        return try await next.respond(to: req)
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
