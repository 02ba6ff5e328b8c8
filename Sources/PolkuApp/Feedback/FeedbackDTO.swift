import Fluent
import PolkuDomain
import Vapor

/// An answer as a page or the API shows it, with its period and place.
struct FeedbackDTO: Content {
    var id: FeedbackID
    var clientId: ClientID
    var form: FeedbackForm
    var periodId: PeriodID
    var periodStartsOn: String
    var periodEndsOn: String
    var placeId: PlaceID
    var placeName: String
    var givenOn: String
    var channel: FeedbackChannel
    var ratings: [String: Int]
    var whatWasGood: String?
    var whatToImprove: String?
    var authorId: UserID
    var authorName: String?
    /// The last day the answer may still be changed.
    var openUntil: String
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?

    func rating(_ question: FeedbackQuestion) -> Int? { ratings[question.rawValue] }
    var periodText: String { EndingInput.finnish(periodStartsOn) + "–" + EndingInput.finnish(periodEndsOn) }
}

/// A period the user may give an answer about, for the forms' choices.
struct FeedbackPeriodChoice: Sendable {
    var id: PeriodID
    var placeName: String
    var startsOn: String
    var endsOn: String
    var label: String { placeName + ", " + EndingInput.finnish(startsOn) + "–" + EndingInput.finnish(endsOn) }
}

extension Request {
    /// Maps answers for display, with periods, places and authors looked up once for all of them.
    func feedbackViews(_ answers: [FeedbackAnswer]) async throws -> [FeedbackDTO] {
        let periodIDs = Array(Set(answers.map { $0.$period.id }))
        let periods = periodIDs.isEmpty ? [] : try await Period.query(on: db).filter(\.$id ~~ periodIDs).all()
        let byID = Dictionary(periods.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let places = try await placeNames(answers.map { $0.$place.id })
        let names = try await UserNames.of(answers.map { $0.$author.id }, on: db)
        let timings = try await FeedbackStore.timings(of: periods, on: self)
        return try answers.map { answer in
            let period = byID[answer.$period.id]
            let closes = period.flatMap { p in LocalDate(isoString: p.endsOn).map { FeedbackWindow.closesOn(endsOn: $0, timings: timings[answer.$period.id] ?? PolicyTimings()).isoString } }
                ?? answer.givenOn
            return FeedbackDTO(id: try answer.typedID, clientId: answer.$client.typedID, form: answer.form, periodId: answer.$period.typedID,
                                periodStartsOn: period?.startsOn ?? "", periodEndsOn: period?.endsOn ?? "", placeId: answer.$place.typedID,
                                placeName: places[answer.$place.id] ?? "", givenOn: answer.givenOn, channel: answer.channel,
                                ratings: Dictionary(uniqueKeysWithValues: answer.ratings.map { ($0.key.rawValue, $0.value) }),
                                whatWasGood: answer.whatWasGood, whatToImprove: answer.whatToImprove, authorId: answer.$author.typedID,
                                authorName: names[answer.$author.id], openUntil: closes, version: answer.version,
                                createdAt: answer.createdAt, updatedAt: answer.updatedAt)
        }
    }
}

extension Request {
    /// The client page's feedback section: the client's answers (recorded as read) and the ways to give one.
    func clientFeedbackSection(_ client: Client) async throws -> ClientFeedbackSection {
        let id = try client.requireID()
        let actor = try await principal()
        let all = try await FeedbackStore.all(of: id, on: db)
        let readable = all.filter {
            Action.Feedback.read($0.form).decide(by: actor, on: FeedbackFacts(client: client.facts)) == .allow
        }
        // Audited with the client page that shows it (`ClientsController.show`).
        let answers = try await feedbackViews(readable)
        // Offer a form only where it has a period to be about: an open one not yet answered on that form. Both forms
        // ask about the same open periods unless a coach answers for their own places, so they are read once.
        var openAt: [UUID?: [Period]] = [:]
        func mayGive(_ form: FeedbackForm) async throws -> Bool {
            let action = Action.Feedback.give(form)
            // The client gives their own answers from their own page.
            guard let channel = FeedbackAccess.channel(for: form, by: actor.role), !(form == .client && channel == .online),
                  action.decide(by: actor, on: FeedbackFacts(client: client.facts)) == .allow else { return false }
            let provider = action.answersForProvider(actor)
            if openAt[provider] == nil { openAt[provider] = try await openPeriods(of: id, atProvider: provider) }
            let answered = Set(all.filter { $0.form == form }.map { $0.$period.id })
            return (openAt[provider] ?? []).contains { period in period.id.map { !answered.contains($0) } ?? false }
        }
        return ClientFeedbackSection(clientID: try client.typedID, answers: answers, mayRecordPaper: try await mayGive(.client),
                                     mayGivePlaceFeedback: try await mayGive(.place), placeFeedbackOnPaper: FeedbackAccess.channel(for: .place, by: actor.role) == .paper, texts: texts)
    }

    /// The client's own page: their answers and the periods they may still tell about.
    func myFeedbackSection(_ client: Client) async throws -> MyFeedbackSection {
        let id = try client.requireID()
        let answers = try await feedbackViews(try await FeedbackStore.all(of: id, form: .client, on: db))
        try await audit(.feedbackList, clients: [id])
        let giver = FeedbackStore.Giver(userID: try requireUser().requireID(), channel: .online, providerID: nil)
        let days = try await Organizer.book(for: client, on: today, db: db).timings(on: today).feedbackDaysAfterEnd
        return MyFeedbackSection(answers: answers, openPeriods: try await feedbackChoices(.client, of: id, giver: giver), daysAfterEnd: days,
                                 texts: texts)
    }
}
