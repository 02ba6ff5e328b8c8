import Foundation
@testable import PolkuApp
import Vapor
import XCTest

/// The app's real HTTP server on a free loopback port, for tests that need real connections in parallel
/// (the in-process `app.test` runs one request at a time).
struct LiveServer {
    let app: Application
    let base: String

    static func start(_ app: Application) async throws -> LiveServer {
        app.http.client.configuration.redirectConfiguration = .disallow
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else { throw Abort(.internalServerError, reason: "no port") }
        return LiveServer(app: app, base: "http://127.0.0.1:\(port)")
    }

    func stop() async {
        await app.server.shutdown()
    }

    /// Runs `body` against the started server and stops it however `body` ends (a server left running
    /// stops the test process when the app is shut down).
    static func with<T>(_ app: Application, _ body: (LiveServer) async throws -> T) async throws -> T {
        let server = try await start(app)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}

/// One user's connection to a live server: a session cookie and CSRF token for pages, or a bearer token.
final class LiveUser: @unchecked Sendable {
    let server: LiveServer
    private(set) var cookie: String?
    private(set) var csrf: String?
    var bearer: String?

    init(_ server: LiveServer) { self.server = server }

    /// The same session or token, sent to another server (another instance behind the balancer).
    func moved(to other: LiveServer) -> LiveUser {
        let copy = LiveUser(other)
        copy.cookie = cookie
        copy.csrf = csrf
        copy.bearer = bearer
        return copy
    }

    /// Signs in through the login form, as a browser does.
    static func signedIn(_ server: LiveServer, email: String, password: String = TestWorld.password) async throws -> LiveUser {
        let user = LiveUser(server)
        _ = try await user.send(.GET, "/login")
        let response = try await user.post("/login", form: ["email": email, "password": password])
        guard response.status == .seeOther else { throw Abort(.unauthorized, reason: "sign-in as \(email): \(response.status)") }
        _ = try await user.send(.GET, "/")
        return user
    }

    /// An API token from `POST /api/v1/auth/token`.
    static func withToken(_ server: LiveServer, email: String, password: String = TestWorld.password) async throws -> LiveUser {
        let user = LiveUser(server)
        let response = try await user.send(.POST, "/api/v1/auth/token", json: ["email": email, "password": password])
        guard response.status == .ok, let token = response.json["token"] as? String else {
            throw Abort(.unauthorized, reason: "token for \(email): \(response.status)")
        }
        user.bearer = token
        return user
    }

    struct Answer {
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let body: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    }

    func post(_ path: String, form: [String: String]) async throws -> Answer {
        var fields = form
        if let csrf { fields["_csrf"] = csrf }
        let body = fields.map { "\($0.key.formEncoded)=\($0.value.formEncoded)" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: .urlEncodedForm)
    }

    func send(_ method: HTTPMethod, _ path: String, json: [String: Any]) async throws -> Answer {
        try await send(method, path, body: String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self),
                       contentType: .json)
    }

    func send(_ method: HTTPMethod, _ path: String, body: String? = nil, contentType: HTTPMediaType? = nil) async throws -> Answer {
        var headers = HTTPHeaders()
        if let cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        if let bearer { headers.replaceOrAdd(name: .authorization, value: "Bearer \(bearer)") }
        if let contentType { headers.contentType = contentType }
        let response = try await server.app.client.send(method, headers: headers, to: URI(string: server.base + path)) { request in
            if let body { request.body = ByteBuffer(string: body) }
        }
        let text = response.body.map { String(buffer: $0) } ?? ""
        if let set = response.headers.setCookie?["polku_session"] { cookie = "polku_session=\(set.string)" }
        if let token = TestBrowser.csrfToken(in: text) { csrf = token }
        return Answer(status: response.status, headers: response.headers, body: text)
    }
}

extension LiveUser {
    /// Posts fields in the order given, encoded as a browser encodes a form (`application/x-www-form-urlencoded`:
    /// every byte but ASCII letters, digits and `*-._` percent-encoded, so "ä" is six bytes), the session's CSRF
    /// token first as Polku's forms carry it.
    func postAsBrowser(_ path: String, fields: [(String, String)], csrf useToken: Bool = true) async throws -> Answer {
        let all = (useToken ? csrf.map { [(CSRFMiddleware.field, $0)] } ?? [] : []) + fields
        let body = all.map { "\($0.0.browserFormEncoded)=\($0.1.browserFormEncoded)" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: .urlEncodedForm)
    }
}

extension String {
    /// The WHATWG URL standard's urlencoded serializer, as browsers send forms.
    var browserFormEncoded: String {
        var out = ""
        out.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    private func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
