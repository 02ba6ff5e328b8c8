import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTest

/// Nothing typed is lost (issue 10, item 2): the longest text a form allows, in letters that take two bytes and
/// six when form-encoded, arrives in many pieces through the real HTTP server, passes the CSRF check whole and is
/// saved; one letter more comes back as 422 naming the field, with every letter typed still in it.
final class LongTextTests: XCTestCase {
    func testTheLongestReferralReasonIsSavedAndOneLetterMoreIsKeptForCorrection() async throws {
        try await withApp { app, world in
            let client = world.joensuuClient.id!
            try await LiveServer.with(app) { server in
                let worker = try await LiveUser.signedIn(server, email: world.user(.socialWorker).email)
                let longest = String(repeating: "ä", count: ReferralInput.maxReasonLength)
                let over = await self.post(worker, "/clients/\(client)/referrals",
                                           ["reason": longest + "ö", "urgency": "normal", "consentToShare": "on"])
                XCTAssertEqual(over.status, .unprocessableEntity)
                XCTAssertTrue(over.body.contains(#"data-qa="error-reason""#))
                XCTAssertTrue(over.body.contains(longest + "ö"), "the text typed is all there to be shortened")
                let none = try await Referral.query(on: app.db).count()
                XCTAssertEqual(none, 0)
                let saved = await self.post(worker, "/clients/\(client)/referrals", ["reason": longest, "urgency": "normal", "consentToShare": "on"])
                XCTAssertEqual(saved.status, .seeOther, String(saved.body.prefix(500)))
                let stored = try await Referral.query(on: app.db).first()
                XCTAssertEqual(stored?.reason, longest)
            }
        }
    }

    func testTheLongestAssessmentTextsAreSavedAndOneLetterMoreIsKeptForCorrection() async throws {
        try await withApp { app, world in
            let client = world.joensuuClient.id!
            let max = AssessmentInput.maxTextLength
            let texts = ["needs": "ö", "supportAndGuidance": "å", "otherServicesNote": "ä", "conclusionNote": "é"]
                .mapValues { String(repeating: $0, count: max) }
            var form = texts
            form["assessedOn"] = "20.5.2026"
            form["conclusion"] = "socialRehabilitation"
            form["otherServices[0]"] = "housing"
            try await LiveServer.with(app) { server in
                let counsellor = try await LiveUser.signedIn(server, email: world.user(.socialCounsellor).email)
                var tooLong = form
                tooLong["needs"] = texts["needs"]! + "ö"
                let over = await self.post(counsellor, "/clients/\(client)/assessments", tooLong)
                XCTAssertEqual(over.status, .unprocessableEntity)
                XCTAssertTrue(over.body.contains(#"data-qa="error-needs""#))
                for (field, text) in tooLong where texts[field] != nil {
                    XCTAssertTrue(over.body.contains(text), "\(field) is kept as typed")
                }
                let saved = await self.post(counsellor, "/clients/\(client)/assessments", form)
                XCTAssertEqual(saved.status, .seeOther, String(saved.body.prefix(500)))
                let stored = try await Assessment.query(on: app.db).first()
                XCTAssertEqual(stored?.needs, texts["needs"])
                XCTAssertEqual(stored?.supportAndGuidance, texts["supportAndGuidance"])
            }
        }
    }

    private func post(_ user: LiveUser, _ path: String, _ form: [String: String]) async -> LiveUser.Answer {
        do {
            return try await user.post(path, form: form)
        } catch {
            XCTFail("\(path): \(error)")
            return LiveUser.Answer(status: .internalServerError, headers: [:], body: "")
        }
    }
}
