import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class ClientTests: XCTestCase {
    private let valid: [String: String] = ["firstName": "Aino", "lastName": "Aaltonen", "personalIdentityCode": "150385-456R",
                                           "municipalityCode": "167", "language": "fi"]

    func testCreateThroughAPIStoresTheCodeEncryptedAndReadsItBack() async throws {
        try await withApp { app, world in
            // setup
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            // act
            var id: String?
            try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in try req.content.encode(valid) }) { res async throws in
                XCTAssertEqual(res.status, .created)
                let client = try res.content.decode(ClientDTO.self)
                XCTAssertEqual(client.personalIdentityCode, "150385-456R")
                XCTAssertEqual(client.birthDate, "1985-03-15")
                XCTAssertEqual(res.headers.first(name: .location), "/api/v1/clients/\(client.id)")
                id = client.id.uuidString
            }
            // check
            let stored = try await Client.find(UUID(uuidString: id!), on: app.db)!
            XCTAssertFalse(stored.picCiphertext.contains("150385"), "the identity code must not be stored in clear text")
            try await app.test(.GET, "/api/v1/clients/\(id!)", headers: headers) { res async throws in
                XCTAssertEqual(res.status, .ok)
                XCTAssertEqual(try res.content.decode(ClientDTO.self).lastName, "Aaltonen")
            }
        }
    }

    func testInvalidInputIs422NamingEachFieldAndSavesNothing() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let before = try await Client.query(on: app.db).count()
            var bad = valid
            bad["personalIdentityCode"] = "150385-456X"
            bad["firstName"] = "  "
            bad["municipalityCode"] = "999"
            try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in try req.content.encode(bad) }) { res async throws in
                XCTAssertEqual(res.status, .unprocessableEntity)
                XCTAssertEqual(res.headers.first(name: .contentType), "application/problem+json; charset=utf-8")
                let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: res.body))
                XCTAssertEqual(Set(problem.errors?.map(\.field) ?? []), ["personalIdentityCode", "firstName", "municipalityCode"])
                XCTAssertEqual(problem.errors?.first { $0.field == "personalIdentityCode" }?.code, TextKey.errorPicCheck.rawValue)
            }
            let after = try await Client.query(on: app.db).count()
            XCTAssertEqual(after, before)
        }
    }

    func testEveryCenturySignIsAcceptedAndADuplicateIsRefused() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            // 2000s with the letter introduced in 2023, and the 1800s.
            for code in ["020304E777T", "010101+002S"] {
                var body = valid
                body["personalIdentityCode"] = code
                try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in try req.content.encode(body) }) { res async throws in
                    XCTAssertEqual(res.status, .created, "\(code): \(res.body.string)")
                }
            }
            var duplicate = valid
            duplicate["personalIdentityCode"] = TestWorld.joensuuCode
            try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in try req.content.encode(duplicate) }) { res async throws in
                XCTAssertEqual(res.status, .conflict)
                XCTAssertTrue(res.body.string.contains(TextKey.errorPicDuplicate.rawValue))
            }
        }
    }

    /// A worker is offered only the municipalities whose clients they may record: choosing another would end in 403.
    func testTheFormOffersOnlyTheMunicipalitiesWithinReach() async throws {
        try await withApp { app, world in
            let county = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let whole = try await county.get("/clients/new").body.string
            XCTAssertTrue(whole.contains(#"<option value="167""#) && whole.contains(#"<option value="422""#), whole)
            let south = try await TestBrowser.signedIn(app, email: world.southWorker.email)
            let form = try await south.get("/clients/new").body.string
            XCTAssertTrue(form.contains(#"<option value="422""#), form)
            XCTAssertFalse(form.contains(#"<option value="167""#), "Joensuu is beyond the south area's reach")
        }
    }

    func testTheFormShowsTheMessageNextToTheFieldInTheUsersLanguageAndKeepsTheInput() async throws {
        try await withApp { app, world in
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            try await browser.get("/language/sv?returnTo=/clients/new")
            var form = valid
            form["personalIdentityCode"] = "150385-456X"
            let res = try await browser.post("/clients", form: form)
            XCTAssertEqual(res.status, .unprocessableEntity)
            let html = res.body.string
            XCTAssertTrue(html.contains(#"<html lang="sv">"#), html)
            XCTAssertTrue(html.contains(#"id="personalIdentityCode-error" data-qa="error-personalIdentityCode">Personbeteckningens kontrolltecken"#))
            XCTAssertTrue(html.contains(#"aria-invalid="true" aria-describedby="personalIdentityCode-hint personalIdentityCode-error""#))
            XCTAssertTrue(html.contains(#"value="150385-456X""#), "the typed code is kept")
            XCTAssertTrue(html.contains(#"value="Aino""#))
            let count = try await Client.query(on: app.db).count()
            XCTAssertEqual(count, 3)
        }
    }

    func testSearchByNameCodeAndMunicipalityWithPaging() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            func names(_ query: String) async throws -> [String] {
                var result: [String] = []
                try await app.test(.GET, "/api/v1/clients?\(query)", headers: headers) { res async throws in
                    XCTAssertEqual(res.status, .ok, res.body.string)
                    result = try res.content.decode(ClientsAPIController.ClientPage.self).items.map(\.lastName)
                }
                return result
            }
            let byName = try await names("q=muual")
            XCTAssertEqual(byName, ["Muualla"])
            let byCode = try await names("q=\(TestWorld.lieksaCode)")
            XCTAssertEqual(byCode, ["Lieksalainen"])
            let byMunicipality = try await names("municipalityCode=167")
            XCTAssertEqual(byMunicipality, ["Muualla", "Paikallinen"])
            let secondPage = try await names("perPage=2&page=2")
            XCTAssertEqual(secondPage, ["Paikallinen"])
            try await app.test(.GET, "/api/v1/clients?perPage=0", headers: headers) { res async throws in
                XCTAssertEqual(res.status, .badRequest)
                XCTAssertTrue(res.body.string.contains("perPage"))
            }
        }
    }

    func testCursorsWalkTheWholeListBothWaysAndAClientSavedMeanwhileIsNeitherRepeatedNorLost() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            func page(_ query: String) async throws -> ClientsAPIController.ClientPage {
                var page: ClientsAPIController.ClientPage?
                try await app.test(.GET, "/api/v1/clients?perPage=1&\(query)", headers: headers) { res async throws in
                    XCTAssertEqual(res.status, .ok, res.body.string)
                    page = try res.content.decode(ClientsAPIController.ClientPage.self)
                }
                return try XCTUnwrap(page)
            }
            let everyone = try await page("perPage=100").items.map(\.lastName)
            XCTAssertGreaterThan(everyone.count, 1)
            let first = try await page("")
            XCTAssertNil(first.previousCursor, "the first page has none before it")
            var forward = first.items.map(\.lastName)
            var current = first
            while let next = current.nextCursor {
                if forward.count == 1 {
                    // A client saved behind the reader's position: the walk goes on without repeating anyone.
                    var input = valid
                    input["lastName"] = "Aaltonen"
                    input["personalIdentityCode"] = "010203A987V"
                    try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in
                        try req.content.encode(input, as: .json)
                    }) { res async throws in XCTAssertEqual(res.status, .created, res.body.string) }
                }
                current = try await page("after=\(next)")
                forward += current.items.map(\.lastName)
            }
            XCTAssertEqual(forward, everyone, "every client once, in the list's order")
            var backward = current.items.map(\.lastName)
            while let previous = current.previousCursor {
                current = try await page("before=\(previous)")
                backward = current.items.map(\.lastName) + backward
            }
            let now = try await page("perPage=100").items.map(\.lastName)
            XCTAssertEqual(backward, now, "walking back reads every client once, the one saved meanwhile too")
            XCTAssertEqual(now.first, "Aaltonen")
            // Both cursors: the rows between them.
            let one = try await page("")
            let two = try await page("after=\(try XCTUnwrap(one.nextCursor))")
            let three = try await page("after=\(try XCTUnwrap(two.nextCursor))")
            let window = try await page("perPage=10&after=\(try XCTUnwrap(one.nextCursor))&before=\(try XCTUnwrap(three.previousCursor))")
            XCTAssertEqual(window.items.map(\.lastName), two.items.map(\.lastName))
            // A cursor that does not open, or names no row of this list, is no place in it: 404 naming the parameter.
            let seal = app.querySeal, foreign = QuerySeal(encryptionKey: SymmetricKeyData(bytes: Array(repeating: 3, count: 32)))
            for bad in ["after=!!", "after=\(PageCursor(keys: ["x"]).token(seal))", "after=\(PageCursor(keys: ["x", "not-an-id"]).token(seal))",
                        "before=\(PageCursor(keys: ["a", UUID().uuidString]).token(foreign))"] {
                try await app.test(.GET, "/api/v1/clients?\(bad)", headers: headers) { res async throws in
                    XCTAssertEqual(res.status, .notFound, bad)
                    XCTAssertTrue(res.body.string.contains(bad.hasPrefix("before") ? "before" : "after"), res.body.string)
                }
            }
            // With another malformed parameter it is the request that is malformed.
            try await app.test(.GET, "/api/v1/clients?after=!!&perPage=0", headers: headers) { res async in
                XCTAssertEqual(res.status, .badRequest)
            }
        }
    }

    func testTheClientListPagesByCursorLinks() async throws {
        try await withApp { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let firstPage = try await worker.get("/clients?perPage=1").body.string
            XCTAssertFalse(firstPage.contains(#"rel="prev""#), "nothing before the first page")
            let match = try XCTUnwrap(firstPage.range(of: #"href="[^"]*" rel="next""#, options: .regularExpression))
            let nextLink = String(firstPage[match]).replacingOccurrences(of: #"href=""#, with: "")
                .replacingOccurrences(of: #"" rel="next""#, with: "").replacingOccurrences(of: "&amp;", with: "&")
            XCTAssertTrue(nextLink.contains("after="), nextLink)
            XCTAssertTrue(nextLink.contains("page=2"), nextLink)
            let secondPage = try await worker.get(nextLink + "&perPage=1")
            XCTAssertEqual(secondPage.status, .ok)
            XCTAssertTrue(secondPage.body.string.contains(#"rel="prev""#))
            XCTAssertTrue(secondPage.body.string.contains(#"data-qa="client-row""#))
            XCTAssertNotEqual(Self.firstRow(firstPage), Self.firstRow(secondPage.body.string))
        }
    }

    private static func firstRow(_ html: String) -> String? {
        html.range(of: #"data-qa="client-row"[^<]*<td[^>]*><a[^>]*>[^<]*"#, options: .regularExpression).map { String(html[$0]) }
    }

    func testASecondSaveOfAnOldVersionIsRefusedAndOverwritesNothing() async throws {
        try await withApp { app, world in
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            let id = world.joensuuClient.id!
            var first = valid
            first["personalIdentityCode"] = TestWorld.joensuuCode
            var update: [String: AnyCodable] = first.mapValues(AnyCodable.string)
            update["version"] = .int(1)
            try await app.test(.PUT, "/api/v1/clients/\(id)", headers: headers, beforeRequest: { req async throws in try req.content.encode(update, as: .json) }) { res async throws in
                XCTAssertEqual(res.status, .ok, res.body.string)
                XCTAssertEqual(try res.content.decode(ClientDTO.self).version, 2)
            }
            update["lastName"] = .string("Toinen")
            try await app.test(.PUT, "/api/v1/clients/\(id)", headers: headers, beforeRequest: { req async throws in try req.content.encode(update, as: .json) }) { res async throws in
                XCTAssertEqual(res.status, .conflict)
            }
            let stored = try await Client.find(id, on: app.db)!
            XCTAssertEqual(stored.lastName, "Aaltonen")
            XCTAssertEqual(stored.version, 2)
        }
    }
}

/// A JSON value for request bodies that mix strings and numbers.
enum AnyCodable: Content {
    case string(String), int(Int), bool(Bool)
    init(from decoder: any Decoder) throws { self = .string(try decoder.singleValueContainer().decode(String.self)) }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .int(let i): try container.encode(i)
        case .bool(let b): try container.encode(b)
        }
    }
}

/// No name or identity code stands in a link of the client list (ASVS V8.3.1, decision 94).
final class ClientSearchLinkTests: XCTestCase {
    func testASearchedCodeAndNameComeBackSealedInTheListsLink() async throws {
        try await withApp { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            for text in [TestWorld.joensuuCode, "Muualla Maija"] {
                let posted = try await worker.post("/clients/search", form: ["q": text, "municipalityCode": "167"])
                XCTAssertEqual(posted.status, .seeOther)
                let location = try XCTUnwrap(posted.headers.first(name: .location))
                XCTAssertFalse(location.contains(TestWorld.joensuuCode) || location.contains("Muualla") || location.contains("Maija"), location)
                XCTAssertTrue(location.contains("municipalityCode=167"), location)
                let list = try await worker.get(location)
                XCTAssertEqual(list.status, .ok)
                XCTAssertTrue(list.body.string.contains("Muualla"), "the list finds the client by \(text)")
                XCTAssertTrue(list.body.string.contains(#"value="\#(text)""#), "the form shows what was searched")
            }
        }
    }

    func testAChangedSearchLinkOrCursorIsRefusedNamingIt() async throws {
        try await withApp { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let sealed = app.querySeal.seal("Muualla")
            var flipped = Array(sealed)
            flipped[flipped.count / 2] = flipped[flipped.count / 2] == "A" ? "B" : "A"
            let changed = try await worker.get("/clients?s=\(String(flipped))")
            XCTAssertEqual(changed.status, .badRequest)
            XCTAssertTrue(changed.body.string.contains(#"data-qa="error-s""#) || changed.body.string.contains("Hakulinkki"), changed.body.string)
            // A cursor in the old unsealed form (base64 of the keys) no longer opens.
            let plain = Data("muualla maija\u{1F}\(world.joensuuClient.id!.uuidString)".utf8).base64EncodedString()
                .replacingOccurrences(of: "=", with: "")
            let cursor = try await worker.get("/clients?after=\(plain)")
            XCTAssertEqual(cursor.status, .notFound)
        }
    }

    func testTheNextPageLinkDoesNotShowTheNameItStartsAt() async throws {
        try await withApp { app, world in
            let worker = try await TestBrowser.signedIn(app, email: world.user(.socialWorker).email)
            let firstPage = try await worker.get("/clients?perPage=1").body.string
            let match = try XCTUnwrap(firstPage.range(of: #"after=[A-Za-z0-9_-]+"#, options: .regularExpression))
            let token = String(firstPage[match].dropFirst("after=".count))
            let base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
                + String(repeating: "=", count: (4 - token.count % 4) % 4)
            let bytes = Data(base64Encoded: base64) ?? Data()
            XCTAssertNil(String(data: bytes, encoding: .utf8).flatMap { $0.contains("aaltonen") || $0.contains("muualla") || $0.contains("lieksalainen") || $0.contains("paikallinen") ? $0 : nil },
                         "the cursor's keys are sealed")
            XCTAssertNotNil(PageCursor(token: token, keyCount: 2, seal: app.querySeal))
        }
    }
}
