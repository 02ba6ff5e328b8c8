import Fluent
import PolkuDomain
import Vapor

/// Saving endings. An ending that names a period closes it in the same transaction: the period is
/// ended, and its last day moves to the ending day when that is earlier. Either both are saved or neither.
enum EndingStore {
    static func create(_ draft: EndingDraft, clientID: UUID, authorID: UUID, on req: Request) async throws -> Ending {
        let period = try await checkedPeriod(draft, clientID: clientID, except: nil, on: req.db)
        let ending = Ending()
        ending.$client.id = clientID
        ending.$author.id = authorID
        apply(draft, to: ending)
        ending.version = 1
        do {
            // The ending, the period it closes and the audit event commit together.
            try await req.auditedChange(.endingCreate) { tx in
                try await ending.create(on: tx)
                if let period { try await close(period, on: draft.endedOn, db: tx) }
                return ((), [clientID])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw periodTaken  // someone ended the same period a moment ago
        }
        return ending
    }

    /// Saves only if nobody else saved since `expectedVersion` was read; otherwise 409 and nothing
    /// changes. A period named earlier and no longer stays as the earlier save left it.
    static func update(_ ending: Ending, with draft: EndingDraft, expectedVersion: Int, on req: Request) async throws {
        let period = try await checkedPeriod(draft, clientID: ending.$client.id, except: ending.id, on: req.db)
        apply(draft, to: ending)
        let id = try ending.requireID(), clientID = ending.$client.id
        let fields = columns(of: ending), endedOn = draft.endedOn
        let now: Date
        do {
            now = try await req.versionedSave(.endingUpdate, table: Ending.schema, id: id, expectedVersion: expectedVersion,
                                              fields: fields, clients: [clientID]) { tx in
                if let period { try await close(period, on: endedOn, db: tx) }
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw periodTaken
        }
        ending.version = expectedVersion + 1
        ending.updatedAt = now
    }


    /// The client's endings, newest first.
    static func all(of clientID: UUID, on db: any Database) async throws -> [Ending] {
        try await Ending.query(on: db).filter(\.$client.$id == clientID)
            .sort(\.$endedOn, .descending).sort(\.$createdAt, .descending).all()
    }

    // The input is well formed but does not fit what is stored: 409, naming the field.
    private static let periodTaken = ValidationFailure([FieldProblem(field: "periodId", key: .errorPeriodAlreadyEnded)], status: .conflict)

    /// The named period, if it is the client's, not closed by another ending, and began on or before the end:
    /// checked again as the ending is saved, for what another save changed since the form was checked.
    private static func checkedPeriod(_ draft: EndingDraft, clientID: UUID, except endingID: UUID?, on db: any Database) async throws -> Period? {
        let (period, problems) = try await periodRules(draft.periodID, endedOn: draft.endedOn, clientID: clientID, except: endingID, on: db)
        if !problems.isEmpty { throw ValidationFailure(problems, status: .conflict) }
        return period
    }

    /// What the stored records say about the period named and the day it ended, every problem at once (issue 13,
    /// item 1): a period not the client's or ended by another ending names `periodId`, an end before the period began
    /// `endedOn`. `endedOn` is nil when it could not be read; the period found is returned when it is the client's.
    static func periodRules(_ periodID: UUID?, endedOn: LocalDate?, clientID: UUID, except endingID: UUID?,
                            on db: any Database) async throws -> (period: Period?, problems: [FieldProblem]) {
        guard let periodID else { return (nil, []) }
        guard let period = try await Period.query(of: clientID, on: db).filter(\.$id == periodID).first() else {
            return (nil, [FieldProblem(field: "periodId", key: .errorNotThisClients)])
        }
        var problems: [FieldProblem] = []
        let other = try await Ending.query(on: db).filter(\.$period.$id == Optional(periodID)).first()
        if let other, other.id != endingID { problems.append(periodTaken.problems[0]) }
        if let endedOn, endedOn.isoString < period.startsOn {
            problems.append(FieldProblem(field: "endedOn", key: .errorEndingBeforePeriodStart, values: ["date": EndingInput.finnish(period.startsOn)]))
        }
        return (period, problems)
    }

    private static func close(_ period: Period, on endedOn: LocalDate, db: any Database) async throws {
        period.recorded = .ended
        if endedOn.isoString < period.endsOn { period.endsOn = endedOn.isoString }
        try await period.save(on: db)
    }

    private static func apply(_ draft: EndingDraft, to ending: Ending) {
        ending.$period.id = draft.periodID
        ending.endedOn = draft.endedOn.isoString
        ending.reason = draft.reason
        ending.nextPath = draft.nextPath
        ending.handedOverTo = draft.handedOverTo
        ending.handedOverOn = draft.handedOverOn?.isoString
        ending.notes = draft.notes
    }

    private static func columns(of ending: Ending) -> [(String, any Encodable & Sendable)] {
        [("period_id", ending.$period.id), ("ended_on", ending.endedOn), ("reason", ending.reason.rawValue),
         ("next_path", ending.nextPath.rawValue), ("handed_over_to", ending.handedOverTo),
         ("handed_over_on", ending.handedOverOn), ("notes", ending.notes)]
    }
}
