import Fluent
import PolkuDomain
import Vapor

/// A meeting as the form and the API send it.
struct MeetingInput: Content {
    var meetsOn: String?
    /// "10.00" or "10:00".
    var timeOfDay: String?
    var location: String?
    var participants: String?
    var purpose: String?

    static let maxLocationLength = TextRules.maxNameLength
    static let maxPurposeLength = TextRules.maxNameLength
    static let maxParticipantsLength = 400
    static let timePattern = "^([01]?[0-9]|2[0-3])[.:][0-5][0-9]$"

    func meeting(for clientID: UUID, author: UUID) throws -> Meeting {
        var v = Validator()
        let day = v.date("meetsOn", meetsOn, required: true)
        let time = (timeOfDay ?? "").trimmingCharacters(in: .whitespaces)
        if time.isEmpty { v.add("timeOfDay", .errorRequired) } else if !TextRules.matches(time, Self.timePattern) { v.add("timeOfDay", .errorTime) }
        let location = v.requiredText("location", location, maxLength: Self.maxLocationLength)
        let participants = v.optionalText("participants", participants, maxLength: Self.maxParticipantsLength, pattern: TextRules.optionalTextPattern, invalid: .errorInvalidCharacters)
        let purpose = v.requiredText("purpose", purpose, maxLength: Self.maxPurposeLength)
        try v.finish()
        let meeting = Meeting()
        meeting.$client.id = clientID
        meeting.meetsOn = day!.isoString
        meeting.timeOfDay = time.replacingOccurrences(of: ":", with: ".")
        meeting.location = location!
        meeting.participants = participants ?? ""
        meeting.purpose = purpose!
        meeting.$author.id = author
        return meeting
    }
}

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

struct MeetingView: Content {
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
    static func upcoming(for clientID: UUID, from today: LocalDate, on db: any Database) async throws -> [MeetingView] {
        try await Meeting.query(on: db).filter(\.$client.$id == clientID).filter(\.$meetsOn >= today.isoString)
            .sort(\.$meetsOn).sort(\.$timeOfDay).all().map(MeetingView.init)
    }
}
