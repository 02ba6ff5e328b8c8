import Fluent
import PolkuDomain
import Vapor

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
