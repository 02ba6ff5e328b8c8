import Fluent
import PolkuDomain
import Vapor

/// The organizer of the service for a municipality on a day: a county, a joint municipal authority or, after
/// the reform, the municipality itself (decision 120). The rule is `OrganizerMap` in the domain.
enum Organizer {
    struct Directory: Sendable {
        let map: OrganizerMap
        let organizations: [UUID: Organization]

        func serving(_ municipalityCode: String, on day: LocalDate) -> Organization? {
            map.organizer(of: municipalityCode, on: day).flatMap { organizations[$0.id] }
        }

        /// The organizer a worker of `organizationID` works for on `day`: their organization or the nearest one
        /// above it that organizes that day.
        func organizer(of organizationID: UUID, on day: LocalDate) -> Organization? {
            var next: UUID? = organizationID
            var seen: Set<UUID> = []
            while let id = next, seen.insert(id).inserted, let org = organizations[id] {
                if let facts = org.organizerFacts, facts.organizes(on: day) { return org }
                next = org.$parent.id
            }
            return nil
        }

        /// Every organization that may organize, by name: the choices of the admin forms.
        var choices: [Organization] {
            organizations.values.filter(\.isOrganizer).sorted { $0.name < $1.name }
        }
    }

    /// The organizations of the organizers' trees (counties, joint authorities, their areas, municipalities), by name
    /// so that a rare tie is decided the same way everywhere. Providers and employment services are left out: they
    /// organize nothing, and a county's dozens of providers made this the costliest part of a client's page.
    static func directory(on db: any Database) async throws -> Directory {
        let all = try await Organization.query(on: db).filter(\.$kind ~~ [.county, .jointAuthority, .area, .municipality])
            .sort(\.$name).sort(\.$id).all()
        return Directory(map: OrganizerMap(all.compactMap(\.organizerFacts)),
                         organizations: Dictionary(all.compactMap { o in o.id.map { ($0, o) } }, uniquingKeysWith: { a, _ in a }))
    }

    static func serving(_ municipalityCode: String, on day: LocalDate, db: any Database) async throws -> Organization? {
        try await directory(on: db).serving(municipalityCode, on: day)
    }

    static func of(_ client: Client, on day: LocalDate, db: any Database) async throws -> Organization? {
        try await serving(client.municipalityCode, on: day, db: db)
    }

    /// The policies of the organizer serving the client on `day`.
    static func book(for client: Client, on day: LocalDate, db: any Database) async throws -> PolicyBook {
        guard let organizer = try await of(client, on: day, db: db), let id = organizer.id else { return PolicyBook([]) }
        return try await PolicyRecord.book(for: id, on: db)
    }
}

extension Request {
    /// The organizers, kept for one data generation like the other county-wide answers (decision 79).
    func organizers() async throws -> Organizer.Directory {
        let db = self.db
        return try await cached("organizers") { try await Organizer.directory(on: db) }
    }
}
