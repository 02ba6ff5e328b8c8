import Fluent
import Vapor

/// The notice to the workplace's shop steward (pääluottamusmies) about a period in the county's own production.
final class ShopStewardNoticeRecord: Model, @unchecked Sendable {
    static let schema = "shop_steward_notices"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "period_id") var period: Period
    @Field(key: "notified_on") var notifiedOn: String
    @Field(key: "recipient") var recipient: String
    @Parent(key: "author_id") var author: User
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
