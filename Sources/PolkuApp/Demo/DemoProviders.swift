import Foundation
import PolkuDomain

/// Providers and places for an organizer of the generator: enough seats for its share of active clients,
/// spread over its municipalities by population, held by providers of 2–6 places each (a coach's week stays
/// the size of one provider's) and by the county's own workshops, one provider per area.
enum DemoProviders {
    /// Seats per active client: about two in three active clients are in a period (nearly every seat taken),
    /// the rest wait in queues or are being referred and assessed (measured on the generated county).
    static let seatsPerActiveClient = 0.65

    struct Made {
        var providers: [Organization] = []
        var places: [WorkActivityPlace] = []
        var contracts: [ProviderContract] = []
        var contractPlaces: [ProviderContractPlace] = []
        /// New places of the demo's own providers, to be linked to their existing contracts.
        var placesOfDemoProviders: [(provider: UUID, place: UUID)] = []
    }

    static func furnish(_ unit: inout DemoUnit, demo: DemoOrganizations, today: LocalDate,
                        ids: inout SplitMix64, random: inout SplitMix64) -> Made {
        var made = Made()
        let seats = Double(unit.activeTarget) * seatsPerActiveClient
        let placeCount = max(1, Int((seats / 14).rounded()))
        let perMunicipality = share(placeCount, by: unit.municipalities.map(\.weight))
        var usedNames: Set<String> = []
        var serials: [String: Int] = [:]

        func newPlace(provider: Organization, form: Organization.OrganizationForm, in m: DemoUnit.Municipality) -> WorkActivityPlace {
            let place = WorkActivityPlace(providerID: provider.id!, name: "", areaID: unit.areas[m.area].id, municipalityCode: m.code,
                                          capacity: random.int(in: 8...20))
            place.id = ids.uuid()
            let template = random.pick(DemoPlaceTemplates.templates(for: form))
            let key = "\(template) \(m.code)"
            serials[key, default: 0] += 1
            DemoPlaceTemplates.apply(template, to: place, town: m.name, postalCode: m.postalCode, serial: serials[key]!, random: &random)
            made.places.append(place)
            return place
        }
        func uniqueName(_ name: String) -> String {
            var candidate = name
            var n = 2
            while !usedNames.insert(candidate).inserted { candidate = "\(name) \(n)"; n += 1 }
            return candidate
        }

        // The county's own workshops: one provider per area.
        var own: [Organization] = []
        for (index, area) in unit.areas.enumerated() {
            // "Pohjoinen alue", or the part after the county's name in "Lapin hyvinvointialue, pohjoinen alue".
            let areaName = (area.name.split(separator: ",").last.map(String.init) ?? area.name).trimmingCharacters(in: .whitespaces)
            own.append(Organization(id: ids.uuid(), name: uniqueName("\(ownName(unit)), \(areaName.lowercased())"),
                                    kind: .provider, providerKind: .ownProduction, organizationForm: .county,
                                    coveredMunicipalityCodes: unit.municipalities.filter { $0.area == index }.map(\.code)))
        }
        made.providers += own

        for (mIndex, m) in unit.municipalities.enumerated() {
            var remaining = perMunicipality[mIndex]
            // The demo's own providers grow first, so that the demo logins of a coach see a busier provider.
            if unit.isDemoCounty {
                for (providerIndex, spec) in DemoCatalog.providers.enumerated() where remaining > 0 {
                    let extra = providerIndex == DemoCatalog.ekotori ? 3 : 1
                    guard m.code == DemoCatalog.places.first(where: { $0.provider == providerIndex })?.municipalityCode,
                          !made.placesOfDemoProviders.contains(where: { $0.provider == demo.providers[providerIndex].id }) else { continue }
                    for _ in 0..<min(extra, remaining) {
                        let place = newPlace(provider: demo.providers[providerIndex], form: spec.form, in: m)
                        made.placesOfDemoProviders.append((demo.providers[providerIndex].id!, place.id!))
                        remaining -= 1
                    }
                }
            }
            while remaining > 0 {
                let count = min(remaining, random.int(in: 2...6))
                remaining -= count
                let roll = random.int(in: 0...99)
                if roll < 20 {
                    for _ in 0..<count { _ = newPlace(provider: own[m.area], form: .county, in: m) }
                    continue
                }
                let form: Organization.OrganizationForm = roll < 70 ? .association : roll < 88 ? .foundation : .parish
                let kind: Organization.ProviderKind = form == .parish ? .partnership
                    : random.pick([.purchasedService, .purchasedService, .partnership, .serviceVoucher])
                let provider = Organization(id: ids.uuid(), name: uniqueName(random.pick(providerNames(form)).replacingOccurrences(of: "{}", with: m.name)),
                                            kind: .provider, providerKind: kind, organizationForm: form,
                                            coveredMunicipalityCodes: unit.municipalities.filter { $0.area == m.area }.map(\.code))
                made.providers.append(provider)
                for _ in 0..<count { _ = newPlace(provider: provider, form: form, in: m) }
            }
        }
        // An area's own workshops exist only where they got a place.
        let withPlaces = Set(made.places.map { $0.$provider.id })
        made.providers.removeAll { !withPlaces.contains($0.id!) }
        unit.providers = made.providers
        if unit.isDemoCounty { unit.providers += demo.providers.filter { withPlaces.contains($0.id!) } }
        unit.places = made.places
        contracts(&made, today: today, ids: &ids, random: &random)
        return made
    }

