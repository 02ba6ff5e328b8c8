import Fluent
import PolkuDomain
import Vapor

/// Who the printed decision and contract name: the client (identity code as the reader may see it),
/// the place's provider and the organizer. Read when the page is shown, so a renamed organization prints
/// with its current name.
struct DecisionParties {
    var clientName: String
    var identityCode: String
    var providerName: String
    var organizerName: String
    /// The place's street address, postal code and town (the printed decision names where the activity is).
    var placeAddress: String = ""

    static func load(client: Client, placeID: PlaceID, decidedOn: String, on req: Request) async throws -> DecisionParties {
        let view = try await req.clientViews([client])[0]
        let place = try await WorkActivityPlace.query(on: req.db).filter(\.$id == placeID.rawValue).with(\.$provider).first()
        let day = LocalDate(isoString: decidedOn) ?? req.today
        let organizer = try await Organizer.of(client, on: day, db: req.db)
        let address = place.map { [$0.streetAddress, [$0.postalCode, $0.town].filter { !$0.isEmpty }.joined(separator: " ")].filter { !$0.isEmpty }
            .joined(separator: ", ") } ?? ""
        return DecisionParties(clientName: view.fullName, identityCode: view.personalIdentityCode,
                               providerName: place?.provider.name ?? "–", organizerName: organizer?.name ?? "–", placeAddress: address)
    }
}
