import Fluent
import PolkuDomain
import Vapor

/// A place as the public pages and the API show it: what it offers and its free seats, never who
/// is there.
struct PlaceDTO: Content {
    struct Contact: Content {
        var name: String?
        var phone: String?
        var email: String?
    }

    struct Week: Content {
        /// ISO week, "2026-W48".
        var week: String
        var monday: String
        var capacity: Int
        var occupied: Int
        var free: Int
        var overbooked: Bool
    }

    var id: PlaceID
    var name: String
    var providerId: OrganizationID
    var providerName: String
    var providerKind: Organization.ProviderKind?
    var municipalityCode: String
    var municipalityName: String?
    var areaId: UUID?
    var streetAddress: String
    var postalCode: String
    var town: String
    var description: String
    var tasks: [PlaceTask]
    var learning: String
    var supportLevel: SupportLevel
    var supportText: String
    var accessibility: [AccessibilityFeature]
    var accessibilityText: String
    var remotePossible: Bool
    var languages: [PlaceLanguage]
    /// ISO weekday numbers, 1 = Monday.
    var openDays: [Int]
    var opensAt: String?
    var closesAt: String?
    var contact: Contact
    var capacity: Int
    var weeks: [Week]
    var version: Int

    init(_ place: WorkActivityPlace, municipalityNames: [String: String], weeks: [SeatOccupancy.Week]) throws {
        id = try place.typedID
        name = place.name
        providerId = place.$provider.typedID
        providerName = place.$provider.value?.name ?? ""
        providerKind = place.$provider.value?.providerKind
        municipalityCode = place.municipalityCode
        municipalityName = municipalityNames[place.municipalityCode]
        areaId = place.$area.id
        streetAddress = place.streetAddress
        postalCode = place.postalCode
        town = place.town
        description = place.details
        tasks = place.taskCodes
        learning = place.learning
        supportLevel = place.support
        supportText = place.supportText
        accessibility = place.accessibilityFeatures
        accessibilityText = place.accessibilityText
        remotePossible = place.remotePossible
        languages = place.languageCodes
        openDays = place.weekdays.map(\.rawValue)
        opensAt = place.opensAt.isEmpty ? nil : place.opensAt
        closesAt = place.closesAt.isEmpty ? nil : place.closesAt
        contact = Contact(name: place.contactName.isEmpty ? nil : place.contactName, phone: place.contactPhone.isEmpty ? nil : place.contactPhone,
                          email: place.contactEmail.isEmpty ? nil : place.contactEmail)
        capacity = place.capacity
        self.weeks = weeks.map { Week(week: $0.week.description, monday: $0.week.monday.isoString, capacity: $0.capacity,
                                      occupied: $0.occupied, free: $0.free, overbooked: $0.overbooked) }
        version = place.version
    }

    var freeNow: Int { weeks.first?.free ?? 0 }
}

extension Request {
    /// Every place by name, with its provider and its seats for the coming weeks, as of today: computed once
    /// per data generation and day, since every search of the public registry filters the same few hundred.
    func placeCatalog() async throws -> [PlaceDTO] {
        let today = self.today
        let db = self.db
        let names = try await municipalityNames()
        return try await cached("places.catalog|\(today.isoString)") {
            let places = try await WorkActivityPlace.query(on: db).with(\.$provider).sort(\.$name).sort(\.$id).all()
            let weeks = try await PlaceStore.occupancy(of: places, today: today, on: db)
            return try places.map { try PlaceDTO($0, municipalityNames: names, weeks: weeks[$0.id!] ?? []) }
        }
    }

    func placeViews(_ places: [WorkActivityPlace], weeks: [UUID: [SeatOccupancy.Week]]) async throws -> [PlaceDTO] {
        let names = try await municipalityNames()
        return try places.map { try PlaceDTO($0, municipalityNames: names, weeks: weeks[$0.id!] ?? []) }
    }

    /// One place with its provider and its weeks; 404 for an unknown id.
    func placeView(_ id: PlaceID) async throws -> PlaceDTO {
        guard let place = try await WorkActivityPlace.query(on: db).filter(\.$id == id.rawValue).with(\.$provider).first() else { throw Abort(.notFound) }
        let weeks = try await PlaceStore.occupancy(of: [place], today: today, on: db)
        return try await placeViews([place], weeks: weeks)[0]
    }
}
