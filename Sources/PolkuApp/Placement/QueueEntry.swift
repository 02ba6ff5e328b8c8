import Fluent
import Vapor

/// A client waiting for a seat at a place. Closed as placed by the decision for that place, or withdrawn with a reason.
final class QueueEntry: Model, @unchecked Sendable {
    static let schema = "queue_entries"

    enum State: String, Codable, CaseIterable, Sendable { case waiting, placed, withdrawn }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "place_id") var place: WorkActivityPlace
    /// The instant of queuing orders the queue (first come first served).
    @Field(key: "queued_at") var queuedAt: Date
    /// ISO date in Helsinki, for waiting days.
    @Field(key: "queued_on") var queuedOn: String
    @Field(key: "is_urgent") var isUrgent: Bool
    @Field(key: "reason") var reason: String
    @Enum(key: "state") var state: State
    /// "client/place" while waiting, nil once closed: unique, so a second open entry is refused by the database too.
    @OptionalField(key: "open_key") var openKey: String?
    @OptionalField(key: "closed_on") var closedOn: String?
    @OptionalField(key: "withdrawal_reason") var withdrawalReason: String?
    @OptionalParent(key: "decision_id") var decision: Decision?
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    static func openKey(client: UUID, place: UUID) -> String { "\(client.uuidString)/\(place.uuidString)" }
}
