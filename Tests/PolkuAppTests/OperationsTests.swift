import Fluent
import PolkuDomain
@testable import PolkuApp
import Vapor
import XCTVapor
import XCTest

final class OperationsTests: XCTestCase {
    func testHealthChecksTheDatabase() async throws {
        try await withApp { app, _ in
            try await app.test(.GET, "/health") { res async throws in
                XCTAssertEqual(res.status, .ok)
                XCTAssertEqual(try res.content.decode(OperationsController.Health.self).database, "ok")
            }
        }
    }

    func testMetricsAreInPrometheusFormatForTheConfiguredAddressesOnly() async throws {
        try await withApp { app, _ in
            try await LiveServer.with(app) { server in
                let scraper = LiveUser(server)
                _ = try await scraper.send(.GET, "/health")
                let metrics = try await scraper.send(.GET, "/metrics")
                XCTAssertEqual(metrics.status, .ok, "127.0.0.1 is allowed by default")
                XCTAssertTrue(metrics.body.contains("http_requests_total"), metrics.body)
                app.polkuConfig.metricsAddresses = ["10.1.2.3"]
                let refused = try await scraper.send(.GET, "/metrics")
                XCTAssertEqual(refused.status, .notFound)
                XCTAssertFalse(refused.body.contains("http_requests_total"))
            }
            try await app.test(.GET, "/metrics") { res async in
                XCTAssertEqual(res.status, .notFound, "no address, no metrics")
            }
        }
    }

    func testEveryAnswerErrorsIncludedCarriesTheSecurityHeadersAndASafeRequestID() async throws {
        try await withApp { app, world in
            let bearer = try await world.bearer(world.user(.socialWorker), on: app)
            let answers: [(HTTPMethod, String, HTTPHeaders, HTTPStatus)] = [
                (.GET, "/login", [:], .ok), (.GET, "/no/such/page", [:], .notFound), (.DELETE, "/api/v1/clients", [:], .methodNotAllowed),
                (.GET, "/api/v1/clients", [:], .unauthorized), (.GET, "/api/v1/clients?perPage=0", bearer, .badRequest),
                (.POST, "/api/v1/clients", bearer, .unprocessableEntity), (.GET, "/clients", [:], .seeOther), (.GET, "/health", [:], .ok),
            ]
            for (method, path, headers, status) in answers {
                try await app.test(method, path, headers: headers, beforeRequest: { req async throws in
                    if method == .POST { try req.content.encode(["firstName": ""], as: .json) }
                }) { res async in
                    XCTAssertEqual(res.status, status, path)
                    XCTAssertEqual(res.headers.first(name: "X-Content-Type-Options"), "nosniff", path)
                    XCTAssertEqual(res.headers.first(name: "Referrer-Policy"), "same-origin", path)
                    XCTAssertTrue(res.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") ?? false, path)
                    XCTAssertEqual(res.headers.first(name: .cacheControl), "no-store", path)
                    XCTAssertNotNil(res.headers.first(name: "X-Request-Id"), path)
                    XCTAssertNil(res.headers.first(name: "Strict-Transport-Security"), "HSTS only in production, behind TLS")
                }
            }
            try await app.test(.GET, "/styles.css") { res async in
                XCTAssertEqual(res.headers.first(name: .cacheControl), "public, max-age=3600", "the stylesheet may be cached")
            }
            // A caller's id is kept when it is a short token, and replaced when it is not: it goes into the audit trail.
            var short = bearer
            short.replaceOrAdd(name: "X-Request-Id", value: "trace-42.a_b")
            try await app.test(.GET, "/api/v1/clients/\(world.joensuuClient.id!)", headers: short) { res async in
                XCTAssertEqual(res.headers.first(name: "X-Request-Id"), "trace-42.a_b")
            }
            for hostile in [String(repeating: "x", count: 65), "a b", "<script>", "id\u{7F}", "ä"] {
                var headers = bearer
                headers.replaceOrAdd(name: "X-Request-Id", value: hostile)
                try await app.test(.GET, "/api/v1/clients/\(world.joensuuClient.id!)", headers: headers) { res async in
                    let id = res.headers.first(name: "X-Request-Id") ?? ""
                    XCTAssertNotEqual(id, hostile)
                    XCTAssertNotNil(UUID(uuidString: id), "replaced by an id of Polku's own")
                }
            }
            let recorded = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.clientRead.rawValue).all().map(\.requestID)
            XCTAssertTrue(recorded.contains("trace-42.a_b"))
            XCTAssertTrue(recorded.allSatisfy { Request.isToken($0) }, "\(recorded)")
        }
    }

