import Fluent
import PolkuDomain
import Vapor

/// The client pages: search, register, view, edit, and who has seen the client's data.
struct ClientsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clients.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientSearch.pathComponents, use: search)
        routes.post(SiteRoute.Kind.clients.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.client.pathComponents, use: show)
        routes.post(SiteRoute.Kind.client.pathComponents, use: update)
        routes.get(SiteRoute.Kind.clientEdit.pathComponents, use: edit)
        routes.get(SiteRoute.Kind.clientAccessLog.pathComponents, use: accessLog)
    }

    func list(req: Request) async throws -> Response {
        try await req.require(.client(.list), on: nil)
        let search = try ClientSearch.from(req)
        let principal = try await req.principal()
        let result = try await search.run(scope: ClientAccess.listScope(for: principal), on: req)
        try await req.audit(.clientList, clients: result.clients.compactMap(\.id))
        let municipalities = try await req.municipalities()
        let mayCreate = try await req.permits(.client(.create), on: nil)
        return ClientListPage(search: search, result: result, rows: try await req.clientViews(result.clients),
                              municipalities: municipalities, mayCreate: mayCreate).render(on: req)
    }

    /// The search form posts its text, which comes back sealed in the list's link (decision 94).
    func search(req: Request) async throws -> Response {
        try await req.require(.client(.list), on: nil)
        struct Form: Content { var q: String?; var municipalityCode: String? }
        let form = try req.content.decode(Form.self)
        let text = (form.q ?? "").trimmingCharacters(in: .whitespaces)
        let municipality = (form.municipalityCode ?? "").trimmingCharacters(in: .whitespaces)
        guard TextRules.length(municipality) <= ClientSearch.maxTextLength else { throw Abort(.badRequest) }
        return req.redirect(to: ClientListPage.searchLink(text: text, municipalityCode: municipality, seal: req.application.querySeal))
    }

    func new(req: Request) async throws -> Response {
        try await req.require(.client(.create), on: nil)
        return try await ClientFormPage(mode: .create, input: ClientInput(language: "fi"), failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        try await req.require(.client(.create), on: nil)
        let input = try req.content.decode(ClientInput.self)
        do {
            let draft = try input.validated(municipalities: Set(try await req.municipalities().map(\.code)), today: req.today)
            try await req.require(.client(.create), on: ClientFacts(id: UUID(), municipalityCode: draft.municipalityCode))
            let client = try await ClientStore.create(draft, on: req)
            return req.redirect(to: SiteRoute.client(try client.typedID).path)
        } catch let failure as ValidationFailure {
            return try await ClientFormPage(mode: .create, input: input, failure: failure).render(on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.read))
        // The page shows the client, their evaluations and their feedback: one append for the three.
        try await req.audit([.clientRead, .evaluationList, .feedbackList], clients: [try client.requireID()])
        let facts = client.facts
        let referrals = try await req.clientReferralSummary(client)
        let plan = try await Plan.query(on: req.db).filter(\.$client.$id == client.requireID()).sort(\.$createdAt, .descending).first()
        let progress = try await req.pathProgress(of: client)
        let summary = try await req.clientSummary(client, progress: progress)
        return ClientPage(client: try await req.clientViews([client])[0],
                          mayEdit: try await req.permits(.client(.update), on: facts),
                          mayReadAccessLog: try await req.permits(.client(.readAccessLog), on: facts),
                          isOwnPage: false, plan: plan,
                          responsibleWorker: summary.responsible?.name,
                          summary: summary,
                          mayDecide: try await req.permits(.decision(.make), on: facts), mayCreatePlan: try await req.permits(.plan(.create), on: facts),
                          referrals: referrals.referrals, mayRefer: referrals.mayRefer,
                          pathRecords: try await req.clientPathRecords(client),
                          evaluations: try await req.periodEvaluations(of: client),
                          placement: try await req.clientPlacement(client),
                          feedback: try await req.clientFeedbackSection(client),
                          mayMatch: try await req.permits(.matching(.read), on: facts),
                          progress: progress,
                          learning: try await req.learningSection(of: client))
                          .render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.update))
        try await req.audit(.clientRead, clients: [try client.requireID()])
        let view = try await req.clientViews([client])[0]
        let input = ClientInput(firstName: view.firstName, lastName: view.lastName, personalIdentityCode: view.personalIdentityCode,
                                municipalityCode: view.municipalityCode, language: view.language, phone: view.phone,
                                email: view.email, version: view.version)
        return try await ClientFormPage(mode: .edit(try client.typedID), input: input, failure: nil).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.update))
        let input = try req.content.decode(ClientInput.self)
        let mode = ClientFormPage.Mode.edit(try client.typedID)
        return try await req.saveForm {
            let draft = try input.validated(municipalities: Set(try await req.municipalities().map(\.code)), today: req.today)
            try await req.require(.client(.update), on: ClientFacts(id: try client.requireID(), municipalityCode: draft.municipalityCode))
            guard let version = input.version else { throw VersionConflict(on: req) }
            try await ClientStore.update(client, with: draft, expectedVersion: version, on: req)
            return req.redirect(to: SiteRoute.client(try client.typedID).path)
        } showAgain: { rejected in
            try await ClientFormPage(mode: mode, input: input, failure: rejected.failure, conflict: rejected.isConflict).render(on: req, status: rejected.status)
        }
    }

    func accessLog(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .client(.readAccessLog))
        let id = try client.requireID()
        let entries = try await AccessLogEntry.forClient(id, on: req.db)
        try await req.audit(.clientAccessLogRead, clients: [id])
        return AccessLogPage(clientName: client.fullName, entries: entries,
                             backLink: SiteRoute.client(try client.typedID).path).render(on: req)
    }
}

extension Client {
    var facts: ClientFacts { ClientFacts(id: id ?? UUID(), municipalityCode: municipalityCode) }
}
