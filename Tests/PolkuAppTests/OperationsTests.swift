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

    func testMetricsAreInPrometheusFormat() async throws {
        try await withApp { app, _ in
            try await app.test(.GET, "/health")
            try await app.test(.GET, "/metrics") { res async throws in
                XCTAssertEqual(res.status, .ok)
                XCTAssertTrue(res.body.string.contains("http_requests_total"), res.body.string)
            }
        }
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
                    // {clientId} in the contract is :clientID in the routes, {referralId} is :referralID, and so on.
                    let route = path.replacingOccurrences(of: #"\{(\w+)Id\}"#, with: ":$1ID", options: .regularExpression)
                    documented.insert("\(method.uppercased()) \(route)")
                }
            }
            let served = Set(app.routes.all.filter { $0.path.first?.description == "api" }
                .map { "\($0.method.rawValue) /\($0.path.map(\.description).joined(separator: "/"))" })
            XCTAssertEqual(served, documented.subtracting(["GET /health"]))
        }
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
