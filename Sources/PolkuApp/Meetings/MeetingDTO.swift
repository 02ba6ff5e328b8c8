import Fluent
import PolkuDomain
import Vapor

struct MeetingDTO: Content {
    var id: UUID
    var meetsOn: String
    var timeOfDay: String
    var location: String
    var participants: String
    var purpose: String

    init(_ meeting: Meeting) throws {
        id = try meeting.requireID()
        meetsOn = meeting.meetsOn
        timeOfDay = meeting.timeOfDay
        location = meeting.location
        participants = meeting.participants
        purpose = meeting.purpose
    }

    /// The client's meetings from `today` on, soonest first.
    static func upcoming(for clientID: UUID, from today: LocalDate, on db: any Database) async throws -> [MeetingDTO] {
        try await Meeting.query(on: db).filter(\.$client.$id == clientID).filter(\.$meetsOn >= today.isoString)
            .sort(\.$meetsOn).sort(\.$timeOfDay).all().map(MeetingDTO.init)
    }
}
