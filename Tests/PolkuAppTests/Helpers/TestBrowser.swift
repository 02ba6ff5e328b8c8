import Foundation
@testable import PolkuApp
import Vapor
import XCTVapor
import XCTest

/// A browser's view of the HTML pages: keeps the session cookie and the latest CSRF token.
final class TestBrowser {
    let app: Application
    var cookie: String?
    var csrf: String?

    init(_ app: Application) { self.app = app }

    /// Signs in through the real form.
    static func signedIn(_ app: Application, email: String, password: String = TestWorld.password) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        let response = try await browser.post("/login", form: ["email": email, "password": password])
        XCTAssertEqual(response.status, .seeOther, "sign-in as \(email) failed")
        try await browser.get("/")  // as a browser follows the redirect; the new session has a new CSRF token
        return browser
    }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form with the current CSRF token (fetching a page first when there is none).
    @discardableResult
    func post(_ path: String, form: [String: String], csrf useToken: Bool = true) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/login") }
        var fields = form
        if useToken, let csrf { fields["_csrf"] = csrf }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        let body = fields.map { "\($0.key.formEncoded)=\($0.value.formEncoded)" }.joined(separator: "&")
        return try await send(.POST, path, headers: headers, body: body)
    }

    /// Posts a form body as written (repeated fields such as `weekdays[]`), with the CSRF token added.
    @discardableResult
    func post(_ path: String, rawForm: String) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/login") }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: rawForm + "&_csrf=" + (csrf ?? "").formEncoded)
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: String?) async throws -> TestingHTTPResponse {
        var headers = headers
        if let cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        var result: TestingHTTPResponse?
        try await app.test(method, path, headers: headers, beforeRequest: { req async throws in
            if let body { req.body = ByteBuffer(string: body) }
        }, afterResponse: { res async throws in result = res })
        let response = result!
        if let set = response.headers.setCookie?["polku_session"] { cookie = "polku_session=\(set.string)" }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
        return response
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]).replacingOccurrences(of: "&#43;", with: "+") }
    }
}

extension String {
    var formEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? self
    }
}
