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

/// The team's rules: one responsible worker at a time, a Polku user at most once. Every change and its
/// audit event commit together, or neither does.
enum TeamStore {
    /// A client assessed as needing special support (social welfare act 42 §, seed 002) has a social worker as
    /// responsible worker (decision 110): naming anyone else responsible is 409 on `role`.
    static func checkResponsible(_ member: TeamMember, on db: any Database) async throws {
        guard member.isResponsible, !TeamRules.mayBeResponsible(member.role, needsSpecialSupport: true),
              try await Assessment.query(on: db).filter(\.$client.$id == member.$client.id).sort(\.$assessedOn, .descending)
                  .first()?.needsSpecialSupport == true else { return }
        throw ValidationFailure([FieldProblem(field: "role", key: .ruleSpecialSupportResponsible)], status: .conflict)
    }

    /// The member, the responsible worker it replaces and the audit event commit together.
    static func add(_ member: TeamMember, on req: Request) async throws {
        try await checkResponsible(member, on: req.db)
        if let userID = member.$user.id,
           try await TeamMember.query(on: req.db).filter(\.$client.$id == member.$client.id).filter(\.$user.$id == userID).first() != nil {
            throw ValidationFailure([FieldProblem(field: "userEmail", key: .errorAlreadyInTeam)], status: .conflict)
        }
        let clientID = member.$client.id
        let handover = try member.isResponsible ? handoverRecord(to: member, on: req) : nil
        try await req.auditedChange(.teamChange) { tx in
            if member.isResponsible { try await clearResponsible(clientID: clientID, on: tx, handover: handover) }
            try await member.create(on: tx)
            return ((), [clientID])
        }
    }

    static func remove(_ member: TeamMember, on req: Request) async throws {
        let clientID = member.$client.id
        try await req.auditedChange(.teamChange) { tx in
            try await member.delete(on: tx)
            return ((), [clientID])
        }
    }

    static func makeResponsible(_ member: TeamMember, on req: Request) async throws {
        let clientID = member.$client.id
        member.isResponsible = true
        try await checkResponsible(member, on: req.db)
        let handover = try handoverRecord(to: member, on: req)
        try await req.auditedChange(.teamChange) { tx in
            try await clearResponsible(clientID: clientID, on: tx, handover: handover, keeping: member.id)
            member.isResponsible = true
            member.version += 1
            try await member.save(on: tx)
            return ((), [clientID])
        }
    }

    /// A change of responsible worker is a recorded hand-over (decision 111); the previous one's name is read in
    /// the transaction that makes the change.
    private static func handoverRecord(to member: TeamMember, on req: Request) throws -> ResponsibleHandover {
        let handover = ResponsibleHandover()
        handover.$client.id = member.$client.id
        handover.toName = member.name
        handover.handedOverOn = req.today.isoString
        handover.$recordedBy.id = try req.requireUser().requireID()
        return handover
    }

    /// `keeping`: the member about to be responsible, when already on the team; naming the responsible one again
    /// hands nothing over.
    private static func clearResponsible(clientID: UUID, on db: any Database, handover: ResponsibleHandover? = nil,
                                         keeping memberID: UUID? = nil) async throws {
        let previous = try await TeamMember.query(on: db).filter(\.$client.$id == clientID).filter(\.$isResponsible == true).first()
        try await TeamMember.query(on: db).filter(\.$client.$id == clientID).filter(\.$isResponsible == true)
            .set(\.$isResponsible, to: false).update()
        guard let handover, previous == nil || previous?.id != memberID else { return }
        handover.fromName = previous?.name
        try await handover.create(on: db)
    }
}

/// A member as pages and the API show it.
struct TeamMemberView: Content {
    var id: UUID
    var userId: UUID?
    var name: String
    var role: TeamRole
    var organizationName: String
    var contact: String
    var isResponsible: Bool

    init(_ member: TeamMember) throws {
        id = try member.requireID()
        userId = member.$user.id
        name = member.name
        role = member.role
        organizationName = member.organizationName
        contact = member.contact
        isResponsible = member.isResponsible
    }

    /// The client's team, the responsible worker first.
    static func team(of clientID: UUID, on db: any Database) async throws -> [TeamMemberView] {
        try await TeamMember.query(on: db).filter(\.$client.$id == clientID).sort(\.$isResponsible, .descending).sort(\.$name).all()
            .map(TeamMemberView.init)
    }
}

extension Request {
    /// A team member of a client the user may act on; another client's member is a 404.
    func authorizedTeamMember(for action: Action.Team) async throws -> (Client, TeamMember) {
        let client = try await authorizedClient(try uuidParameter("clientID"), for: action)
        guard let member = try await TeamMember.find(try uuidParameter("memberID"), on: db), member.$client.id == client.id else {
            throw Abort(.notFound)
        }
        return (client, member)
    }
}
