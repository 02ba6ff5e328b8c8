import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/client-feedback and …/place-feedback: answers on the two uniform
/// feedback forms about a client's period; /api/v1/places/{placeId}/feedback-results: the results.
struct FeedbackAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        for (form, list, item) in [(FeedbackForm.client, APIRoute.Kind.clientFeedbacks, APIRoute.Kind.clientFeedback),
                                   (.place, .placeFeedbacks, .placeFeedback)] {
            routes.get(list.pathComponents) { try await self.list(form, req: $0) }
            routes.post(list.pathComponents) { try await self.create(form, req: $0) }
            routes.get(item.pathComponents) { try await self.show(form, req: $0) }
            routes.put(item.pathComponents) { try await self.update(form, req: $0) }
        }
        routes.get(APIRoute.Kind.placeFeedbackResults.pathComponents, use: results)
    }

    struct FeedbackList: Content { var items: [FeedbackDTO] }

    func list(_ form: FeedbackForm, req: Request) async throws -> FeedbackList {
        let client = try await req.clientForReadingFeedback(form, try req.id(Client.self))
        let id = try client.requireID()
        let items = try await req.feedbackViews(try await FeedbackStore.all(of: id, form: form, on: req.db))
        try await req.audit(.feedbackList, clients: [id])
        return FeedbackList(items: items)
    }

    func create(_ form: FeedbackForm, req: Request) async throws -> Response {
        let (client, giver) = try await req.clientForFeedback(form, try req.id(Client.self))
        let id = try client.requireID()
        let draft = try req.content.decode(FeedbackInput.self).validated(form, isNew: true)
        let answer = try await FeedbackStore.create(form, draft, clientID: id, by: giver, on: req)
        let view = try await req.feedbackViews([answer])[0]
        let response = try await view.encodeResponse(status: .created, for: req)
        let (clientID, answerID) = (try client.typedID, try answer.typedID)
        let location: APIRoute = form == .client ? .clientFeedback(client: clientID, feedback: answerID)
                                                 : .placeFeedback(client: clientID, feedback: answerID)
        response.headers.replaceOrAdd(name: .location, value: location.path)
        return response
    }

    func show(_ form: FeedbackForm, req: Request) async throws -> FeedbackDTO {
        let client = try await req.clientForReadingFeedback(form, try req.id(Client.self))
        let id = try client.requireID()
        let answer = try await FeedbackStore.find(try req.id(FeedbackAnswer.self), form, of: try client.typedID, on: req.db)
        try await req.audit(.feedbackRead, clients: [id])
        return try await req.feedbackViews([answer])[0]
    }

    func update(_ form: FeedbackForm, req: Request) async throws -> FeedbackDTO {
        let (_, answer) = try await req.answerForChange(try req.id(FeedbackAnswer.self), form, of: try req.id(Client.self))
        let input = try req.content.decode(FeedbackInput.self)
        let draft = try input.validated(form, isNew: false)
        try await FeedbackStore.update(answer, with: draft, expectedVersion: input.version!, on: req)
        return try await req.feedbackViews([answer])[0]
    }

    /// Counts, means and texts only at or above the threshold; nothing that names a client, so not audited per client.
    func results(req: Request) async throws -> FeedbackResultsDTO {
        let place = try await FeedbackResultsQuery.place(try req.id(WorkActivityPlace.self), for: req)
        let span = try FeedbackSpan.read(req)
        let results = try await FeedbackResultsQuery.results(of: [place], in: span, on: req.db)
        guard let first = results.first else { throw Abort(.notFound) }
        return FeedbackResultsDTO(first, span: span)
    }
}
