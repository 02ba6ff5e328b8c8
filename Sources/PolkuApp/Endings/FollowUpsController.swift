import Fluent
import PolkuDomain
import Vapor

/// The follow-up forms. Follow-ups are shown on their ending's page, so the list address leads there
/// and a follow-up's own address is its form.
struct FollowUpsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientFollowUps.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientFollowUps.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientFollowUpNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.clientFollowUp.pathComponents, use: edit)
        routes.post(SiteRoute.Kind.clientFollowUp.pathComponents, use: update)
    }

    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.read))
        return req.redirect(to: SiteRoute.clientEndings(try client.typedID).path)
    }

    /// `?endingId=…&point=threeMonths`: the ending is required, the point preselected when given.
    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.write))
        var parameters = QueryParameters(req)
        let endingID = parameters.id(Ending.self, "endingId")
        let point = parameters.text("point", maxLength: 40)
        try parameters.finish()
        guard let endingID else { throw Abort(.notFound) }
        let ending = try await Ending.find(endingID, of: try client.typedID, on: req.db)
        let input = FollowUpInput(endingId: endingID.rawValue.uuidString, point: FollowUpPoint(rawValue: point)?.rawValue,
                                  doneOn: FinnishFormat.date(req.today))
        return try await form(client, ending, .create, input, failure: nil, on: req).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.write))
        let id = try client.requireID()
        var input = try req.content.decode(FollowUpInput.self)
        input.inWorkOrEducation = input.inWorkOrEducation ?? false  // an unticked box sends nothing
        let ending = try await Ending.find(try endingID(input), of: try client.typedID, on: req.db)
        do {
            _ = try await FollowUpStore.create(try input.validated(today: req.today), clientID: id, authorID: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.clientEnding(client: ending.$client.typedID, ending: try ending.typedID).path)
        } catch let failure as ValidationFailure {
            return try await form(client, ending, .create, input, failure: failure, on: req).render(on: req, status: failure.status)
        }
    }

    func edit(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.write))
        let id = try client.requireID()
        let followUp = try await FollowUp.find(try req.id(FollowUp.self), of: try client.typedID, on: req.db)
        let ending = try await Ending.find(followUp.$ending.typedID, of: try client.typedID, on: req.db)
        try await req.audit(.followUpRead, clients: [id])
        return try await form(client, ending, .edit(try followUp.typedID), FollowUpInput(followUp), failure: nil, on: req).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .followUp(.write))
        let followUp = try await FollowUp.find(try req.id(FollowUp.self), of: try client.typedID, on: req.db)
        var input = try req.content.decode(FollowUpInput.self)
        input.inWorkOrEducation = input.inWorkOrEducation ?? false
        let ending = try await Ending.find(try endingID(input), of: try client.typedID, on: req.db)
        let mode = RecordFormMode.edit(try followUp.typedID)
        return try await req.saveForm {
            let draft = try input.validated(today: req.today)
            // A form without the version it was read at cannot prove it saw the latest save.
            guard let version = input.version else { throw VersionConflict(on: req) }
            try await FollowUpStore.update(followUp, with: draft, expectedVersion: version, on: req)
            return req.redirect(to: SiteRoute.clientEnding(client: ending.$client.typedID, ending: try ending.typedID).path)
        } showAgain: { rejected in
            var page = try await form(client, ending, mode, input, failure: rejected.failure, on: req)
            page.conflict = rejected.isConflict
            return page.render(on: req, status: rejected.status)
        }
    }

    /// The form names its ending in a hidden field; one that is not the client's is as unknown as a missing one.
    private func endingID(_ input: FollowUpInput) throws -> EndingID {
        guard let raw = input.endingId, let id = UUID(uuidString: raw) else { throw Abort(.notFound) }
        return EndingID(id)
    }

    private func form(_ client: Client, _ ending: Ending, _ mode: RecordFormMode<FollowUp>, _ input: FollowUpInput,
                      failure: ValidationFailure?, on req: Request) async throws -> FollowUpFormPage {
        FollowUpFormPage(clientID: try client.typedID, clientName: client.fullName, ending: try await req.endingViews([ending])[0],
                         mode: mode, input: input, failure: failure)
    }
}
