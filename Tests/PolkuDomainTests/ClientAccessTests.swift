import Foundation
import PolkuDomain
import Testing

struct ClientAccessTests {
    private static let near = ClientFacts(id: UUID(), municipalityCode: "091")
    private static let far = ClientFacts(id: UUID(), municipalityCode: "049")

    /// Every role gets the same facts, all pointing at `near`, so that only the role decides.
    private static func actor(_ role: Role) -> Principal {
        Principal(userID: UUID(), role: role, coveredMunicipalityCodes: ["091", "092"],
              placedClientIDs: [near.id], ownClientID: near.id)
    }

    /// Decisions on (near client, far client, no such client): A allow, F forbidden, N not found.
    private static let expected: [Role: [Action.Client: String]] = {
        let municipal: [Action.Client: String] = [
            .list: "AAA", .create: "AFA", .read: "ANN", .update: "ANN", .readAccessLog: "ANN", .readIdentityCode: "ANN",
        ]
        let never: [Action.Client: String] = [
            .list: "FFF", .create: "FFF", .read: "FFF", .update: "FFF", .readAccessLog: "FFF", .readIdentityCode: "FFF",
        ]
        return [
            .admin: never, .manager: never,
            .socialWorker: municipal, .socialCounsellor: municipal, .employmentSpecialist: municipal,
            .workCoach: [.list: "AAA", .create: "FFF", .read: "ANN", .update: "FFF", .readAccessLog: "FFF", .readIdentityCode: "FFF"],
            .client: [.list: "FFF", .create: "FFF", .read: "ANN", .update: "FFF", .readAccessLog: "ANN", .readIdentityCode: "ANN"],
        ]
    }()

    @Test(arguments: Role.allCases, Action.Client.allCases)
    func decision(role: Role, action: Action.Client) throws {
        let actor = Self.actor(role)
        let decisions = String([Self.near, Self.far, nil].map { client in
            switch ClientAccess.decide(action, by: actor, on: client) {
            case .allow: Character("A")
            case .forbidden: "F"
            case .notFound: "N"
            }
        })
        #expect(decisions == (try #require(Self.expected[role]?[action])))
    }

    @Test func workCoachReachIsByPlacementNotMunicipality() {
        let coach = Principal(userID: UUID(), role: .workCoach, coveredMunicipalityCodes: ["091"], placedClientIDs: [Self.far.id])
        #expect(ClientAccess.decide(.read, by: coach, on: Self.far) == .allow)
        #expect(ClientAccess.decide(.read, by: coach, on: Self.near) == .notFound)
    }

    @Test func actorsWithoutReachSeeNothing() {
        let worker = Principal(userID: UUID(), role: .socialWorker)
        #expect(ClientAccess.decide(.read, by: worker, on: Self.near) == .notFound)
        #expect(ClientAccess.decide(.create, by: worker, on: Self.near) == .forbidden)
        let client = Principal(userID: UUID(), role: .client)
        #expect(ClientAccess.decide(.read, by: client, on: Self.near) == .notFound)
    }

    @Test(arguments: [
        (Role.admin, ListScope.none), (.manager, .none), (.client, .none),
        (.socialWorker, .reach(municipalities: ["091", "092"], clientIDs: [])), (.socialCounsellor, .reach(municipalities: ["091", "092"], clientIDs: [])),
        (.employmentSpecialist, .reach(municipalities: ["091", "092"], clientIDs: [])), (.workCoach, .reach(municipalities: [], clientIDs: [near.id])),
    ])
    func listScope(role: Role, expected: ListScope) {
        #expect(ClientAccess.listScope(for: Self.actor(role)) == expected)
    }

    @Test func roleCapabilities() {
        #expect(Role.allCases.filter(Action.Organization.administer.isGranted) == [.admin])
        #expect(Role.allCases.filter(Action.Audit.searchEverything.isGranted) == [.admin])
        #expect(Set(Role.allCases.filter(Action.Statistics.read.isGranted)) == [.manager, .admin, .socialWorker])
    }

    @Test func membershipOfTheTeamOpensTheClientWhereverTheyLive() {
        var worker = Self.actor(.employmentSpecialist)
        var coach = Self.actor(.workCoach)
        #expect(ClientAccess.decide(.read, by: worker, on: Self.far) == .notFound)
        worker.teamClientIDs = [Self.far.id]
        coach.teamClientIDs = [Self.far.id]
        #expect(ClientAccess.decide(.read, by: worker, on: Self.far) == .allow)
        #expect(ClientAccess.decide(.update, by: worker, on: Self.far) == .allow)
        #expect(ClientAccess.decide(.read, by: coach, on: Self.far) == .allow)
        #expect(ClientAccess.decide(.update, by: coach, on: Self.far) == .forbidden, "a coach in the team still does not change client data")
        #expect(ClientAccess.listScope(for: worker) == .reach(municipalities: ["091", "092"], clientIDs: [Self.far.id]))
    }
}