    func testAStopWaitsForTheRequestsInFlightBeforeTheDatabaseCloses() async throws {
        let app = try await makeTestApp()
        app.inFlightRequests.enter()  // a request still being answered
        let stop = Task { try await app.asyncShutdown() }
        try await Task.sleep(for: .milliseconds(300))
        // Before the fix the databases were closed by now, and a handler reaching for one crashed the process.
        let users = try await User.query(on: app.db).count()
        XCTAssertEqual(users, 0, "the database still answers the request in flight")
        app.inFlightRequests.leave()
        try await stop.value
    }

    func testAKnownPathWithAnotherMethodIs405WithAllow() async throws {
        try await withApp { app, _ in
            try await app.test(.DELETE, "/api/v1/clients") { res async throws in
                XCTAssertEqual(res.status, .methodNotAllowed)
                XCTAssertEqual(res.headers.first(name: .allow), "GET, HEAD, POST")
                XCTAssertEqual(res.headers.first(name: .contentType), "application/problem+json; charset=utf-8")
            }
            try await app.test(.GET, "/no/such/page") { res async throws in
                XCTAssertEqual(res.status, .notFound)
                XCTAssertTrue(res.body.string.contains(#"data-qa="error-page""#))
            }
        }
    }

    func testMalformedJSONIs400NotA500() async throws {
        try await withApp { app, world in
            var headers = try await world.bearer(world.user(.socialWorker), on: app)
            headers.contentType = .json
            for body in ["{", #"{"firstName": 5}"#, "[]", ""] {
                try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in req.body = ByteBuffer(string: body) }) { res async throws in
                    XCTAssertTrue([.badRequest, .unprocessableEntity].contains(res.status), "\(body): \(res.status)")
                }
            }
        }
    }

    /// The contract and the routes cannot drift: every API route is in openapi.json and back.
    func testTheOpenAPIDocumentDescribesEveryAPIRoute() async throws {
        try await withApp { app, _ in
            let paths = OpenAPIDocument.paths as! [String: [String: Any]]
            var documented: Set<String> = []
            for (path, operations) in paths {
                for method in operations.keys where ["get", "post", "put", "delete", "patch"].contains(method) {
                    documented.insert("\(method.uppercased()) \(Self.normalized(path))")
                }
            }
            let served = Set(app.routes.all.filter { $0.path.first?.description == "api" }
                .map { "\($0.method.rawValue) \(Self.normalized("/" + $0.path.map(\.description).joined(separator: "/")))" })
            XCTAssertEqual(served, documented.subtracting(["GET health"]))
        }
    }

    /// `{clientId}` in the contract and `:clientID` in a route are both a parameter.
    private static func normalized(_ path: String) -> String {
        path.split(separator: "/").map { $0.hasPrefix("{") || $0.hasPrefix(":") ? "{}" : String($0) }.joined(separator: "/")
    }
}

final class ContractTests: XCTestCase {
    /// The served contract states the same rules the server enforces.
    func testTheServedContractCarriesTheServersRules() async throws {
        try await withApp { app, _ in
            var document: [String: Any] = [:]
            try await app.test(.GET, "/openapi.json") { res async throws in
                XCTAssertEqual(res.status, .ok)
                document = try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as! [String: Any]
            }
            let schemas = (document["components"] as! [String: Any])["schemas"] as! [String: [String: Any]]
            XCTAssertEqual(schemas["PersonalIdentityCode"]?["pattern"] as? String, PersonalIdentityCode.exactPattern)
            let input = schemas["ClientInput"]!["properties"] as! [String: [String: Any]]
            XCTAssertEqual(input["municipalityCode"]?["enum"] as? [String], ["167", "422"])
            XCTAssertEqual(input["firstName"]?["pattern"] as? String, TextRules.namePattern)
            XCTAssertEqual(input["phone"]?["pattern"] as? String, TextRules.phonePattern)
            XCTAssertEqual(input["email"]?["pattern"] as? String, TextRules.emailPattern)
        }
    }
}
