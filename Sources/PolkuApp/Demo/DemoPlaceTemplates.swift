import Foundation
import PolkuDomain

/// Places the generator adds are dressed from the hand-made demo's twelve descriptions (`DemoPlaces.details`):
/// the same kinds of work in other towns, on invented streets, so that the registry reads like a real one.
enum DemoPlaceTemplates {
    /// The kind of place each of `DemoPlaces.details` describes, used as the start of a new place's name.
    static let stems = ["Puutyöpaja", "Monitoimipaja", "Ompelimo", "Kierrätysmyymälä", "IT-kierrätys", "Kierrätyspiste",
                        "Metalli- ja puupaja", "Ulkotyöryhmä", "Keittiö ja kahvila", "Siivous- ja kiinteistöpalvelut",
                        "Viherhoitoryhmä", "Toimintakeskus"]

    /// Which templates suit which kind of provider: the county's own workshops, associations, foundations, parishes.
    static func templates(for form: Organization.OrganizationForm) -> [Int] {
        switch form {
        case .county, .municipality: [0, 1, 2, 6, 11]
        case .association: [1, 3, 4, 5, 6, 7, 11]
        case .foundation: [8, 9, 3, 11]
        case .parish: [10, 8, 7]
        }
    }

    private static let streets = ["Kauppakatu", "Asemakatu", "Teollisuustie", "Koulukatu", "Rantatie", "Kirkkokatu", "Puistokatu",
                                  "Torikatu", "Myllytie", "Sahatie", "Pajatie", "Verstaankatu", "Urheilutie", "Keskuskatu"]

    /// A place of `template` in `town`; `serial` tells apart places of one kind in one town.
    static func apply(_ template: Int, to place: WorkActivityPlace, town: String, postalCode: String, serial: Int,
                      random: inout SplitMix64) {
        let d = DemoPlaces.details[template]
        place.name = serial > 1 ? "\(stems[template]) \(town) \(serial)" : "\(stems[template]) \(town)"
        place.streetAddress = "\(random.pick(streets)) \(random.int(in: 1...60))"
        place.postalCode = postalCode
        place.town = town
        place.details = d.description
        place.tasks = CodeList.stored(d.tasks)
        place.learning = d.learning
        place.supportLevel = d.support.rawValue
        place.supportText = d.supportText
        place.accessibility = CodeList.stored(d.accessibility)
        place.accessibilityText = d.accessibilityText
        place.remotePossible = d.remote
        place.languages = CodeList.stored(d.languages)
        place.openDays = d.days.map { "\($0.rawValue)" }.joined(separator: ",")
        place.opensAt = d.opens
        place.closesAt = d.closes
        let person = DemoNames.person(for: .fi, using: &random)
        place.contactName = "\(person.first) \(person.last)"
        place.contactPhone = "0\(random.pick(["40", "44", "50"])) \(random.int(in: 100...999)) \(random.int(in: 1000...9999))"
        // example.com is reserved for examples (RFC 2606): no real address gets demo mail.
        place.contactEmail = DemoNames.emailLocalPart(first: person.first, last: person.last) + "@example.com"
    }
}
