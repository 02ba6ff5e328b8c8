import Fluent
import PolkuDomain
import Vapor

/// Booking meetings: the meeting and its audit event commit together, or neither does.
enum MeetingStore {
    static func create(_ meeting: Meeting, on req: Request) async throws {
        let clientID = meeting.$client.id
        try await req.auditedChange(.meetingCreate) { tx in
            try await meeting.create(on: tx)
            return ((), [clientID])
        }
    }
}
