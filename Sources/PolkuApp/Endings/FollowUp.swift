import Fluent
import PolkuDomain
import Vapor

/// Where a former client is 3 or 6 months after the ending: one short, structured entry per point.
final class FollowUp: Model, @unchecked Sendable {
    static let schema = "follow_ups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "ending_id") var ending: Ending
    @Enum(key: "point") var point: FollowUpPoint
    /// ISO date (YYYY-MM-DD).
    @Field(key: "done_on") var doneOn: String
    /// Where the client is now, in the codes of the further path, so outcomes can be counted.
    @Enum(key: "situation") var situation: NextPath
    @Field(key: "in_work_or_education") var inWorkOrEducation: Bool
    @OptionalField(key: "notes") var notes: String?
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
