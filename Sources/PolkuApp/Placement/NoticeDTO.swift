import Fluent
import PolkuDomain
import Vapor

struct NoticeDTO: Content {
    var id: UUID
    var clientId: UUID
    var periodId: UUID
    var notifiedOn: String
    var recipient: String
    /// Dated after the period's first day.
    var isLate: Bool
    var authorName: String?
    var version: Int
}
