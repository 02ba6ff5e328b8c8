import Fluent
import PolkuDomain
import Vapor

/// The ending and further path pages under the client: list, record, view (with the follow-ups), change.
struct EndingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientEndings.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientEndings.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientEndingNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.clientEnding.pathComponents, use: show)
        routes.post(SiteRoute.Kind.clientEnding.pathComponents, use: update)
        routes.get(SiteRoute.Kind.clientEndingEdit.pathComponents, use: edit)
    }

    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.read))
        let id = try client.requireID()
        let views = try await req.endingViews(try await EndingStore.all(of: id, on: req.db))
        try await req.audit(.endingList, clients: [id])
        return EndingListPage(clientID: try client.typedID, clientName: client.fullName, endings: views,
                              mayWrite: try await req.permits(.ending(.write), on: client.facts)).render(on: req)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.write))
        let id = try client.requireID()
        let periods = try await EndingPeriods.labels(of: id, on: req.db)
        // The latest period is the one that usually ends.
        let input = EndingInput(periodId: periods.first?.value, endedOn: FinnishFormat.date(req.today))
        return EndingFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .create, input: input, periods: periods, failure: nil)
            .render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.write))
        let id = try client.requireID()
        let input = try Self.formInput(req)
        do {
            let draft = try await input.validated(clientID: id, on: req.db)
            if req.needsConfirmation { return try await EndingConfirmation.page(for: draft, client: client, on: req) }
            let ending = try await EndingStore.create(draft, clientID: id, authorID: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.clientEnding(client: ending.$client.typedID, ending: try ending.typedID).path)
        } catch let failure as ValidationFailure {
            return EndingFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .create, input: input,
                                  periods: try await EndingPeriods.labels(of: id, on: req.db), failure: failure)
                .render(on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.read))
        let id = try client.requireID()
        let ending = try await Ending.find(try req.id(Ending.self), of: try client.typedID, on: req.db)
        let followUps = try await req.followUpViews(try await FollowUpStore.all(ofEndings: [try ending.requireID()], on: req.db))
        try await req.audit(.endingRead, clients: [id])
        return EndingPage(ending: try await req.endingViews([ending])[0], followUps: followUps, clientName: client.fullName,
                          periodText: try await EndingPeriods.label(of: ending.$period.id, on: req.db),
                          mayEdit: try await req.permits(.ending(.write), on: client.facts),
                          mayFollowUp: try await req.permits(.followUp(.write), on: client.facts)).render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.write))
        let id = try client.requireID()
        let ending = try await Ending.find(try req.id(Ending.self), of: try client.typedID, on: req.db)
        try await req.audit(.endingRead, clients: [id])
        return EndingFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .edit(try ending.typedID), input: EndingInput(ending),
                              periods: try await EndingPeriods.labels(of: id, except: ending.id, on: req.db), failure: nil).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .ending(.write))
        let id = try client.requireID()
        let ending = try await Ending.find(try req.id(Ending.self), of: try client.typedID, on: req.db)
        let input = try Self.formInput(req)
        let periods = try await EndingPeriods.labels(of: id, except: ending.id, on: req.db)
        let page = { (failure: ValidationFailure?, conflict: Bool) in
            EndingFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .edit(try ending.typedID), input: input, periods: periods,
                           failure: failure, conflict: conflict)
        }
        return try await req.saveForm {
            let draft = try await input.validated(clientID: id, except: ending.id, on: req.db)
            // A form without the version it was read at cannot prove it saw the latest save.
            guard let version = input.version else { throw VersionConflict(on: req) }
            try await EndingStore.update(ending, with: draft, expectedVersion: version, on: req)
            return req.redirect(to: SiteRoute.clientEnding(client: ending.$client.typedID, ending: try ending.typedID).path)
        } showAgain: { rejected in
            try page(rejected.failure, rejected.isConflict).render(on: req, status: rejected.status)
        }
    }

    /// The form's empty choice of period and empty hand-over date mean none.
    private static func formInput(_ req: Request) throws -> EndingInput {
        var input = try req.content.decode(EndingInput.self)
        if input.periodId?.isEmpty == true { input.periodId = nil }
        if input.handedOverOn?.trimmingCharacters(in: .whitespaces).isEmpty == true { input.handedOverOn = nil }
        return input
    }
}
