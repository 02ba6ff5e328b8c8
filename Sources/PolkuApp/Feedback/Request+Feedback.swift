import Fluent
import PolkuDomain
import Vapor

extension Request {
    /// The client whose `form` answer the signed-in user gives or changes, with the channel it comes
    /// through. A role that never gives this form gets 403 whatever the client (decision 2). The client
    /// answers only for themself; workers record paper answers of clients they may change; a work coach
    /// answers for clients placed at their organization, also in the weeks after the period while the
    /// feedback is open. Anyone else gets the same 404 as a missing client.
    func clientForFeedback(_ form: FeedbackForm, _ id: UUID) async throws -> (client: Client, giver: FeedbackStore.Giver) {
        let user = try requireUser()
        guard let channel = FeedbackAccess.channel(for: form, by: user.role) else { throw Abort(.forbidden) }
        var giver = FeedbackStore.Giver(userID: try user.requireID(), channel: channel, providerID: nil)
        switch user.role {
        case .client:
            return (try await authorizedClient(id, for: .read), giver)
        case .workCoach:
            guard let providerID = user.$organization.id else { throw Abort(.notFound) }
            giver.providerID = providerID
            guard let client = try await Client.find(id, on: db) else { throw Abort(.notFound) }
            let reads = ClientAccess.decide(.read, by: try await principal(), on: client.facts) == .allow
            if !reads, try await openPeriods(of: id, atProvider: providerID).isEmpty { throw Abort(.notFound) }
            return (client, giver)
        default:
            return (try await authorizedClient(id, for: .update), giver)
        }
    }

    /// The client whose `form` answers the signed-in user reads: 403 for a role kept from the form
    /// (`FeedbackAccess.mayRead`), then the client's own rules.
    func clientForReadingFeedback(_ form: FeedbackForm?, _ id: UUID) async throws -> Client {
        if let form, !FeedbackAccess.mayRead(form, by: try requireUser().role) { throw Abort(.forbidden) }
        return try await authorizedClient(id, for: .read)
    }

    /// An answer of the client that the signed-in user is about to change: as `clientForFeedback`, then
    /// 403 when the answer came through a channel the user does not write (the client's own words are
    /// changed only by the client, a paper answer only by workers), and 404 when a coach's organization
    /// does not run the answer's place.
    func answerForChange(_ id: UUID, _ form: FeedbackForm?, of clientID: UUID) async throws -> (client: Client, answer: FeedbackAnswer) {
        let answer = try await FeedbackStore.find(id, form, of: clientID, on: db)
        let (client, giver) = try await clientForFeedback(answer.form, clientID)
        guard FeedbackAccess.mayChange(answer.form, givenThrough: answer.channel, by: try requireUser().role) else { throw Abort(.forbidden) }
        if let providerID = giver.providerID {
            guard try await WorkActivityPlace.find(answer.$place.id, on: db)?.$provider.id == providerID else { throw Abort(.notFound) }
        }
        return (client, answer)
    }

    /// Whether to offer the signed-in user the change form of an answer they read: their channel, and open today.
    func mayChangeToday(_ answer: FeedbackView) async throws -> Bool {
        let user = try requireUser()
        guard FeedbackAccess.mayChange(answer.form, givenThrough: answer.channel, by: user.role) else { return false }
        if user.role == .workCoach {
            guard let place = try await WorkActivityPlace.find(answer.placeId, on: db), place.$provider.id == user.$organization.id else { return false }
        }
        return answer.openUntil >= today.isoString
    }

    /// The client's periods whose feedback is open today, at the provider's places when one is given.
    func openPeriods(of clientID: UUID, atProvider providerID: UUID? = nil) async throws -> [Period] {
        var query = Period.query(on: db).filter(\.$client.$id == clientID)
        if let providerID {
            query = query.join(WorkActivityPlace.self, on: \Period.$place.$id == \WorkActivityPlace.$id)
                .filter(WorkActivityPlace.self, \.$provider.$id == providerID)
        }
        let today = self.today
        return try await FeedbackStore.open(try await query.sort(\.$startsOn, .descending).all(), today: today, on: db)
    }

    /// The periods the signed-in user may still give a `form` answer about: open, and not answered yet.
    func feedbackChoices(_ form: FeedbackForm, of clientID: UUID, giver: FeedbackStore.Giver) async throws -> [FeedbackPeriodChoice] {
        let periods = try await openPeriods(of: clientID, atProvider: giver.providerID)
        let answered = Set(try await FeedbackStore.all(of: clientID, form: form, on: db).map { $0.$period.id })
        let places = try await placeNames(periods.map { $0.$place.id })
        return periods.compactMap { period in
            guard let id = period.id, !answered.contains(id) else { return nil }
            return FeedbackPeriodChoice(id: id, placeName: places[period.$place.id] ?? "", startsOn: period.startsOn, endsOn: period.endsOn)
        }
    }
}

/// A period at the coach's organization still waiting for the place's answer.
struct PendingPlaceFeedback: Sendable {
    var clientID: UUID
    var clientName: String
    var period: FeedbackPeriodChoice
}

extension Request {
    /// For a work coach: the periods at their organization's places whose feedback is open and has no
    /// place's answer yet, including those just ended, which the coach no longer reaches from the client list.
    /// Names clients, so each is recorded in the audit trail.
    func pendingPlaceFeedback() async throws -> [PendingPlaceFeedback] {
        let user = try requireUser()
        guard user.role == .workCoach, let providerID = user.$organization.id else { return [] }
        let today = self.today
        // No organizer keeps feedback open longer than its longest window; each period then by its own.
        let longest = try await PolicyBooks.longest(\.feedbackDaysAfterEnd, on: db)
        let periods = try await FeedbackStore.open(try await Period.query(on: db)
            .join(WorkActivityPlace.self, on: \Period.$place.$id == \WorkActivityPlace.$id)
            .filter(WorkActivityPlace.self, \.$provider.$id == providerID)
            .filter(\.$startsOn <= today.isoString)
            .filter(\.$endsOn >= today.adding(days: -longest).isoString)
            .sort(\.$endsOn)
            .all(), today: today, on: db)
        guard !periods.isEmpty else { return [] }
        let answered = Set(try await FeedbackAnswer.query(on: db).filter(\.$period.$id ~~ periods.compactMap(\.id)).filter(\.$form == .place)
            .all().map { $0.$period.id })
        let waiting = periods.filter { !answered.contains($0.id!) }
        guard !waiting.isEmpty else { return [] }
        let clients = try await Client.query(on: db).filter(\.$id ~~ Array(Set(waiting.map { $0.$client.id }))).all()
        let names = Dictionary(clients.compactMap { c in c.id.map { ($0, c.fullName) } }, uniquingKeysWith: { a, _ in a })
        let places = try await placeNames(waiting.map { $0.$place.id })
        try await audit(.feedbackList, clients: Array(Set(waiting.map { $0.$client.id })).sorted { $0.uuidString < $1.uuidString })
        return waiting.map { period in
            PendingPlaceFeedback(clientID: period.$client.id, clientName: names[period.$client.id] ?? "",
                                 period: FeedbackPeriodChoice(id: period.id!, placeName: places[period.$place.id] ?? "",
                                                              startsOn: period.startsOn, endsOn: period.endsOn))
        }
    }
}
