import Fluent
import PolkuDomain
import Vapor

/// One notice per period, for periods at places of the county's own production only. The notice and its
/// audit event commit together, or neither does.
enum NoticeStore {
    static func create(_ input: NoticeInput, clientID: UUID, authorID: UUID, on req: Request) async throws -> ShopStewardNoticeRecord {
        let valid = try input.validated()
        guard let period = try await Period.query(of: clientID, on: req.db).filter(\.$id == valid.periodID).first() else {
            throw ValidationFailure([FieldProblem(field: "periodId", key: .errorNotThisClients)], status: .conflict)
        }
        guard try await isOwnProduction(placeID: period.$place.id, on: req.db) else {
            throw ValidationFailure([FieldProblem(field: "periodId", key: .errorNotOwnProduction)], status: .conflict)
        }
        let exists = ValidationFailure([FieldProblem(field: "periodId", key: .errorNoticeExists)], status: .conflict)
        if try await ShopStewardNoticeRecord.query(on: req.db).filter(\.$period.$id == valid.periodID).first() != nil { throw exists }
        let notice = ShopStewardNoticeRecord()
        notice.$client.id = clientID
        notice.$period.id = valid.periodID
        notice.notifiedOn = valid.notifiedOn.isoString
        notice.recipient = valid.recipient
        notice.$author.id = authorID
        notice.version = 1
        do {
            try await req.auditedChange(.noticeCreate) { tx in
                try await notice.create(on: tx)
                return ((), [clientID])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw exists
        }
        return notice
    }

    static func isOwnProduction(placeID: UUID, on db: any Database) async throws -> Bool {
        guard let place = try await WorkActivityPlace.find(placeID, on: db) else { return false }
        return try await Organization.find(place.$provider.id, on: db)?.providerKind == .ownProduction
    }


    static func all(of clientID: UUID, on db: any Database) async throws -> [ShopStewardNoticeRecord] {
        try await ShopStewardNoticeRecord.query(on: db).filter(\.$client.$id == clientID).sort(\.$notifiedOn, .descending).all()
    }
}

extension Request {
    func noticeViews(_ notices: [ShopStewardNoticeRecord]) async throws -> [NoticeDTO] {
        guard !notices.isEmpty else { return [] }
        let periods = try await Period.query(on: db).filter(\.$id ~~ notices.map { $0.$period.id }).all()
        let starts = Dictionary(periods.compactMap { p in p.id.map { ($0, p.startsOn) } }, uniquingKeysWith: { a, _ in a })
        let authors = try await UserNames.of(notices.map { $0.$author.id }, on: db)
        return try notices.map { notice in
            let late = both(LocalDate(isoString: notice.notifiedOn), starts[notice.$period.id].flatMap(LocalDate.init(isoString:)))
                .map { ShopStewardNotice.isLate(notifiedOn: $0.0, periodStartsOn: $0.1) } ?? false
            return NoticeDTO(id: try notice.typedID, clientId: notice.$client.typedID, periodId: notice.$period.typedID, notifiedOn: notice.notifiedOn,
                              recipient: notice.recipient, isLate: late, authorName: authors[notice.$author.id], version: notice.version)
        }
    }
}

private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
