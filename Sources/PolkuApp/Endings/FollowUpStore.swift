import Fluent
import PolkuDomain
import Vapor

/// Saving follow-ups: one per ending and point, of an ending of the same client. Every save and its audit
/// event commit together, or neither does.
enum FollowUpStore {
    static func create(_ draft: FollowUpDraft, clientID: UUID, authorID: UUID, on req: Request) async throws -> FollowUp {
        try await check(draft, clientID: clientID, except: nil, on: req.db)
        let followUp = FollowUp()
        followUp.$client.id = clientID
        followUp.$author.id = authorID
        apply(draft, to: followUp)
        followUp.version = 1
        do {
            try await req.auditedChange(.followUpCreate) { tx in
                try await followUp.create(on: tx)
                return ((), [clientID])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw alreadyRecorded  // someone recorded the same point a moment ago
        }
        return followUp
    }

    static func update(_ followUp: FollowUp, with draft: FollowUpDraft, expectedVersion: Int, on req: Request) async throws {
        try await check(draft, clientID: followUp.$client.id, except: followUp.id, on: req.db)
        apply(draft, to: followUp)
        let id = try followUp.requireID(), clientID = followUp.$client.id
        let fields: [(String, any Encodable & Sendable)] = [
            ("ending_id", followUp.$ending.id), ("point", followUp.point.rawValue), ("done_on", followUp.doneOn),
            ("situation", followUp.situation.rawValue), ("in_work_or_education", followUp.inWorkOrEducation), ("notes", followUp.notes),
        ]
        let now: Date
        do {
            now = try await req.versionedSave(.followUpUpdate, table: FollowUp.schema, id: id, expectedVersion: expectedVersion,
                                              fields: fields, clients: [clientID])
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw alreadyRecorded
        }
        followUp.version = expectedVersion + 1
        followUp.updatedAt = now
    }


    /// The client's follow-ups, by ending and point.
    static func all(of clientID: UUID, on db: any Database) async throws -> [FollowUp] {
        try await FollowUp.query(on: db).filter(\.$client.$id == clientID).sort(\.$doneOn).all()
    }

    static func all(ofEndings endingIDs: [UUID], on db: any Database) async throws -> [FollowUp] {
        guard !endingIDs.isEmpty else { return [] }
        return try await FollowUp.query(on: db).filter(\.$ending.$id ~~ endingIDs).all()
    }

    // Well formed, but in conflict with what is stored: 409, naming the field.
    private static let alreadyRecorded = ValidationFailure([FieldProblem(field: "point", key: .errorFollowUpExists)], status: .conflict)

    private static func check(_ draft: FollowUpDraft, clientID: UUID, except id: UUID?, on db: any Database) async throws {
        let ending = try await Ending.query(of: clientID, on: db).filter(\.$id == draft.endingID).first()
        if ending == nil { throw ValidationFailure([FieldProblem(field: "endingId", key: .errorNotThisClients)], status: .conflict) }
        let same = try await FollowUp.query(on: db).filter(\.$ending.$id == draft.endingID).filter(\.$point == draft.point).first()
        if let same, same.id != id { throw alreadyRecorded }
    }

    private static func apply(_ draft: FollowUpDraft, to followUp: FollowUp) {
        followUp.$ending.id = draft.endingID
        followUp.point = draft.point
        followUp.doneOn = draft.doneOn.isoString
        followUp.situation = draft.situation
        followUp.inWorkOrEducation = draft.inWorkOrEducation
        followUp.notes = draft.notes
    }
}
