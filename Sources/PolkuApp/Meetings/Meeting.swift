import Fluent
import Vapor

/// A meeting with the client (a planning, interim or final meeting, a visit), so that the client
/// sees their next one and the team sees what is agreed.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    /// ISO date and the time of day ("10.00") in Finnish time.
    @Field(key: "meets_on") var meetsOn: String
    @Field(key: "time_of_day") var timeOfDay: String
    @Field(key: "location") var location: String
    @Field(key: "participants") var participants: String
    @Field(key: "purpose") var purpose: String
    @Parent(key: "author_id") var author: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
