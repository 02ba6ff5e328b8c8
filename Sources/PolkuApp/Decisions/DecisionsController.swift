import Fluent
import PolkuDomain
import Vapor

/// Decision pages: make one (or the next, to continue), read and print it with its contract,
/// record the three acceptances, interrupt the period.
struct DecisionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.decisionNew.pathComponents, use: new)
        routes.post(SiteRoute.Kind.decisions.pathComponents, use: create)
        routes.get(SiteRoute.Kind.decision.pathComponents, use: show)
        routes.post(SiteRoute.Kind.decisionAccept.pathComponents, use: accept)
        routes.post(SiteRoute.Kind.decisionInterrupt.pathComponents, use: interrupt)
        routes.post(SiteRoute.Kind.decisionNoEvaluation.pathComponents, use: noEvaluation)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.make))
        var form = DecisionForm()
        let today = req.today
        form.decidedOn = FinnishFormat.date(today)
        // Continuing: the next period starts the day after the latest one ends, with its place and schedule.
        if let last = try await Decision.query(on: req.db).filter(\.$client.$id == client.requireID()).sort(\.$endsOn, .descending).first(),
           let end = LocalDate(isoString: last.endsOn) {
            form.startsOn = FinnishFormat.date(max(today, end.adding(days: 1)))
            form.placeId = last.$place.id.uuidString
            form.daysPerWeek = "\(last.daysPerWeek)"
            form.hoursPerDay = PolicyForm.hours(last.minutesPerDay)
            form.weekdays = Weekday.days(stored: last.weekdays).map { "\($0.rawValue)" }
        } else if let plan = try await Plan.query(on: req.db).filter(\.$client.$id == client.requireID()).sort(\.$createdAt, .descending).first(),
                  let version = try await PlanDTO.load(plan, on: req.db).current {
            form.startsOn = FinnishFormat.date(today)
            form.daysPerWeek = "\(version.daysPerWeek)"
            form.hoursPerDay = PolicyForm.hours(version.minutesPerDay)
            form.goals = version.goals.compactMap(\.text).joined(separator: "\n")
        }
        // Placing from the queue: the entry's place is the decision's; saving the decision closes the entry.
        var parameters = QueryParameters(req)
        if let place = parameters.uuid("placeId") { form.placeId = place.uuidString }
        let continues = parameters.uuid("continues")
        try parameters.finish()
        // After a change of place: the rest of the changed period at the new place, on the terms in force (decision 228).
        if let continues, let change = try await PathDecision.query(of: client.requireID(), on: req.db).filter(\.$id == continues).first(),
           change.kind == .change, let place = change.$place.id, let from = change.effectiveOn,
           let decisionID = change.$decision.id, let changed = try await Decision.find(decisionID, on: req.db) {
            form.placeId = place.uuidString
            form.startsOn = LocalDate(isoString: from).map(FinnishFormat.date) ?? form.startsOn
            form.endsOn = LocalDate(isoString: changed.endsOn).map(FinnishFormat.date)
            let day = LocalDate(isoString: from) ?? today
            let terms = changed.terms.on(day, changes: try await PathDecision.termChanges(of: [decisionID], on: req.db)[decisionID] ?? [])
            form.daysPerWeek = "\(terms.daysPerWeek)"
            form.hoursPerDay = PolicyForm.hours(terms.minutesPerDay)
            form.weekdays = terms.weekdays.map { "\($0.rawValue)" }
            // The client's goals go with them; the tasks are the new place's to agree.
            if let period = try await Period.query(on: req.db).filter(\.$decision.$id == decisionID).first(),
               let contract = try await Contract.query(on: req.db).filter(\.$period.$id == period.requireID()).first() {
                form.goals = contract.goals
            }
        }
        return try await DecisionFormPage(client: client, form: form, failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .decision(.make))
        let user = try req.requireUser()
        let form = try req.content.decode(DecisionForm.self)
        do {
            let valid = try await form.validated(for: client, on: req)
            let decision = try await DecisionStore.create(valid, for: client, by: user, on: req)
            return req.redirect(to: SiteRoute.decision(client: try client.typedID, decision: try decision.typedID).path)
        } catch let failure as ValidationFailure {
            return try await DecisionFormPage(client: client, form: form, failure: failure).render(on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let (client, decision) = try await req.authorizedDecision(for: .decision(.read))
        try await req.audit(.decisionRead, clients: [try client.requireID()])
        let view = try await DecisionDTO.load(decision, for: req)
        return try await DecisionPage(client: client, decision: view, permitted: try await req.permittedActions(on: client.facts),
                                      message: nil, notice: try await req.noticeSection(for: view, client: client)).render(on: req)
    }

    func accept(req: Request) async throws -> Response {
        let (client, decision) = try await req.authorizedDecision(for: .decision(.accept))
        let input = try req.content.decode(AcceptanceInput.self)
        return try await onDecisionPage(req, client, decision) {
            try await ContractStore.accept(input, decision: decision, on: req)
        } keep: { page, failure in
            page.acceptance = (input, failure)
        }
    }

    func interrupt(req: Request) async throws -> Response {
        let (client, decision) = try await req.authorizedDecision(for: .decision(.interrupt))
        let input = try req.content.decode(DecisionsAPIController.InterruptionInput.self)
        // Interrupting cannot be undone: once there is a reason, the page asks once (issue 13, item 3).
        if let reason = input.reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, req.needsConfirmation {
            let t = req.texts
            let ends = LocalDate(isoString: decision.endsOn).map(FinnishFormat.date) ?? decision.endsOn
            return ConfirmationPage(title: t[.confirmInterruptTitle],
                                    consequences: [t(.confirmInterrupt, ["date": FinnishFormat.date(req.today), "end": ends]), t[.confirmInterruptNext]],
                                    confirmLabel: t[.confirmInterruptButton],
                                    cancelHref: SiteRoute.decision(client: try client.typedID, decision: try decision.typedID).path).render(on: req)
        }
        return try await onDecisionPage(req, client, decision) {
            try await ContractStore.interrupt(decision: decision, reason: input.reason, version: input.version, on: req)
        } keep: { page, failure in
            page.interruption = (input, failure)
        }
    }

    /// A form on the decision's page: saved, back to the page; refused, the page again with its problems next to the
    /// form's fields (`keep` puts back what was typed), or with why someone else's save came first.
    private func onDecisionPage(_ req: Request, _ client: Client, _ decision: Decision, save: () async throws -> Void,
                                keep: (inout DecisionPage, ValidationFailure) -> Void) async throws -> Response {
        try await req.saveForm {
            try await save()
            return req.redirect(to: SiteRoute.decision(client: try client.typedID, decision: try decision.typedID).path)
        } showAgain: { rejected in
            var page = DecisionPage(client: client, decision: try await DecisionDTO.load(decision, for: req), permitted: try await req.permittedActions(on: client.facts),
                                    message: rejected.failure.map { $0.summary(req.texts) } ?? rejected.conflictReason)
            if let failure = rejected.failure { keep(&page, failure) }
            return try await page.render(on: req, status: rejected.status)
        }
    }
}

extension DecisionsController {
    /// After an interruption: why the situation is not evaluated (decision 115); back to the page with the text kept.
    func noEvaluation(req: Request) async throws -> Response {
        let (client, decision) = try await req.authorizedDecision(for: .decision(.excuseEvaluation))
        let input = try req.content.decode(NoEvaluationInput.self)
        return try await onDecisionPage(req, client, decision) {
            try await NoEvaluationStore.record(input, decision: decision, by: try req.requireUser(), on: req)
        } keep: { page, failure in
            page.noEvaluation = (input, failure)
        }
    }
}
