import Fluent
import PolkuDomain
import Vapor

/// The evaluation pages: the form of the signed-in user's perspective and the three perspectives of a
/// period's interim or final evaluation side by side. The client uses the same pages for their own record.
struct EvaluationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientEvaluations.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientEvaluations.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientEvaluationNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.clientEvaluation.pathComponents, use: edit)
        routes.post(SiteRoute.Kind.clientEvaluation.pathComponents, use: update)
        routes.get(SiteRoute.Kind.periodEvaluations.pathComponents, use: compare)
    }

    /// The evaluations are listed on the client's page.
    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .evaluation(.read))
        return req.redirect(to: try Self.home(of: client, on: req))
    }

    /// `?periodId=…&kind=interim`: both are required; `&perspective=client` records the client's own
    /// evaluation on their behalf.
    func new(req: Request) async throws -> Response {
        let (client, evaluator) = try await req.clientForEvaluating(try req.id(Client.self))
        var parameters = QueryParameters(req)
        let periodID = parameters.id(Period.self, "periodId")
        let kind = parameters.choice("kind", of: EvaluationKind.self)
        let asked = parameters.choice("perspective", of: EvaluationPerspective.self)
        try parameters.finish()
        guard let periodID, let kind else { throw Abort(.notFound) }
        let perspective = try evaluator.writing(asked)
        let period = try await Self.writablePeriod(periodID, of: client, on: req)
        // Already written: change it instead of meeting a 409.
        if let written = period.slot(kind).byPerspective[perspective] {
            return req.redirect(to: SiteRoute.clientEvaluation(client: period.clientID, evaluation: written.id).path)
        }
        let form = EvaluationForm(periodId: periodID.rawValue.uuidString, kind: kind.rawValue, perspective: perspective.rawValue,
                                  evaluatedOn: FinnishFormat.date(req.today))
        // The form shows the period and the plan's goals.
        try await req.audit(.evaluationRead, clients: [try client.requireID()])
        return try await page(client, period, kind, perspective, .create, form, failure: nil, on: req).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let (client, evaluator) = try await req.clientForEvaluating(try req.id(Client.self))
        let id = try client.requireID()
        let form = try req.content.decode(EvaluationForm.self)
        guard let raw = form.periodId, let periodID = UUID(uuidString: raw).map(PeriodID.init(rawValue:)), let kind = EvaluationKind(rawValue: form.kind ?? "")
        else { throw Abort(.notFound) }
        let perspective = try evaluator.writing(EvaluationPerspective(rawValue: form.perspective ?? ""))
        let period = try await Self.writablePeriod(periodID, of: client, on: req)
        do {
            _ = try await EvaluationStore.create(try form.validated(), clientID: id, by: evaluator, on: req)
            return req.redirect(to: SiteRoute.periodEvaluations(client: try client.typedID, period: periodID, kind: kind).path)
        } catch let failure as ValidationFailure {
            return try await page(client, period, kind, perspective, .create, form, failure: failure, on: req)
                .render(on: req, status: failure.status)
        }
    }

    /// Someone who may not change the evaluation reads it with the others.
    func edit(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .evaluation(.read))
        let id = try client.requireID()
        let evaluation = try await Evaluation.find(try req.id(Evaluation.self), of: try client.typedID, on: req.db)
        let period = try await req.periodEvaluations(of: client, only: evaluation.$period.typedID).first
        guard let period, period.writablePerspectives.contains(evaluation.perspective) else {
            return req.redirect(to: SiteRoute.periodEvaluations(client: evaluation.$client.typedID, period: evaluation.$period.typedID, kind: evaluation.kind).path)
        }
        try await req.audit(.evaluationRead, clients: [id])
        return try await page(client, period, evaluation.kind, evaluation.perspective, .edit(try evaluation.typedID),
                              EvaluationForm(evaluation), failure: nil, on: req).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let (client, evaluator) = try await req.clientForEvaluating(try req.id(Client.self))
        let evaluation = try await Evaluation.find(try req.id(Evaluation.self), of: try client.typedID, on: req.db)
        _ = try evaluator.writing(evaluation.perspective)
        let period = try await Self.writablePeriod(evaluation.$period.typedID, of: client, on: req)
        var form = try req.content.decode(EvaluationForm.self)
        form.periodId = evaluation.$period.id.uuidString
        form.kind = evaluation.kind.rawValue
        form.perspective = evaluation.perspective.rawValue
        let mode = EvaluationFormPage.Mode.edit(try evaluation.typedID)
        return try await req.saveForm {
            let draft = try form.validated(fixed: (evaluation.$period.id, evaluation.kind))
            try await EvaluationStore.update(evaluation, with: draft, expectedVersion: form.version!, by: evaluator, on: req)
            return req.redirect(to: SiteRoute.periodEvaluations(client: evaluation.$client.typedID, period: evaluation.$period.typedID, kind: evaluation.kind).path)
        } showAgain: { rejected in
            // A form without the version it was read at cannot prove it saw the latest save.
            let stale = rejected.isConflict || rejected.failure?.problems.contains { $0.field == "version" } == true
            var page = try await page(client, period, evaluation.kind, evaluation.perspective, mode, form,
                                      failure: stale ? nil : rejected.failure, on: req)
            page.conflict = stale
            return page.render(on: req, status: stale ? .conflict : rejected.status)
        }
    }

    /// The period's interim or final evaluation from all three perspectives.
    func compare(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .evaluation(.read))
        let id = try client.requireID()
        guard let kind = EvaluationKind(rawValue: req.parameters.get("kind") ?? ""),
              let period = try await req.periodEvaluations(of: client, only: try req.id(Period.self)).first
        else { throw Abort(.notFound) }
        try await req.audit(.evaluationRead, clients: [id])
        return EvaluationComparePage(clientName: client.fullName, period: period, kind: kind,
                                     back: try Self.home(of: client, on: req), plain: try Self.isOwn(client, on: req)).render(on: req)
    }

    /// The client reading or writing their own: words and pictures instead of numbers (issue 13, item 7).
    static func isOwn(_ client: Client, on req: Request) throws -> Bool {
        try req.requireUser().$client.id == client.id
    }

    /// The client page, or the client's own view for the client themself.
    static func home(of client: Client, on req: Request) throws -> String {
        try req.requireUser().$client.id == client.id ? SiteRoute.me.path : SiteRoute.client(try client.typedID).path + "#evaluations-heading"
    }

    /// The period, if it is the client's and the user writes their perspective of it: otherwise 404,
    /// as for a record outside their reach.
    private static func writablePeriod(_ periodID: PeriodID, of client: Client, on req: Request) async throws -> PeriodEvaluations {
        guard let period = try await req.periodEvaluations(of: client, only: periodID).first, !period.writablePerspectives.isEmpty
        else { throw Abort(.notFound) }
        return period
    }

    private func page(_ client: Client, _ period: PeriodEvaluations, _ kind: EvaluationKind, _ perspective: EvaluationPerspective,
                      _ mode: EvaluationFormPage.Mode, _ form: EvaluationForm, failure: ValidationFailure?,
                      on req: Request) async throws -> EvaluationFormPage {
        // A new evaluation rates the plan as it stands; a stored one the goals it rated.
        let goals: [EvaluationStore.RatedGoal]
        switch mode {
        case .create: goals = try await EvaluationStore.currentPlanGoals(of: try client.requireID(), on: req.db).goals
        case .edit(let id):
            goals = try await Evaluation.find(id, of: try client.typedID, on: req.db).goals.map { (text: $0.text, scale: $0.scale, weight: $0.effectiveWeight) }
        }
        return EvaluationFormPage(clientName: client.fullName, period: period, kind: kind, perspective: perspective, mode: mode,
                                  form: form, goals: goals, failure: failure, back: try Self.home(of: client, on: req),
                                  plain: try Self.isOwn(client, on: req))
    }
}
