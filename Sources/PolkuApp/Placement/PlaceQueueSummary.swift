import Fluent
import PolkuDomain
import Vapor

/// A row of the queues overview: no client data.
struct PlaceQueueSummary: Sendable {
    var placeId: PlaceID
    var placeName: String
    var providerName: String
    /// This week's seats, as on `/places`.
    var seats: SeatOccupancy.Week
    var waiting: Int
}
