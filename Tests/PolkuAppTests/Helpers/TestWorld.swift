import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor

/// A small county for tests: two areas with one municipality each, employment services for the
/// first, a provider with a place, one user per role, and three clients.
struct TestWorld {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // 28.5.2026
    static let password = "correct horse battery"
    static let today = LocalDate(year: 2026, month: 5, day: 28)!

    var county, areaNorth, areaSouth, joensuu, lieksa, employment, provider: Organization
    var place: WorkActivityPlace
    /// Joensuu (north area); placed at the provider's place.
    var placedClient: Client
    /// Joensuu; not placed anywhere.
    var joensuuClient: Client
    /// Lieksa (south area).
    var lieksaClient: Client
    var users: [Role: User]
    /// A social worker of the south area only.
    var southWorker: User

    static let placedCode = "010190-123M"
    static let joensuuCode = "131052-308T"
    static let lieksaCode = "010594Y9032"

    func user(_ role: Role) -> User { users[role]! }

    static func make(on app: Application) async throws -> TestWorld {
        let db = app.db
        let county = Organization(name: "Testin hyvinvointialue", kind: .county, coveredMunicipalityCodes: ["167", "422"])
        try await county.create(on: db)
        let north = Organization(name: "Pohjoinen", kind: .area, parentID: county.id, coveredMunicipalityCodes: ["167"])
        let south = Organization(name: "Eteläinen", kind: .area, parentID: county.id, coveredMunicipalityCodes: ["422"])
        try await north.create(on: db)
        try await south.create(on: db)
        let joensuu = Organization(name: "Joensuu", kind: .municipality, parentID: north.id, municipalityCode: "167", coveredMunicipalityCodes: ["167"])
        let lieksa = Organization(name: "Lieksa", kind: .municipality, parentID: south.id, municipalityCode: "422", coveredMunicipalityCodes: ["422"])
        try await joensuu.create(on: db)
        try await lieksa.create(on: db)
        let employment = Organization(name: "Työllisyysalue", kind: .employmentServices, coveredMunicipalityCodes: ["167"])
        let provider = Organization(name: "Työpaja ry", kind: .provider, providerKind: .purchasedService, organizationForm: .association,
                                    coveredMunicipalityCodes: ["167"])
        try await employment.create(on: db)
        try await provider.create(on: db)
        try await PolicyRecord(organizerID: county.id!, policy: .legalDefaults(validFrom: LocalDate(year: 2023, month: 1, day: 1)!)).create(on: db)
        let place = WorkActivityPlace(providerID: provider.id!, name: "Puutyöpaja", areaID: north.id, municipalityCode: "167", capacity: 10)
        try await place.create(on: db)

        let crypto = app.fieldCrypto
        func client(_ first: String, _ last: String, _ code: String, _ municipality: String) async throws -> Client {
            let pic = try PersonalIdentityCode(validating: code)
            let c = Client()
            c.firstName = first; c.lastName = last; c.searchName = Client.searchName(first: first, last: last)
            c.picCiphertext = try crypto.encrypt(pic.value); c.picLookup = crypto.identityLookup(pic.value, municipality: municipality)
            c.birthDate = pic.birthDate.isoString; c.municipalityCode = municipality; c.language = "fi"; c.version = 1
            try await c.create(on: db)
            return c
        }
        let placed = try await client("Pekka", "Paikallinen", placedCode, "167")
        let other = try await client("Maija", "Muualla", joensuuCode, "167")
        let lieksaClient = try await client("Liisa", "Lieksalainen", lieksaCode, "422")
        try await Period(clientID: placed.id!, placeID: place.id!, startsOn: "2026-05-01", endsOn: "2026-07-31").create(on: db)

        let hash = try app.password.hash(password)
        var users: [Role: User] = [:]
        let orgs: [Role: UUID?] = [.admin: county.id, .socialWorker: county.id, .socialCounsellor: north.id,
                                   .employmentSpecialist: employment.id, .workCoach: provider.id, .manager: county.id, .client: nil]
        for role in Role.allCases {
            let user = User(email: "\(role.rawValue.lowercased())@test.fi", name: "Test \(role.rawValue)", passwordHash: hash, role: role,
                            organizationID: orgs[role]!, clientID: role == .client ? placed.id : nil)
            try await user.create(on: db)
            users[role] = user
        }
        let southWorker = User(email: "south@test.fi", name: "South Worker", passwordHash: hash, role: .socialWorker, organizationID: south.id)
        try await southWorker.create(on: db)
        return TestWorld(county: county, areaNorth: north, areaSouth: south, joensuu: joensuu, lieksa: lieksa, employment: employment,
                         provider: provider, place: place, placedClient: placed, joensuuClient: other, lieksaClient: lieksaClient,
                         users: users, southWorker: southWorker)
    }

    /// A bearer token header for the user.
    func bearer(_ user: User, on app: Application) async throws -> HTTPHeaders {
        let (_, plain) = try await ApiToken.issue(for: user.id!, lifetime: 3600, now: Self.now, on: app.db)
        return ["Authorization": "Bearer \(plain)"]
    }
}
