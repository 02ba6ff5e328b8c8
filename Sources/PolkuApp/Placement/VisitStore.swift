import Fluent
import PolkuDomain
import Vapor

/// Booking familiarization visits and recording how they went. Every save and its audit event commit
/// together, or neither does.
enum VisitStore {
    static func create(_ draft: VisitDraft, clientID: UUID, authorID: UUID, on req: Request) async throws -> FamiliarizationVisit {
        try await check(draft, on: req)
        let visit = FamiliarizationVisit()
        visit.$client.id = clientID
        visit.$author.id = authorID
        apply(draft, to: visit)
        visit.version = 1
        try await req.auditedChange(.visitCreate) { tx in
            try await visit.create(on: tx)
            return ((), [clientID])
        }
        return visit
    }

    static func update(_ visit: FamiliarizationVisit, with draft: VisitDraft, expectedVersion: Int, on req: Request) async throws {
        try await check(draft, on: req)
        apply(draft, to: visit)
        let id = try visit.requireID(), clientID = visit.$client.id
        let fields: [(String, any Encodable & Sendable)] = [
            ("place_id", visit.$place.id), ("visit_on", visit.visitOn), ("time_of_day", visit.timeOfDay), ("accompanied_by", visit.accompaniedBy),
            ("outcome", visit.outcome?.rawValue), ("outcome_reason", visit.outcomeReason), ("notes", visit.notes),
        ]
        let now = try await req.versionedSave(.visitUpdate, table: FamiliarizationVisit.schema, id: id, expectedVersion: expectedVersion, fields: fields,
                                    clients: [clientID])
        visit.version = expectedVersion + 1
        visit.updatedAt = now
    }


    /// The client's visits, newest first.
    static func all(of clientID: UUID, on db: any Database) async throws -> [FamiliarizationVisit] {
        try await FamiliarizationVisit.query(on: db).filter(\.$client.$id == clientID).sort(\.$visitOn, .descending).sort(\.$timeOfDay, .descending).all()
    }

    /// Well formed but against what is stored: 409 naming the field. (The calendar's rule is the input's.)
    private static func check(_ draft: VisitDraft, on req: Request) async throws {
        guard try await WorkActivityPlace.find(draft.placeID, on: req.db) != nil else {
            throw ValidationFailure([FieldProblem(field: "placeId", key: .errorUnknownPlace)], status: .conflict)
        }
    }

    private static func apply(_ draft: VisitDraft, to visit: FamiliarizationVisit) {
        visit.$place.id = draft.placeID
        visit.visitOn = draft.visitOn.isoString
        visit.timeOfDay = draft.timeOfDay
        visit.accompaniedBy = draft.accompaniedBy
        visit.outcome = draft.outcome
        visit.outcomeReason = draft.outcomeReason
        visit.notes = draft.notes
    }
}

extension Request {
    func visitViews(_ visits: [FamiliarizationVisit]) async throws -> [VisitDTO] {
        guard !visits.isEmpty else { return [] }
        let names = try await placeNames(visits.map { $0.$place.id })
        let authors = try await UserNames.of(visits.map { $0.$author.id }, on: db)
        return try visits.map { visit in
            VisitDTO(id: try visit.typedID, clientId: visit.$client.typedID, placeId: visit.$place.typedID, placeName: names[visit.$place.id] ?? "",
                      visitOn: visit.visitOn, timeOfDay: visit.timeOfDay, accompaniedBy: visit.accompaniedBy, outcome: visit.outcome?.rawValue,
                      outcomeReason: visit.outcomeReason, notes: visit.notes, authorName: authors[visit.$author.id], version: visit.version)
        }
    }
}
