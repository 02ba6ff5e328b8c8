import Foundation
import PolkuDomain

/// One organizer as the generator sees it: its organizations, municipalities and the places and providers it
/// adds. For the demo county the organizations are the hand-made demo's (its logins must keep their reach);
/// for the other organizers of `--size country` everything is new.
struct DemoUnit {
    struct Municipality {
        let name: String
        let code: String
        let area: Int
        let weight: Int
        let postalCode: String
    }

    let index: Int
    let county: Organization
    let areas: [Organization]
    let municipalities: [Municipality]
    /// Employment services with the codes each covers.
    let employmentServices: [(organization: Organization, codes: [String])]
    /// Organizations to insert, parents before children; empty levels are skipped.
    var newOrganizations: [[Organization]] = []
    /// Providers the generator gives places to: new ones, and for the demo county also its existing ones.
    var providers: [Organization] = []
    var places: [WorkActivityPlace] = []
    /// Clients active on the last day that this organizer should have (its share of the shape).
    var activeTarget: Int

    var isDemoCounty: Bool { index == 0 }

    func area(of code: String) -> Int {
        municipalities.first { $0.code == code }?.area ?? 0
    }

    func employmentServices(of code: String) -> Organization {
        (employmentServices.first { $0.codes.contains(code) } ?? employmentServices[0]).organization
    }
}

/// Builds the organizers of a shape: the demo county alone, or it and the 21 others of the country with the
/// active clients shared by population.
enum DemoRegion {
    static func units(shape: DemoShape, demo: DemoOrganizations, ids: inout SplitMix64) -> [DemoUnit] {
        let demoMunicipalities = DemoCatalog.municipalities.map {
            DemoUnit.Municipality(name: $0.name, code: $0.code, area: $0.area, weight: $0.weight,
                                  postalCode: DemoCountryCatalog.demoCountyPostalCodes[$0.code] ?? "80100")
        }
        let demoWeight = DemoCatalog.municipalities.map(\.weight).reduce(0, +)
        var specs: [(weight: Int, build: (inout SplitMix64, Int) -> DemoUnit)] = []
        specs.append((demoWeight, { _, target in
            DemoUnit(index: 0, county: demo.county, areas: demo.areas, municipalities: demoMunicipalities,
                     employmentServices: zip(demo.employmentServices, DemoCatalog.employmentServices.map(\.codes))
                         .map { (organization: $0, codes: $1) },
                     activeTarget: target)
        }))
        if shape.organizers == .country {
            for (offset, spec) in DemoCountryCatalog.organizers.enumerated() {
                specs.append((spec.municipalities.map(\.weight).reduce(0, +), { ids, target in
                    newUnit(index: offset + 1, spec: spec, target: target, ids: &ids)
                }))
            }
        }
        let total = specs.map(\.weight).reduce(0, +)
        return specs.map { spec in
            spec.build(&ids, max(10, shape.activeClients * spec.weight / total))
        }
    }

    /// An organizer of the country with its areas, municipalities and employment services.
    private static func newUnit(index: Int, spec: DemoCountryCatalog.Organizer, target: Int, ids: inout SplitMix64) -> DemoUnit {
        let codes = spec.municipalities.map(\.code)
        // Helsinki organizes the service as a city; the others are wellbeing services counties.
        let form: Organization.OrganizationForm = codes == ["091"] ? .municipality : .county
        let county = Organization(id: ids.uuid(), name: spec.name, kind: .county, organizationForm: form, coveredMunicipalityCodes: codes)
        let areaOf = DemoCountryCatalog.areaIndexes(count: codes.count)
        let areaCount = (areaOf.max() ?? 0) + 1
        let areas = (0..<areaCount).map { area in
            Organization(id: ids.uuid(), name: "\(spec.name), \(DemoCountryCatalog.areaNames[area].lowercased())", kind: .area,
                         parentID: county.id, coveredMunicipalityCodes: codes.indices.filter { areaOf[$0] == area }.map { codes[$0] })
        }
        let employment = Organization(id: ids.uuid(), name: spec.employmentServices, kind: .employmentServices,
                                      coveredMunicipalityCodes: codes)
        var municipalities: [DemoUnit.Municipality] = []
        var municipalityOrganizations: [Organization] = []
        for (offset, m) in spec.municipalities.enumerated() {
            municipalities.append(DemoUnit.Municipality(name: m.name, code: m.code, area: areaOf[offset], weight: m.weight,
                                                        postalCode: m.postalCode))
            municipalityOrganizations.append(Organization(id: ids.uuid(), name: m.name, kind: .municipality, parentID: areas[areaOf[offset]].id,
                                                          municipalityCode: m.code, organizationForm: .municipality,
                                                          coveredMunicipalityCodes: [m.code]))
        }
        var unit = DemoUnit(index: index, county: county, areas: areas, municipalities: municipalities,
                            employmentServices: [(employment, codes)], activeTarget: target)
        unit.newOrganizations = [[county], areas + [employment], municipalityOrganizations]
        return unit
    }
}
