import Fluent
import PolkuDomain
import Vapor

/// One request to a feedback page: on the client's own page (`own`) the client is the signed-in
/// user's and the form is always the client's; elsewhere the client is in the path.
struct FeedbackPages {
    let req: Request
    let own: Bool

    private struct FormChoice: Content { var form: String? }

    private func clientID() throws -> ClientID {
        if own {
            guard let id = try req.requireUser().$client.typedID else { throw Abort(.forbidden) }
            return id
        }
        return try req.id(Client.self)
    }

    private func back(_ id: ClientID) -> String { own ? SiteRoute.me.path : SiteRoute.client(id).path }
    private func createAction(_ id: ClientID) -> String { own ? SiteRoute.myFeedbacks.path : SiteRoute.clientFeedbacks(id).path }
    private func showPath(_ id: ClientID, _ answer: FeedbackID) -> String { own ? SiteRoute.myFeedback(answer).path : SiteRoute.clientFeedback(client: id, feedback: answer).path }
    private func editPath(_ id: ClientID, _ answer: FeedbackID) -> String { own ? SiteRoute.myFeedbackEdit(answer).path : SiteRoute.clientFeedbackEdit(client: id, feedback: answer).path }

    /// `?form=client|place&periodId=…`; the client's own page has only the client's form.
    func new() async throws -> Response {
        var parameters = QueryParameters(req)
        let form: FeedbackForm = own ? .client : parameters.choice("form", of: FeedbackForm.self) ?? .client
        let periodID = parameters.id(Period.self, "periodId")
        try parameters.finish()
        let (client, giver) = try await req.clientForFeedback(form, try clientID())
        let id = try client.requireID()
        let choices = try await req.feedbackChoices(form, of: id, giver: giver)
        let input = FeedbackInput(periodId: periodID.flatMap { p in choices.contains { $0.id == p } ? p.rawValue.uuidString : nil })
        return try await formPage(form, giver.channel, client, choices: choices, input: input, failure: nil).render(on: req)
    }

    func create() async throws -> Response {
        let form: FeedbackForm = own ? .client : FeedbackForm(rawValue: try req.content.decode(FormChoice.self).form ?? "") ?? .client
        let (client, giver) = try await req.clientForFeedback(form, try clientID())
        let id = try client.requireID()
        let input = try req.content.decode(FeedbackInput.self)
        do {
            let answer = try await FeedbackStore.create(form, try input.validated(form, isNew: true), clientID: id, by: giver, on: req)
            return req.redirect(to: try await afterSave(client, try answer.typedID))
        } catch let failure as ValidationFailure {
            let choices = try await req.feedbackChoices(form, of: id, giver: giver)
            return try await formPage(form, giver.channel, client, choices: choices, input: input, failure: failure).render(on: req, status: failure.status)
        }
    }

    func show() async throws -> Response {
        let id = try clientID()
        let client = try await req.authorizedClient(id, for: .client(.read))
        let answer = try await req.feedbackViews([try await FeedbackStore.find(try req.id(FeedbackAnswer.self), of: id, on: req.db)])[0]
        _ = try await req.clientForReadingFeedback(answer.form, id)
        try await req.audit(.feedbackRead, clients: [try client.requireID()])
        let mayChange = try await req.mayChangeToday(answer, of: client)
        return FeedbackPage(answer: answer, clientName: own ? nil : client.fullName, back: back(id),
                            editLink: mayChange ? editPath(id, answer.id) : nil).render(on: req)
    }

    func edit() async throws -> Response {
        let (client, answer) = try await req.answerForChange(try req.id(FeedbackAnswer.self), nil, of: try clientID())
        try await req.audit(.feedbackRead, clients: [try client.requireID()])
        let view = try await req.feedbackViews([answer])[0]
        return try await formPage(answer.form, answer.channel, client, choices: nil, input: FeedbackInput(answer), failure: nil,
                            answer: view).render(on: req)
    }

    func update() async throws -> Response {
        let (client, answer) = try await req.answerForChange(try req.id(FeedbackAnswer.self), nil, of: try clientID())
        let input = try req.content.decode(FeedbackInput.self)
        let view = try await req.feedbackViews([answer])[0]
        return try await req.saveForm {
            let draft = try input.validated(answer.form, isNew: false)
            try await FeedbackStore.update(answer, with: draft, expectedVersion: input.version!, on: req)
            return req.redirect(to: try await afterSave(client, try answer.typedID))
        } showAgain: { rejected in
            var page = try await formPage(answer.form, answer.channel, client, choices: nil, input: input, failure: rejected.failure, answer: view)
            page.conflict = rejected.isConflict
            return page.render(on: req, status: rejected.status)
        }
    }

    /// The saved answer's page; a coach answering after the period, who no longer reads the client, goes
    /// back to the list of periods waiting for an answer.
    private func afterSave(_ client: Client, _ answerID: FeedbackID) async throws -> String {
        let reads = try await req.permits(.client(.read), on: client.facts)
        return reads ? showPath(try client.typedID, answerID) : SiteRoute.feedbackResults.path
    }

    private func formPage(_ form: FeedbackForm, _ channel: FeedbackChannel, _ client: Client, choices: [FeedbackPeriodChoice]?,
                          input: FeedbackInput, failure: ValidationFailure?, answer: FeedbackDTO? = nil) async throws -> FeedbackFormPage {
        let id = try client.typedID
        // A coach answering after the period no longer reads the client: back leads to the waiting periods.
        let reads = try await own ? true : req.permits(.client(.read), on: client.facts)
        let action = answer.map { editPath(id, $0.id) } ?? createAction(id)
        return FeedbackFormPage(form: form, channel: channel, clientName: own ? nil : client.fullName, action: action,
                                back: reads ? (answer.map { showPath(id, $0.id) } ?? back(id)) : SiteRoute.feedbackResults.path, choices: choices,
                                periodText: answer.map { $0.placeName + ", " + $0.periodText }, input: input, failure: failure)
    }
}
