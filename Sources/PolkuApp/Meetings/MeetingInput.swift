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
