import Fluent
import PolkuDomain
import Vapor

/// The plan pages: make a plan, read it with its history, amend it.
struct PlansController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.planNew.pathComponents, use: new)
        routes.post(SiteRoute.Kind.plans.pathComponents, use: create)
        routes.get(SiteRoute.Kind.plan.pathComponents, use: show)
        routes.get(SiteRoute.Kind.planAmend.pathComponents, use: amendForm)
        routes.post(SiteRoute.Kind.plan.pathComponents, use: amend)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .plan(.create))
        var form = PlanForm()
        form.madeOn = FinnishFormat.date(req.today)
        form.kind = PlanKind.activationPlan.rawValue
        form.clientParticipated = "on"
        return try await PlanFormPage(client: client, planID: nil, form: form, failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .plan(.create))
        let form = try req.content.decode(PlanForm.self)
        do {
            let valid = try form.validated(isAmendment: false, book: try await Organizer.book(for: client, on: req.today, db: req.db))
            let plan = try await PlanStore.create(valid, for: try client.requireID(), author: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.plan(client: try client.typedID, plan: try plan.typedID).path)
        } catch let failure as ValidationFailure {
            return try await PlanFormPage(client: client, planID: nil, form: form, failure: failure).render(on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.read))
        try await req.audit(.planRead, clients: [try client.requireID()])
        let hasPeriod = try await Period.query(on: req.db).filter(\.$client.$id == client.requireID()).first() != nil
        let mayMatch = try await req.permits(.matching(.read), on: client.facts)
        return PlanPage(client: client, plan: try await PlanDTO.load(plan, on: req.db),
                        mayAmend: try await req.permits(.plan(.amend), on: client.facts),
                        matchingNext: !hasPeriod && mayMatch).render(on: req)
    }

    func amendForm(req: Request) async throws -> Response {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.amend))
        try await req.audit(.planRead, clients: [try client.requireID()])
        let view = try await PlanDTO.load(plan, on: req.db)
        var form = view.current.map { PlanForm($0) } ?? PlanForm()
        form.madeOn = FinnishFormat.date(req.today)
        form.version = plan.version
        return try await PlanFormPage(client: client, planID: try plan.typedID, form: form, failure: nil).render(on: req)
    }

    func amend(req: Request) async throws -> Response {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.amend))
        let form = try req.content.decode(PlanForm.self)
        return try await req.saveForm {
            let valid = try form.validated(isAmendment: true, book: try await Organizer.book(for: client, on: req.today, db: req.db))
            try await PlanStore.amend(plan, with: valid, expectedVersion: form.version ?? 0, author: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.plan(client: try client.typedID, plan: try plan.typedID).path)
        } showAgain: { rejected in
            try await PlanFormPage(client: client, planID: try plan.typedID, form: form, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }
}
