import Fluent
import Vapor

/// A client's period of work activity at one place. The client path (issue 4) ties it to a decision.
final class Period: Model, @unchecked Sendable {
    static let schema = "periods"

    enum Status: String, Codable, Sendable { case planned, active, interrupted, ended }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "place_id") var place: WorkActivityPlace
    /// ISO dates (YYYY-MM-DD): compare as text in every database.
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @Enum(key: "status") var status: Status
    @OptionalParent(key: "decision_id") var decision: Decision?
    @OptionalField(key: "interruption_reason") var interruptionReason: String?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(clientID: UUID, placeID: UUID, startsOn: String, endsOn: String, status: Status) {
        self.$client.id = clientID
        self.$place.id = placeID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.status = status
        self.version = 1
    }
}
