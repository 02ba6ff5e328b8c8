import Fluent
import PolkuDomain
import Vapor

/// A provider contract as the pages and the API show it.
struct ProviderContractDTO: Content {
    struct PlaceRef: Content {
        var id: PlaceID
        var name: String
    }

    var id: ContractID
    var providerId: OrganizationID
    var providerName: String
    var providerKind: Organization.ProviderKind?
    var validFrom: String
    var validTo: String?
    var places: [PlaceRef]
    var priceCentsPerDay: Int?
    var contactName: String
    var contactPhone: String?
    var contactEmail: String?
    var notes: String?
    var version: Int

    var validity: String {
        (LocalDate(isoString: validFrom).map(FinnishFormat.date) ?? validFrom) + " – "
            + (validTo.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date) ?? "")
    }
}
