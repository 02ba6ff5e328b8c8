import Foundation
import PolkuDomain
import Vapor

/// Queuing a client for a place, as the form and the API send it.
struct QueueEntryInput: Content {
    var placeId: String?
    /// Required by the API; the form's unticked box sends nothing and means no.
    var isUrgent: Bool?
    /// Why this place and why the client waits for it; the place's coaches do not see it.
    var reason: String?

    static let maxReasonLength = 2000
}

struct QueueEntryDraft: Sendable {
    var placeID: UUID
    var isUrgent: Bool
    var reason: String
}

extension QueueEntryInput {
    func validated() throws -> QueueEntryDraft {
        var v = Validator()
        // A form's empty choice is as missing as an absent field.
        let place = (placeId ?? "").isEmpty ? nil : v.optionalID("placeId", placeId)
        if (placeId ?? "").isEmpty { v.add("placeId", .errorRequired) }
        if isUrgent == nil { v.add("isUrgent", .errorRequired) }
        let reason = v.note("reason", reason, required: true, maxLength: Self.maxReasonLength)
        try v.finish()
        return QueueEntryDraft(placeID: place!, isUrgent: isUrgent!, reason: reason!)
    }
}

/// Taking a client out of the queue without a placement.
struct WithdrawalInput: Content {
    var reason: String?
    var version: Int?

    func validated() throws -> (reason: String, version: Int) {
        var v = Validator()
        let reason = v.note("reason", reason, required: true, maxLength: QueueEntryInput.maxReasonLength)
        v.version(version, required: true)
        try v.finish()
        return (reason!, version!)
    }
}
