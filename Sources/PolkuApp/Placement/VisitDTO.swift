import Fluent
import PolkuDomain
import Vapor

/// A visit as pages and the API show it.
struct VisitDTO: Content {
    var id: VisitID
    var clientId: ClientID
    var placeId: PlaceID
    var placeName: String
    var visitOn: String
    var timeOfDay: String
    var accompaniedBy: String
    var outcome: String?
    var outcomeReason: String?
    var notes: String?
    var authorName: String?
    var version: Int
}
