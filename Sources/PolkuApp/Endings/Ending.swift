import Fluent
import PolkuDomain
import Vapor

/// The end of the client's time in the service and the further path (jatkopolku): why it ended,
/// where the client goes next and to whom they were handed over. A client with an ending is a
/// former client, so a new referral of theirs is a return.
final class Ending: Model, @unchecked Sendable {
    static let schema = "endings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    /// The period that ended, if the service ended with one; closed by the ending.
    @OptionalParent(key: "period_id") var period: Period?
    /// ISO dates (YYYY-MM-DD).
    @Field(key: "ended_on") var endedOn: String
    @Enum(key: "reason") var reason: EndingReason
    @Enum(key: "next_path") var nextPath: NextPath
    /// The organization or person the client was handed over to.
    @OptionalField(key: "handed_over_to") var handedOverTo: String?
    /// The day of the warm hand-over (saattaen vaihtaen), when there was one.
    @OptionalField(key: "handed_over_on") var handedOverOn: String?
    @OptionalField(key: "notes") var notes: String?
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// Whether the client has left the service at least once: a new referral of theirs is a return.
    static func isFormerClient(_ clientID: UUID, on db: any Database) async throws -> Bool {
        try await Ending.query(on: db).filter(\.$client.$id == clientID).count() > 0
    }
}
