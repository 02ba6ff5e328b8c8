import Fluent
import PolkuDomain
import Vapor

struct NoticeDTO: Content {
    var id: NoticeID
    var clientId: ClientID
    var periodId: PeriodID
    var notifiedOn: String
    var recipient: String
    /// Dated after the period's first day.
    var isLate: Bool
    var authorName: String?
    var version: Int
}
