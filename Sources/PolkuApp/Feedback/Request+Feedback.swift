import Fluent
import PolkuDomain
import Vapor

extension Request {
    /// The client whose `form` answer the signed-in user gives, with the channel it comes through
    /// (`Action.Feedback`: 403 for a role that never gives this form, 404 for a client outside reach).
    func clientForFeedback(_ form: FeedbackForm, _ id: ClientID) async throws -> (client: Client, giver: FeedbackStore.Giver) {
        try await clientForFeedback(.give(form), id)
    }

    private func clientForFeedback(_ action: Action.Feedback, _ id: ClientID, answer: FeedbackAnswer? = nil)
        async throws -> (client: Client, giver: FeedbackStore.Giver) {
        let actor = try await principal()
        let client = try await Client.find(id.rawValue, on: db)
        try await require(action, on: try await feedbackFacts(action, clientID: id.rawValue, client: client, answer: answer))
        guard let client, let channel = FeedbackAccess.channel(for: action.form, by: actor.role) else { throw Abort(.notFound) }
        return (client, FeedbackStore.Giver(userID: actor.userID, channel: channel, providerID: action.answersForProvider(actor)))
    }

    /// The facts `Action.Feedback` decides on. Whether a coach's organization has an open period of the client is
    /// looked up only when the client alone does not decide: a coach answers also after the period ends.
    func feedbackFacts(_ action: Action.Feedback, clientID: UUID, client: Client?, answer: FeedbackAnswer? = nil) async throws -> FeedbackFacts {
        let actor = try await principal()
        var facts = FeedbackFacts(client: ClientFacts(id: clientID, municipalityCode: client?.municipalityCode ?? ""))
        let provider = action.answersForProvider(actor)
        if let answer {
            facts.answerChannel = answer.channel
            if provider != nil { facts.answerPlaceProviderID = try await WorkActivityPlace.find(answer.$place.id, on: db)?.$provider.id }
        }
        if client != nil, let provider, action.decide(by: actor, on: facts) == .notFound {
            facts.openPeriodAtActorsProvider = !(try await openPeriods(of: clientID, atProvider: provider)).isEmpty
        }
        return facts
    }

    /// The client whose `form` answers the signed-in user reads: 403 for a role kept from the form, then the
    /// client's own rules.
    func clientForReadingFeedback(_ form: FeedbackForm?, _ id: ClientID) async throws -> Client {
        guard let form else { return try await authorizedClient(id, for: .client(.read)) }
        return try await authorizedClient(id) { try await self.require(.feedback(.read(form)), on: FeedbackFacts(client: $0)) }
    }

    /// An answer of the client that the signed-in user is about to change (`Action.Feedback.change`): the rules for
    /// giving it, then 403 when the answer came through a channel the user does not write (the client's own words
    /// are changed only by the client, a paper answer only by workers), and 404 when a coach's organization does
    /// not run the answer's place.
    func answerForChange(_ id: FeedbackID, _ form: FeedbackForm?, of clientID: ClientID) async throws -> (client: Client, answer: FeedbackAnswer) {
        let answer = try await FeedbackStore.find(id, form, of: clientID, on: db)
        let (client, _) = try await clientForFeedback(.change(answer.form), clientID, answer: answer)
        return (client, answer)
    }

    /// Whether to offer the signed-in user the change form of an answer they read: the change is allowed, and open today.
    func mayChangeToday(_ answer: FeedbackDTO, of client: Client) async throws -> Bool {
        guard answer.openUntil >= today.isoString else { return false }
        let actor = try await principal()
        let action = Action.Feedback.change(answer.form)
        var facts = FeedbackFacts(client: client.facts, answerChannel: answer.channel)
        if action.answersForProvider(actor) != nil {
            facts.answerPlaceProviderID = try await WorkActivityPlace.find(answer.placeId.rawValue, on: db)?.$provider.id
        }
        return action.decide(by: actor, on: facts) == .allow
    }

