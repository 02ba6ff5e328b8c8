import Foundation
@testable import PolkuApp
import XCTest

/// The API's read models hold typed ids (`PlanID`, `ClientID`, …), and `Tagged` is coded as its bare UUID: the JSON
/// the API sends is the same bytes as when the fields were `UUID`s (decision 165).
final class TypedIDCodingTests: XCTestCase {
    private let planID = "6A1F3C2E-0B7D-4E59-9C31-2F8D6E4A1B07", clientID = "D4E5F6A7-1B2C-4D3E-8F90-123456789ABC"
    private let decisionID = "0F1E2D3C-4B5A-4968-8776-5544332211AA", placeID = "11111111-2222-4333-8444-555555555555"
    private let periodID = "99999999-8888-4777-8666-555544443333"

    private func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func testAPlanWithTypedIdsEncodesAsBefore() throws {
        // setup
        let plan = PlanDTO(id: PlanID(UUID(uuidString: planID)!), clientId: ClientID(UUID(uuidString: clientID)!),
                           kind: .activationPlan, version: 2, currentNumber: 1, versions: [])

        // act
        let json = try encoded(plan)

        // check
        XCTAssertEqual(json, #"{"clientId":"D4E5F6A7-1B2C-4D3E-8F90-123456789ABC","currentNumber":1,"id":"6A1F3C2E-0B7D-4E59-9C31-2F8D6E4A1B07","kind":"activationPlan","version":2,"versions":[]}"#)
        let decoded = try JSONDecoder().decode(PlanDTO.self, from: Data(json.utf8))
        XCTAssertEqual(decoded.id, plan.id)
        XCTAssertEqual(decoded.clientId, plan.clientId)
    }

    func testADecisionWithTypedIdsEncodesAsBefore() throws {
        // setup: the JSON a decision was sent as while its ids were UUIDs
        let literal = #"{"appealInstructions":"Oikaisuvaatimus","clientId":"D4E5F6A7-1B2C-4D3E-8F90-123456789ABC","daysPerWeek":3,"decidedOn":"2026-03-01","decisionMakerName":"Sari Sosiaalityöntekijä","endsOn":"2026-05-31","id":"0F1E2D3C-4B5A-4968-8776-5544332211AA","minutesPerDay":300,"periodId":"99999999-8888-4777-8666-555544443333","periodStatus":"upcoming","periodVersion":1,"placeId":"11111111-2222-4333-8444-555555555555","placeName":"Kierrätyskeskus","startsOn":"2026-03-02","weekdays":[1,3,5]}"#

        // act
        let decision = try JSONDecoder().decode(DecisionDTO.self, from: Data(literal.utf8))

        // check
        XCTAssertEqual(decision.id, DecisionID(UUID(uuidString: decisionID)!))
        XCTAssertEqual(decision.clientId, ClientID(UUID(uuidString: clientID)!))
        XCTAssertEqual(decision.placeId, PlaceID(UUID(uuidString: placeID)!))
        XCTAssertEqual(decision.periodId, PeriodID(UUID(uuidString: periodID)!))
        XCTAssertEqual(try encoded(decision), literal)
    }

    func testAClientWithATypedIdEncodesAsBefore() throws {
        // setup
        let literal = #"{"birthDate":"1990-01-01","firstName":"Aino","id":"D4E5F6A7-1B2C-4D3E-8F90-123456789ABC","language":"fi","lastName":"Aaltonen","municipalityCode":"167","personalIdentityCode":"010190-****","version":1}"#

        // act
        let client = try JSONDecoder().decode(ClientDTO.self, from: Data(literal.utf8))

        // check
        XCTAssertEqual(client.id, ClientID(UUID(uuidString: clientID)!))
        XCTAssertEqual(try encoded(client), literal)
    }
}
