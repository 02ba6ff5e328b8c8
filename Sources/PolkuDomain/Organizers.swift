import Foundation

/// One organization that may organize the service, with the municipalities it would serve and the days it does.
public struct OrganizerFacts: Sendable, Equatable {
    /// A municipality organizes for its own residents only; a county or a joint municipal authority for every
    /// municipality in its organization (its areas').
    public enum Scope: Sendable, Equatable {
        case ownMunicipality, region
    }

    public var id: UUID
    public var scope: Scope
    public var municipalityCodes: Set<String>
    /// nil: since always. A municipality is an organizer only from a day (the reform moves the service to it).
    public var from: LocalDate?
    /// nil: no end.
    public var until: LocalDate?

    public init(id: UUID, scope: Scope, municipalityCodes: Set<String>, from: LocalDate?, until: LocalDate?) {
        self.id = id
        self.scope = scope
        self.municipalityCodes = municipalityCodes
        self.from = from
        self.until = until
    }

    public func organizes(on day: LocalDate) -> Bool {
        if scope == .ownMunicipality && from == nil { return false }
        if let from, day < from { return false }
        if let until, until < day { return false }
        return true
    }
}

/// Which organizer serves a municipality on a day (decision 120). A municipality that organizes the service
/// itself serves its residents from its first day, before the county or joint authority whose organization it
/// still belongs to; otherwise the region that covers it. Two regions cannot cover one municipality (a
/// municipality has one place in the tree) and two organizations cannot be one municipality, so the answer
/// is one organizer or none. Should imported data ever hold two of one scope, the first in `organizers`'
/// order wins, so the answer never depends on the database's row order.
public struct OrganizerMap: Sendable {
    public let organizers: [OrganizerFacts]

    public init(_ organizers: [OrganizerFacts]) {
        self.organizers = organizers
    }

    public func organizer(of municipalityCode: String, on day: LocalDate) -> OrganizerFacts? {
        let serving = organizers.filter { $0.municipalityCodes.contains(municipalityCode) && $0.organizes(on: day) }
        return serving.first { $0.scope == .ownMunicipality } ?? serving.first
    }

    /// The municipalities `organizerID` serves on `day`: its own, less those that organize the service themselves.
    public func municipalities(servedBy organizerID: UUID, on day: LocalDate) -> Set<String> {
        guard let organizer = organizers.first(where: { $0.id == organizerID }) else { return [] }
        return organizer.municipalityCodes.filter { self.organizer(of: $0, on: day)?.id == organizerID }
    }

    /// A worker's reach within `covered` (their organization's municipalities): the ones their organizer serves
    /// on `day`, so that a municipality that took the service over leaves the county's workers' reach on that
    /// day and enters its own workers'. `organizerID` nil: the worker's organization organizes nothing that day;
    /// they keep the municipalities nobody organizes.
    public func reach(within covered: Set<String>, organizerID: UUID?, on day: LocalDate) -> Set<String> {
        covered.filter { self.organizer(of: $0, on: day)?.id == organizerID }
    }
}
