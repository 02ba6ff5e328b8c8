import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// The duplicate identity-code check tells a user nothing about clients beyond their reach (issue 10, item 8;
/// decision 93), while nobody can make a second record of a person they could already see.
final class DuplicateCodeTests: XCTestCase {
    private let unusedCode = "150385-456R"

    func testACodeInUseOnlyBeyondTheReachAnswersExactlyAsAnUnusedOne() async throws {
        try await withApp { app, world in
            // The south area's worker reaches Lieksa only; the Joensuu client is beyond their reach.
            let south = try await world.bearer(world.southWorker, on: app)
            let unused = try await self.create(app, south, code: self.unusedCode, municipality: "422")
            let inUseElsewhere = try await self.create(app, south, code: TestWorld.joensuuCode, municipality: "422")
            XCTAssertEqual(unused.status, .created)
            XCTAssertEqual(inUseElsewhere.status, unused.status)
            XCTAssertEqual(try Self.keys(of: inUseElsewhere), try Self.keys(of: unused), "the same answer, field for field")
            let record = try inUseElsewhere.content.decode(ClientDTO.self)
            XCTAssertEqual(record.municipalityCode, "422")
            XCTAssertEqual(record.firstName, "Aino", "the south worker's record holds what they typed, nothing of the other")
            let joensuu = try await Client.find(world.joensuuClient.id, on: app.db)
            XCTAssertEqual(joensuu?.firstName, "Maija", "the record beyond the reach is untouched")
        }
    }

    func testADuplicateAnywhereInTheReachIsRefusedAndChangesNothing() async throws {
        try await withApp { app, world in
            let before = try await Client.query(on: app.db).count()
            // In the same municipality…
            let south = try await world.bearer(world.southWorker, on: app)
            let sameMunicipality = try await self.create(app, south, code: TestWorld.lieksaCode, municipality: "422")
            XCTAssertEqual(sameMunicipality.status, .conflict)
            XCTAssertTrue(sameMunicipality.body.string.contains("personalIdentityCode"))
            // …and in another municipality the county-wide worker also reaches.
            let county = try await world.bearer(world.user(.socialWorker), on: app)
            let elsewhereInReach = try await self.create(app, county, code: TestWorld.joensuuCode, municipality: "422")
            XCTAssertEqual(elsewhereInReach.status, .conflict)
            XCTAssertTrue(elsewhereInReach.body.string.contains(TextKey.errorPicDuplicate.rawValue))
            let after = try await Client.query(on: app.db).count()
            XCTAssertEqual(after, before)
        }
    }

    func testAWorkerReachingBothMunicipalitiesFindsBothRecordsByTheCode() async throws {
        try await withApp { app, world in
            let south = try await world.bearer(world.southWorker, on: app)
            _ = try await self.create(app, south, code: TestWorld.joensuuCode, municipality: "422")
            let county = try await world.bearer(world.user(.socialWorker), on: app)
            try await app.test(.GET, "/api/v1/clients?q=\(TestWorld.joensuuCode)", headers: county) { res async throws in
                XCTAssertEqual(res.status, .ok)
                let body = res.body.string
                XCTAssertTrue(body.contains(#""municipalityCode":"167""#) && body.contains(#""municipalityCode":"422""#), body)
            }
            // The south worker's search finds only their own record.
            try await app.test(.GET, "/api/v1/clients?q=\(TestWorld.joensuuCode)", headers: south) { res async throws in
                XCTAssertFalse(res.body.string.contains(#""municipalityCode":"167""#))
                XCTAssertTrue(res.body.string.contains(#""municipalityCode":"422""#))
            }
        }
    }

    func testMovingARecordOntoAnotherOfThePersonsRecordsIsRefused() async throws {
        try await withApp { app, world in
            let south = try await world.bearer(world.southWorker, on: app)
            let created = try await self.create(app, south, code: TestWorld.joensuuCode, municipality: "422")
            let id = try created.content.decode(ClientDTO.self).id
            // The county-wide worker reaches both and may not merge them into one municipality by editing.
            let county = try await world.bearer(world.user(.socialWorker), on: app)
            struct Move: Content { var firstName, lastName, personalIdentityCode, municipalityCode, language: String; var version: Int }
            let body = Move(firstName: "Aino", lastName: "Aaltonen", personalIdentityCode: TestWorld.joensuuCode, municipalityCode: "167",
                            language: "fi", version: 1)
            try await app.test(.PUT, "/api/v1/clients/\(id)", headers: county, beforeRequest: { req async throws in
                try req.content.encode(body)
            }) { res async in
                XCTAssertEqual(res.status, .conflict, res.body.string)
            }
            let stored = try await Client.find(id.rawValue, on: app.db)
            XCTAssertEqual(stored?.municipalityCode, "422")
        }
    }

    // MARK: -

    private func create(_ app: Application, _ headers: HTTPHeaders, code: String, municipality: String) async throws -> XCTHTTPResponse {
        let body = ["firstName": "Aino", "lastName": "Aaltonen", "personalIdentityCode": code, "municipalityCode": municipality, "language": "fi"]
        var response: XCTHTTPResponse?
        try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in
            try req.content.encode(body)
        }) { res async in response = res }
        return response!
    }

    /// The answer's JSON keys, so that two answers can be compared without their ids and times.
    private static func keys(of response: XCTHTTPResponse) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        return (object ?? [:]).keys.sorted()
    }
}

/// A code whose birth date is after today names nobody living (issue 11, item 8).
final class FutureBirthDateTests: XCTestCase {
    func testACodeBornAfterTodayIsRefusedAndOneBornTodayIsNot() async throws {
        try await withApp { app, world in  // today 28.5.2026
            let headers = try await world.bearer(world.user(.socialWorker), on: app)
            // Well-formed, as the contract's pattern says, but nobody's today: a conflict with the date.
            for (code, expected) in [("010199A123Y", HTTPStatus.conflict), ("290526A123D", .conflict),
                                     ("280526A123S", .created)] {
                let body = ["firstName": "Aino", "lastName": "Aaltonen", "personalIdentityCode": code, "municipalityCode": "167", "language": "fi"]
                try await app.test(.POST, "/api/v1/clients", headers: headers, beforeRequest: { req async throws in
                    try req.content.encode(body)
                }) { res async in
                    XCTAssertEqual(res.status, expected, "\(code): \(res.body.string)")
                    if expected != .created {
                        XCTAssertTrue(res.body.string.contains(TextKey.errorPicFutureBirth.rawValue), res.body.string)
                    }
                }
            }
            // A change to such a code is the same conflict.
            struct Change: Content { var firstName, lastName, personalIdentityCode, municipalityCode, language: String; var version: Int }
            let change = Change(firstName: "Maija", lastName: "Muualla", personalIdentityCode: "010199A123Y", municipalityCode: "167",
                                language: "fi", version: 1)
            try await app.test(.PUT, "/api/v1/clients/\(world.joensuuClient.id!)", headers: headers, beforeRequest: { req async throws in
                try req.content.encode(change)
            }) { res async in
                XCTAssertEqual(res.status, .conflict, res.body.string)
            }
        }
    }
}
