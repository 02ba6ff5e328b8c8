import Fluent
import PolkuDomain
import Vapor

/// Saving answers: once per period and form, about one of the client's periods, while the period's
/// feedback is open (`FeedbackWindow`); the place's answer only by a coach of the place's provider. Every
/// save and its audit event commit together, or neither does.
enum FeedbackStore {
    struct Giver {
        var userID: UUID
        var channel: FeedbackChannel
        /// A work coach's organization: the place's answer must be about one of its places.
        var providerID: UUID?
    }

    static func create(_ form: FeedbackForm, _ draft: FeedbackDraft, clientID: UUID, by giver: Giver,
                       on req: Request) async throws -> FeedbackAnswer {
        guard let periodID = draft.periodID else { throw conflict(.errorNotThisClients) }
        let period = try await Period.query(on: req.db).filter(\.$id == periodID).filter(\.$client.$id == clientID).first()
        guard let period else { throw conflict(.errorNotThisClients) }
        if let providerID = giver.providerID {
            let place = try await WorkActivityPlace.find(period.$place.id, on: req.db)
            guard place?.$provider.id == providerID else { throw conflict(.errorFeedbackNotYourPlace) }
        }
        try checkOpen(period, today: req.today)
        if try await FeedbackAnswer.query(on: req.db).filter(\.$period.$id == periodID).filter(\.$form == form).first() != nil {
            throw conflict(.errorFeedbackExists)
        }
        let answer = FeedbackAnswer()
        answer.form = form
        answer.$client.id = clientID
        answer.$period.id = periodID
        answer.$place.id = period.$place.id
        answer.givenOn = req.today.isoString
        answer.channel = giver.channel
        answer.$author.id = giver.userID
        apply(draft, to: answer)
        answer.version = 1
        do {
            try await req.auditedChange(.feedbackCreate) { tx in
                try await answer.create(on: tx)
                return ((), [clientID])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw conflict(.errorFeedbackExists)  // given a moment ago by someone else
        }
        return answer
    }

    static func update(_ answer: FeedbackAnswer, with draft: FeedbackDraft, expectedVersion: Int, on req: Request) async throws {
        guard let period = try await Period.find(answer.$period.id, on: req.db) else { throw Abort(.notFound) }
        try checkOpen(period, today: req.today)
        apply(draft, to: answer)
        let now = req.now
        let id = try answer.requireID(), clientID = answer.$client.id
        let fields: [(String, any Encodable & Sendable)] = [
            ("ratings", answer.ratingsJSON), ("what_was_good", answer.whatWasGood), ("what_to_improve", answer.whatToImprove),
        ]
        let conflict = Abort(.conflict, reason: req.texts[.errorVersionConflict])
        try await req.auditedChange(.feedbackUpdate) { tx in
            guard try await VersionedUpdate.apply(table: FeedbackAnswer.schema, id: id, expectedVersion: expectedVersion, now: now,
                                                  fields: fields, on: tx) else { throw conflict }
            return ((), [clientID])
        }
        answer.version = expectedVersion + 1
        answer.updatedAt = now
    }

    /// One of the client's answers, of `form` when given; 404 otherwise.
    static func find(_ id: UUID, _ form: FeedbackForm? = nil, of clientID: UUID, on db: any Database) async throws -> FeedbackAnswer {
        var query = FeedbackAnswer.query(on: db).filter(\.$id == id).filter(\.$client.$id == clientID)
        if let form { query = query.filter(\.$form == form) }
        guard let answer = try await query.first() else { throw Abort(.notFound) }
        return answer
    }

    /// The client's answers, newest first; of one form when `form` is given.
    static func all(of clientID: UUID, form: FeedbackForm? = nil, on db: any Database) async throws -> [FeedbackAnswer] {
        var query = FeedbackAnswer.query(on: db).filter(\.$client.$id == clientID)
        if let form { query = query.filter(\.$form == form) }
        return try await query.sort(\.$givenOn, .descending).all()
    }

    /// Whether answers about the period may be given or changed today.
    static func isOpen(_ period: Period, today: LocalDate) -> Bool {
        guard let start = LocalDate(isoString: period.startsOn), let end = LocalDate(isoString: period.endsOn) else { return false }
        return FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: today)
    }

    private static func checkOpen(_ period: Period, today: LocalDate) throws {
        guard isOpen(period, today: today) else { throw conflict(.errorFeedbackClosed) }
    }

    // Well formed, but in conflict with what is stored: 409, naming the field.
    private static func conflict(_ key: TextKey) -> ValidationFailure {
        ValidationFailure([FieldProblem(field: "periodId", key: key, values: ["days": "\(FeedbackWindow.daysAfterEnd)"])], status: .conflict)
    }

    private static func apply(_ draft: FeedbackDraft, to answer: FeedbackAnswer) {
        answer.ratings = draft.ratings
        answer.whatWasGood = draft.whatWasGood
        answer.whatToImprove = draft.whatToImprove
    }
}
