import Foundation
import PolkuDomain

/// Staff for an organizer of the generator, sized so that per-worker pages look like a real county's: a
/// social worker and a social counsellor for about every 80 active clients of an area (so one responsible
/// worker per about 40), an employment specialist per 250, a work coach per two places of a provider, and for
/// the country's other organizers an administrator and a manager. All share the demo's password hash.
struct DemoStaffing {
    /// Area index → social workers and counsellors there, who assess, decide and are responsible workers.
    var areaWorkers: [[User]] = []
    /// Workers of the whole county (the demo's social worker login is one).
    var countyWorkers: [User] = []
    /// Employment services id → its specialists.
    var employmentSpecialists: [UUID: [User]] = [:]
    /// Provider id → its coaches.
    var coaches: [UUID: [User]] = [:]
    /// The users to insert (the demo's own logins are already in the demo).
    var newUsers: [User] = []

    static let clientsPerWorker = 80
    static let clientsPerSpecialist = 250

    init(unit: DemoUnit, demoUsers: [User], passwordHash: String, emails: inout Set<String>,
         ids: inout SplitMix64, random: inout SplitMix64) {
        areaWorkers = Array(repeating: [], count: unit.areas.count)
        func add(_ role: Role, home: Organization) -> User {
            let person = DemoNames.person(for: .fi, using: &random)
            let local = DemoNames.emailLocalPart(first: person.first, last: person.last)
            var email = "\(local)@demo.polku.fi"
            var n = 2
            while !emails.insert(email).inserted { email = "\(local).\(n)@demo.polku.fi"; n += 1 }
            let user = User(id: ids.uuid(), email: email, name: "\(person.first) \(person.last)", passwordHash: passwordHash,
                            role: role, organizationID: home.id, language: .fi)
            newUsers.append(user)
            return user
        }

        // The demo's logins and colleagues keep their homes and take their share of clients.
        if unit.isDemoCounty {
            for user in demoUsers {
                guard let home = user.$organization.id else { continue }
                switch user.role {
                case .socialWorker, .socialCounsellor:
                    if home == unit.county.id { countyWorkers.append(user) }
                    if let area = unit.areas.firstIndex(where: { $0.id == home }) { areaWorkers[area].append(user) }
                case .employmentSpecialist:
                    employmentSpecialists[home, default: []].append(user)
                case .workCoach:
                    coaches[home, default: []].append(user)
                default:
                    break
                }
            }
        } else {
            _ = add(.admin, home: unit.county)
            _ = add(.manager, home: unit.county)
            countyWorkers.append(add(.socialWorker, home: unit.county))
        }

        let totalWeight = max(1, unit.municipalities.map(\.weight).reduce(0, +))
        for (index, area) in unit.areas.enumerated() {
            let weight = unit.municipalities.filter { $0.area == index }.map(\.weight).reduce(0, +)
            let clients = unit.activeTarget * weight / totalWeight
            let each = max(1, (clients + Self.clientsPerWorker - 1) / Self.clientsPerWorker)
            // The demo's own area workers count towards the area's.
            let have = areaWorkers[index].count
            for n in 0..<max(0, 2 * each - have) {
                areaWorkers[index].append(add(n % 2 == 0 ? .socialWorker : .socialCounsellor, home: area))
            }
        }
        for (organization, codes) in unit.employmentServices {
            let weight = unit.municipalities.filter { codes.contains($0.code) }.map(\.weight).reduce(0, +)
            let clients = unit.activeTarget * weight / totalWeight
            let wanted = max(1, (clients + Self.clientsPerSpecialist - 1) / Self.clientsPerSpecialist)
            for _ in 0..<max(0, wanted - (employmentSpecialists[organization.id!]?.count ?? 0)) {
                employmentSpecialists[organization.id!, default: []].append(add(.employmentSpecialist, home: organization))
            }
        }
        let placeCount = Dictionary(grouping: unit.places, by: { $0.$provider.id }).mapValues(\.count)
        for provider in unit.providers {
            let wanted = max(1, ((placeCount[provider.id!] ?? 0) + 1) / 2)
            for _ in 0..<max(0, wanted - (coaches[provider.id!]?.count ?? 0)) {
                coaches[provider.id!, default: []].append(add(.workCoach, home: provider))
            }
        }
    }

    /// Workers who may act for clients of `area`: its own and the county's (whose reach is the whole county), so
    /// the demo's social worker login is the responsible worker of about as many clients as an area worker.
    func workers(inArea area: Int) -> [User] {
        areaWorkers[area] + countyWorkers
    }
}
