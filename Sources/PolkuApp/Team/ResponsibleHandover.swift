import Fluent
import Vapor

/// A change of the client's responsible worker (decision 111): who handed over to whom, on which day, and who
/// recorded it. Kept when the members themselves leave the team, so the client's history says who was responsible.
final class ResponsibleHandover: Model, @unchecked Sendable {
    static let schema = "responsible_handovers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    /// The responsible worker before: nil when the client had none.
    @OptionalField(key: "from_name") var fromName: String?
    @Field(key: "to_name") var toName: String
    /// ISO date in Helsinki time.
    @Field(key: "handed_over_on") var handedOverOn: String
    @Parent(key: "recorded_by_id") var recordedBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A hand-over as the team page and the API show it.
struct HandoverDTO: Content {
    var fromName: String?
    var toName: String
    var handedOverOn: String

    init(_ handover: ResponsibleHandover) {
        fromName = handover.fromName
        toName = handover.toName
        handedOverOn = handover.handedOverOn
    }

    /// Newest first.
    static func of(_ clientID: UUID, on db: any Database) async throws -> [HandoverDTO] {
        try await ResponsibleHandover.query(on: db).filter(\.$client.$id == clientID).sort(\.$createdAt, .descending).all().map(HandoverDTO.init)
    }
}
