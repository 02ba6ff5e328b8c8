import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

extension TestWorld {
    /// Sends a referral through the API as `user` (the county's social worker unless named) and returns it.
    @discardableResult
    func sendReferral(for client: Client, as user: User? = nil, urgency: String = "normal", consent: Bool = true,
                      on app: Application) async throws -> ReferralDTO {
        let body = ReferralBody(clientId: client.id!.uuidString, reason: "Tarvitsee päivärytmiä.\nToivoo puutöitä.",
                                urgency: urgency, consentToShare: consent)
        var view: ReferralDTO?
        try await app.test(.POST, "/api/v1/referrals", headers: try await bearer(user ?? self.user(.socialWorker), on: app),
                           beforeRequest: { req async throws in try req.content.encode(body, as: .json) }) { res async throws in
            XCTAssertEqual(res.status, .created, res.body.string)
            view = try res.content.decode(ReferralDTO.self)
        }
        return try XCTUnwrap(view)
    }
}

struct ReferralBody: Content {
    var clientId: String?
    var reason: String?
    var urgency: String?
    var consentToShare: Bool?
    var source: String?
}

struct DecisionBody: Content {
    var state: String?
    var note: String?
    var version: Int?
}
