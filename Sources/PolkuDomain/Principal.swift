import Foundation

/// The signed-in user and the facts about their reach that the app loads from the database.
public struct Principal: Sendable {
    public var userID: UUID
    public var role: Role
    /// The user's own organization: a work coach's provider, a worker's county, area or employment services.
    public var organizationID: UUID?
    /// Municipalities covered by the actor's organization (county, area or employment services).
    public var coveredMunicipalityCodes: Set<String>
    /// Work coach: clients with a current or upcoming period at a place of the coach's own organization.
    public var placedClientIDs: Set<UUID>
    /// Role client: the client record the user is.
    public var ownClientID: UUID?
    /// Clients whose multi-professional team the user belongs to: access follows membership,
    /// wherever the client lives. The app leaves out those the user reaches by municipality anyway.
    public var teamClientIDs: Set<UUID>

    public init(userID: UUID, role: Role, organizationID: UUID? = nil, coveredMunicipalityCodes: Set<String> = [],
                placedClientIDs: Set<UUID> = [], ownClientID: UUID? = nil, teamClientIDs: Set<UUID> = []) {
        self.userID = userID
        self.role = role
        self.organizationID = organizationID
        self.coveredMunicipalityCodes = coveredMunicipalityCodes
        self.placedClientIDs = placedClientIDs
        self.ownClientID = ownClientID
        self.teamClientIDs = teamClientIDs
    }
}
