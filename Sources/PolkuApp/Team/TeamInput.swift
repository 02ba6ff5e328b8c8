import Fluent
import PolkuDomain
import Vapor

/// Adding a member to a client's team: a Polku user by e-mail, or a person outside Polku by name.
struct TeamInput: Content {
    var userEmail: String?
    var name: String?
    var role: String?
    var organizationName: String?
    var contact: String?
    var isResponsible: Bool?

    /// The name, organization and contact of a member outside Polku.
    static let maxTextLength = TextRules.maxNameLength

    /// Checks the fields and finds the user; the member is not saved here.
    func member(for clientID: UUID, on db: any Database) async throws -> TeamMember {
        var v = Validator()
        let role = TeamRole(rawValue: role ?? "")
        if role == nil { v.add("role", (self.role ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        let organizationName = v.optionalText("organizationName", organizationName, maxLength: Self.maxTextLength, pattern: TextRules.optionalTextPattern, invalid: .errorInvalidCharacters)
        let contact = v.optionalText("contact", contact, maxLength: Self.maxTextLength, pattern: TextRules.optionalTextPattern, invalid: .errorInvalidCharacters)
        var user: User?
        var name: String?
        if let raw = userEmail {
            if raw.isEmpty { v.add("userEmail", .errorRequired) }
            try v.finish()
            let email = raw.trimmingCharacters(in: .whitespaces).lowercased()
            user = try await User.query(on: db).filter(\.$email == email).filter(\.$isActive == true).with(\.$organization).first()
            // A well-formed address that names nobody collides with the users Polku holds: 409.
            guard let found = user, TeamRules.mayJoin(found.role) else {
                throw ValidationFailure([FieldProblem(field: "userEmail", key: .errorUnknownUser)], status: .conflict)
            }
            user = found
        } else {
            name = v.requiredText("name", self.name, maxLength: Self.maxTextLength)
            try v.finish()
        }
        let member = TeamMember()
        member.$client.id = clientID
        member.$user.id = user?.id
        member.name = user?.name ?? name!
        member.role = role!
        member.$organization.id = user?.$organization.id
        member.organizationName = user?.organization?.name ?? organizationName ?? ""
        member.contact = contact ?? user?.email ?? ""
        member.isResponsible = isResponsible ?? false
        member.version = 1
        return member
    }
}

extension Request {
    /// A team member of a client the user may act on; another client's member is a 404.
    func authorizedTeamMember(for action: Action.Team) async throws -> (Client, TeamMember) {
        let client = try await authorizedClient(try id(Client.self), for: action)
        return (client, try await TeamMember.find(try id(TeamMember.self), of: try client.typedID, on: db))
    }
}
