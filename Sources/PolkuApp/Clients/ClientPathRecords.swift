import Fluent
import PolkuDomain
import Vapor

/// The records of the client's path that the client page shows in sections of their own, newest
/// first, with what the signed-in user may add.
struct ClientPathRecords {
    var assessments: [AssessmentDTO]
    var endings: [EndingDTO]
    var mayWriteAssessment: Bool
    var mayWriteEnding: Bool
}

extension Request {
    /// Loads the client's assessments and endings and records that they were seen.
    func clientPathRecords(_ client: Client) async throws -> ClientPathRecords {
        let id = try client.requireID()
        let records = ClientPathRecords(
            assessments: try await assessmentViews(try await AssessmentStore.all(of: id, on: db)),
            endings: try await endingViews(try await EndingStore.all(of: id, on: db)),
            mayWriteAssessment: try await permits(.assessment(.write), on: client.facts),
            mayWriteEnding: try await permits(.ending(.write), on: client.facts))
        try await audit(.assessmentList, clients: [id])
        try await audit(.endingList, clients: [id])
        return records
    }
}