    /// The client's periods whose feedback is open today, at the provider's places when one is given.
    func openPeriods(of clientID: UUID, atProvider providerID: UUID? = nil) async throws -> [Period] {
        var query = Period.query(on: db).filter(\.$client.$id == clientID)
        if let providerID {
            query = query.join(WorkActivityPlace.self, on: \Period.$place.$id == \WorkActivityPlace.$id)
                .filter(WorkActivityPlace.self, \.$provider.$id == providerID)
        }
        let today = self.today
        return try await FeedbackStore.open(try await query.sort(\.$startsOn, .descending).all(), today: today, on: self)
    }

    /// The periods the signed-in user may still give a `form` answer about: open, and not answered yet.
    func feedbackChoices(_ form: FeedbackForm, of clientID: UUID, giver: FeedbackStore.Giver) async throws -> [FeedbackPeriodChoice] {
        let periods = try await openPeriods(of: clientID, atProvider: giver.providerID)
        let answered = Set(try await FeedbackStore.all(of: clientID, form: form, on: db).map { $0.$period.id })
        let places = try await placeNames(periods.map { $0.$place.id })
        return try periods.compactMap { period in
            guard let id = period.id, !answered.contains(id) else { return nil }
            return FeedbackPeriodChoice(id: try period.typedID, placeName: places[period.$place.id] ?? "", startsOn: period.startsOn, endsOn: period.endsOn)
        }
    }
}

/// A period at the coach's organization still waiting for the place's answer.
struct PendingPlaceFeedback: Sendable {
    var clientID: ClientID
    var clientName: String
    var period: FeedbackPeriodChoice
}

extension Request {
    /// For a work coach: the periods at their organization's places whose feedback is open and has no
    /// place's answer yet, including those just ended, which the coach no longer reaches from the client list.
    /// Names clients, so each is recorded in the audit trail.
    func pendingPlaceFeedback() async throws -> [PendingPlaceFeedback] {
        guard let providerID = Action.Feedback.give(.place).answersForProvider(try await principal()) else { return [] }
        let today = self.today
        // No organizer keeps feedback open longer than its longest window; each period then by its own.
        let longest = try await PolicyBooks.longest(\.feedbackDaysAfterEnd, on: db)
        let periods = try await FeedbackStore.open(try await Period.query(on: db)
            .join(WorkActivityPlace.self, on: \Period.$place.$id == \WorkActivityPlace.$id)
            .filter(WorkActivityPlace.self, \.$provider.$id == providerID)
            .filter(\.$startsOn <= today.isoString)
            .filter(\.$endsOn >= today.adding(days: -longest).isoString)
            .sort(\.$endsOn)
            .all(), today: today, on: self)
        guard !periods.isEmpty else { return [] }
        let answered = Set(try await FeedbackAnswer.query(on: db).filter(\.$period.$id ~~ periods.compactMap(\.id)).filter(\.$form == .place)
            .all().map { $0.$period.id })
        let waiting = periods.filter { !answered.contains($0.id!) }
        guard !waiting.isEmpty else { return [] }
        let clients = try await Client.query(on: db).filter(\.$id ~~ Array(Set(waiting.map { $0.$client.id }))).all()
        let names = Dictionary(clients.compactMap { c in c.id.map { ($0, c.fullName) } }, uniquingKeysWith: { a, _ in a })
        let places = try await placeNames(waiting.map { $0.$place.id })
        try await audit(.feedbackList, clients: Array(Set(waiting.map { $0.$client.id })).sorted(by: UUID.inStringOrder))
        return try waiting.map { period in
            PendingPlaceFeedback(clientID: period.$client.typedID, clientName: names[period.$client.id] ?? "",
                                 period: FeedbackPeriodChoice(id: try period.typedID, placeName: places[period.$place.id] ?? "",
                                                              startsOn: period.startsOn, endsOn: period.endsOn))
        }
    }
}
