import Vapor

/// Headers every answer carries, errors included (it runs outside the error middleware): no framing, no
/// sniffing, no scripts or styles from elsewhere, no referrer to other sites, nothing kept in a cache, HSTS
/// behind TLS, and the request's id (issue 10, item 9; decision 86).
struct SecurityHeadersMiddleware: AsyncMiddleware {
    /// Answers that a cache may keep: they hold no client data and change only with a release.
    private static let cacheable: Set<String> = [SiteRoute.styles.path, SiteRoute.printScript.path]

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let id = req.requestID
        req.logger[metadataKey: "request-id"] = .string(id)
        let response = try await next.respond(to: req)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")
        if !Self.cacheable.contains(req.url.path) {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        if req.config.secureCookies {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        response.headers.replaceOrAdd(name: "X-Request-Id", value: id)
        return response
    }
}

extension Request {
    private struct RequestIDKey: StorageKey { typealias Value = String }

    /// The id the logs, the audit trail and the answer carry. A caller's `X-Request-Id` is kept only if it is a
    /// short token (letters, digits, `.`, `_`, `-`; at most 64): it is stored in the audit trail and written in
    /// logs, so anything longer or stranger is replaced by an id of Polku's own.
    var requestID: String {
        if let known = storage[RequestIDKey.self] { return known }
        let id = Self.isToken(id) ? id : UUID().uuidString
        storage[RequestIDKey.self] = id
        return id
    }

    static func isToken(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= 64
            && value.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
}