    private static func ownName(_ unit: DemoUnit) -> String {
        unit.isDemoCounty ? "Siun soten työpajat" : "Työpajat (\(unit.county.name))"
    }

    private static func providerNames(_ form: Organization.OrganizationForm) -> [String] {
        switch form {
        case .association: ["Työpaja {} ry", "Kierrätyskeskus {} ry", "Työ ja Toiminta {} ry", "Yhteisötalo {} ry", "Setlementti {} ry",
                            "Monitoimikeskus {} ry", "Työttömien yhdistys {} ry"]
        case .foundation: ["Diakoniasäätiö {}", "Työllistämissäätiö {}"]
        case .parish: ["Ev.lut. seurakunta, {}", "Ortodoksinen seurakunta, {}"]
        case .county, .municipality: ["Työpajat {}"]
        }
    }

    /// A current contract with each new provider the county buys from or works with, covering its places.
    private static func contracts(_ made: inout Made, today: LocalDate, ids: inout SplitMix64, random: inout SplitMix64) {
        let placesOf = Dictionary(grouping: made.places, by: { $0.$provider.id })
        for provider in made.providers where provider.providerKind != .ownProduction {
            let contract = ProviderContract()
            contract.id = ids.uuid()
            contract.$provider.id = provider.id!
            contract.validFrom = LocalDate(year: today.year, month: 1, day: 1)!.isoString
            contract.validTo = LocalDate(year: today.year + 1, month: 12, day: 31)!.isoString
            contract.priceCentsPerDay = provider.providerKind!.isBought ? random.int(in: 70...100) * 50 : nil
            let person = DemoNames.person(for: .fi, using: &random)
            contract.contactName = "\(person.first) \(person.last)"
            contract.contactPhone = "0\(random.pick(["40", "44", "50"])) \(random.int(in: 100...999)) \(random.int(in: 1000...9999))"
            contract.contactEmail = DemoNames.emailLocalPart(first: person.first, last: person.last) + "@example.com"
            contract.notes = provider.providerKind == .partnership
                ? "Kumppanuussopimus: hyvinvointialue maksaa toiminta-avustuksen, ei asiakaspäivähintaa." : nil
            contract.version = 1
            made.contracts.append(contract)
            for place in placesOf[provider.id!] ?? [] {
                let link = ProviderContractPlace(contractID: contract.id!, placeID: place.id!)
                link.id = ids.uuid()
                made.contractPlaces.append(link)
            }
        }
    }

    /// `total` split in proportion to `weights`, the remainders to the first (the largest municipalities come first);
    /// a small municipality of a small shape may get none, and its clients go to places elsewhere in the area.
    static func share(_ total: Int, by weights: [Int]) -> [Int] {
        let sum = max(1, weights.reduce(0, +))
        var parts = weights.map { total * $0 / sum }
        var index = 0
        while parts.reduce(0, +) < total {
            parts[index % parts.count] += 1
            index += 1
        }
        return parts
    }
}
