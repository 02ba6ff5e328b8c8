import Fluent
import PolkuDomain
import Vapor

/// A client's queue entries: queue for a place, see the entry, withdraw it. Placing is the decision for the place.
struct QueueController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientQueue.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientQueue.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientQueueNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.clientQueueEntry.pathComponents, use: show)
        routes.post(SiteRoute.Kind.clientQueueWithdraw.pathComponents, use: withdraw)
    }

    /// The entries are listed on the client page.
    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.read))
        return req.redirect(to: SiteRoute.client(try client.typedID).path)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.write))
        var parameters = QueryParameters(req)
        let place = parameters.uuid("placeId")
        try parameters.finish()
        return try await form(client, QueueEntryInput(placeId: place?.uuidString), nil, on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.write))
        let id = try client.requireID()
        var input = try req.content.decode(QueueEntryInput.self)
        input.isUrgent = input.isUrgent ?? false  // an unticked box sends nothing
        do {
            let entry = try await QueueStore.create(try input.validated(), clientID: id, authorID: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.clientQueueEntry(client: entry.$client.typedID, entry: try entry.typedID).path)
        } catch let failure as ValidationFailure {
            return try await form(client, input, failure, on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.read))
        let id = try client.requireID()
        let entry = try await QueueEntry.find(try req.id(QueueEntry.self), of: try client.typedID, on: req.db)
        try await req.audit(.queueRead, clients: [id])
        return try await entryPage(client, entry, on: req).render(on: req)
    }

    func withdraw(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .queueEntry(.write))
        let entry = try await QueueEntry.find(try req.id(QueueEntry.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(WithdrawalInput.self)
        return try await req.saveForm {
            let valid = try input.validated()
            try await QueueStore.withdraw(entry, reason: valid.reason, expectedVersion: valid.version, on: req)
            return req.redirect(to: SiteRoute.clientQueueEntry(client: entry.$client.typedID, entry: try entry.typedID).path)
        } showAgain: { rejected in
            switch rejected {
            case .invalid(let failure):
                var page = try await entryPage(client, entry, on: req)
                page.failure = failure
                page.reason = input.reason ?? ""
                return page.render(on: req, status: failure.status)
            case .conflict:
                var page = try await entryPage(client, try QueueEntry.find(try entry.typedID, of: try client.typedID, on: req.db), on: req)
                page.conflict = true
                return page.render(on: req, status: .conflict)
            }
        }
    }

    private func entryPage(_ client: Client, _ entry: QueueEntry, on req: Request) async throws -> QueueEntryPage {
        return QueueEntryPage(clientName: client.fullName, entry: try await req.queueEntryViews([entry])[0],
                              mayWrite: try await req.permits(.queueEntry(.write), on: client.facts),
                              mayDecide: try await req.permits(.decision(.make), on: client.facts))
    }

    private func form(_ client: Client, _ input: QueueEntryInput, _ failure: ValidationFailure?, on req: Request,
                      status: HTTPStatus = .ok) async throws -> Response {
        QueueFormPage(clientID: try client.typedID, clientName: client.fullName, places: try await req.queueSummaries(),
                      input: input, failure: failure).render(on: req, status: status)
    }
}
