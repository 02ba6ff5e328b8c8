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
        let period = try await Period.query(of: clientID, on: req.db).filter(\.$id == periodID).first()
        guard let period else { throw conflict(.errorNotThisClients) }
        if let providerID = giver.providerID {
            let place = try await WorkActivityPlace.find(period.$place.id, on: req.db)
            guard place?.$provider.id == providerID else { throw conflict(.errorFeedbackNotYourPlace) }
        }
        try await checkOpen(period, today: req.today, on: req)
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
        try await checkOpen(period, today: req.today, on: req)
        apply(draft, to: answer)
        let id = try answer.requireID(), clientID = answer.$client.id
        let fields: [(String, any Encodable & Sendable)] = [
            ("ratings", answer.ratingsJSON), ("what_was_good", answer.whatWasGood), ("what_to_improve", answer.whatToImprove),
        ]
        let now = try await req.versionedSave(.feedbackUpdate, table: FeedbackAnswer.schema, id: id, expectedVersion: expectedVersion, fields: fields,
                                    clients: [clientID])
        answer.version = expectedVersion + 1
        answer.updatedAt = now
    }

    /// One of the client's answers, of `form` when given; 404 otherwise.
    static func find(_ id: FeedbackID, _ form: FeedbackForm? = nil, of clientID: ClientID, on db: any Database) async throws -> FeedbackAnswer {
        var query = FeedbackAnswer.query(of: clientID.rawValue, on: db).filter(\.$id == id.rawValue)
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

    /// Whether answers about the period may be given or changed today; `timings` are the period's own (`timings(of:)`).
    static func isOpen(_ period: Period, today: LocalDate, timings: PolicyTimings) -> Bool {
        guard let start = LocalDate(isoString: period.startsOn), let end = LocalDate(isoString: period.endsOn) else { return false }
        return FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: today, timings: timings)
    }

    /// Each period's own timings: its organizer's policy in force on its first day (decision 114).
    static func timings(of periods: [Period], on req: Request) async throws -> [UUID: PolicyTimings] {
        let books = try await PolicyBooks.of(clients: periods.map { $0.$client.id }, on: req)
        return Dictionary(periods.compactMap { period in
            guard let id = period.id, let start = LocalDate(isoString: period.startsOn) else { return nil }
            return (id, books(period.$client.id, start).timings(on: start))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The periods whose feedback is open today, each by its own timings.
    static func open(_ periods: [Period], today: LocalDate, on req: Request) async throws -> [Period] {
        let timings = try await Self.timings(of: periods, on: req)
        return periods.filter { period in period.id.flatMap { timings[$0] }.map { isOpen(period, today: today, timings: $0) } ?? false }
    }

    private static func checkOpen(_ period: Period, today: LocalDate, on req: Request) async throws {
        let timings = try await Self.timings(of: [period], on: req)[period.id ?? UUID()] ?? PolicyTimings()
        guard isOpen(period, today: today, timings: timings) else {
            throw ValidationFailure([FieldProblem(field: "periodId", key: .errorFeedbackClosed, values: ["days": "\(timings.feedbackDaysAfterEnd)"])],
                                    status: .conflict)
        }
    }

    // Well formed, but in conflict with what is stored: 409, naming the field.
    private static func conflict(_ key: TextKey) -> ValidationFailure {
        ValidationFailure([FieldProblem(field: "periodId", key: key)], status: .conflict)
    }

    private static func apply(_ draft: FeedbackDraft, to answer: FeedbackAnswer) {
        answer.ratings = draft.ratings
        answer.whatWasGood = draft.whatWasGood
        answer.whatToImprove = draft.whatToImprove
    }
}
