import Foundation
@testable import PolkuApp
import Vapor
import XCTVapor
import XCTest

/// The JSON API as one user sees it: bodies as plain dictionaries, answers as status and JSON.
struct TestAPI {
    let app: Application
    let headers: HTTPHeaders

    static func signedIn(_ user: User, world: TestWorld, app: Application) async throws -> TestAPI {
        TestAPI(app: app, headers: try await world.bearer(user, on: app))
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil) async throws -> TestingHTTPResponse {
        var headers = self.headers
        if body != nil { headers.contentType = .json }
        var result: TestingHTTPResponse?
        try await app.test(method, path, headers: headers, beforeRequest: { req async throws in
            if let body { req.body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)) }
        }, afterResponse: { res async throws in result = res })
        return result!
    }

    /// The answer's JSON object. An answer that is not one (an HTML error page, plain text, an array, nothing)
    /// fails the calling test with its status and body, rather than reading as an empty object.
    static func object(_ res: TestingHTTPResponse, file: StaticString = #filePath, line: UInt = #line) -> [String: Any] {
        let body = Data(buffer: res.body)
        do {
            if let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] { return object }
        } catch {}
        XCTFail("not a JSON object (HTTP \(res.status.code)): \(String(decoding: body.prefix(2000), as: UTF8.self))", file: file, line: line)
        return [:]
    }

    /// The fields a problem+json answer names, with their codes.
    static func problems(_ res: TestingHTTPResponse, file: StaticString = #filePath, line: UInt = #line) -> [String: String] {
        let errors = object(res, file: file, line: line)["errors"] as? [[String: Any]] ?? []
        return Dictionary(errors.compactMap { e in (e["field"] as? String).map { ($0, e["code"] as? String ?? "") } }, uniquingKeysWith: { a, _ in a })
    }
}

extension TestWorld {
    /// An assessment, an ending and its 3-month follow-up of `client`, saved directly, for pages to show.
    func pathRecords(of client: Client, on app: Application) async throws -> (assessment: Assessment, ending: Ending, followUp: FollowUp) {
        let author = try user(.socialWorker).requireID()
        let assessment = AssessmentStore.new(
            AssessmentDraft(assessedOn: LocalDateFixture.day(2026, 1, 10), needs: "Arjen rytmi", supportAndGuidance: nil, otherServices: [.housing],
                            otherServicesNote: nil, conclusion: .socialRehabilitation, conclusionNote: "Sosiaalinen kuntoutus, ohjaus 15.1."),
            clientID: client.id!, authorID: author)
        try await assessment.create(on: app.db)
        let ending = Ending()
        ending.$client.id = client.id!
        ending.$author.id = author
        ending.endedOn = "2026-02-20"
        ending.reason = .employment
        ending.nextPath = .paySubsidisedJob
        ending.version = 1
        try await ending.create(on: app.db)
        let followUp = FollowUp()
        followUp.$client.id = client.id!
        followUp.$ending.id = ending.id!
        followUp.$author.id = author
        followUp.point = .threeMonths
        followUp.doneOn = "2026-05-21"
        followUp.situation = .paySubsidisedJob
        followUp.inWorkOrEducation = true
        followUp.version = 1
        try await followUp.create(on: app.db)
        return (assessment, ending, followUp)
    }
}

extension TestWorld {
    /// The worker's interim evaluation of `period`, saved directly, for pages to show.
    func evaluation(of period: Period, on app: Application) async throws -> Evaluation {
        let evaluation = Evaluation()
        evaluation.$client.id = period.$client.id
        evaluation.$period.id = try period.requireID()
        evaluation.kind = .interim
        evaluation.perspective = .worker
        evaluation.evaluatedOn = "2026-05-20"
        evaluation.goalsJSON = #"[{"text":"Päivärytmi","scale":["a","b","c","d","e"],"level":1,"note":"Hyvin"}]"#
        evaluation.topicsJSON = #"[{"topic":"attendance","rating":3,"note":"Ajoissa"}]"#
        evaluation.wentWell = "Rytmi vakiintui"
        evaluation.nextStep = .workTrial
        evaluation.$author.id = try user(.socialWorker).requireID()
        evaluation.version = 1
        try await evaluation.create(on: app.db)
        return evaluation
    }
}
