import Fluent
import PolkuDomain
import Vapor

/// The plan pages: make a plan, read it with its history, amend it.
struct PlansController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.planNew.pathComponents, use: new)
        routes.post(SiteRoute.plans.pathComponents, use: create)
        routes.get(SiteRoute.plan.pathComponents, use: show)
        routes.get(SiteRoute.planAmend.pathComponents, use: amendForm)
        routes.post(SiteRoute.plan.pathComponents, use: amend)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.uuidParameter("clientID"), for: .plan(.create))
        var form = PlanForm()
        form.madeOn = FinnishFormat.date(LocalDate(req.now, in: .helsinki))
        form.kind = PlanKind.activationPlan.rawValue
        form.clientParticipated = "on"
        return try PlanFormPage(client: client, planID: nil, form: form, failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.uuidParameter("clientID"), for: .plan(.create))
        let form = try req.content.decode(PlanForm.self)
        do {
            let valid = try form.validated(isAmendment: false, book: try await Organizer.book(for: client, on: req.today, db: req.db))
            let plan = try await PlanStore.create(valid, for: try client.requireID(), author: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.plan.path(try client.requireID(), try plan.requireID()))
        } catch let failure as ValidationFailure {
            return try PlanFormPage(client: client, planID: nil, form: form, failure: failure).render(on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.read))
        try await req.audit(.planRead, clients: [try client.requireID()])
        return PlanPage(client: client, plan: try await PlanView.load(plan, on: req.db),
                        mayAmend: try await req.permits(.plan(.amend), on: client.facts)).render(on: req)
    }

    func amendForm(req: Request) async throws -> Response {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.amend))
        try await req.audit(.planRead, clients: [try client.requireID()])
        let view = try await PlanView.load(plan, on: req.db)
        var form = view.current.map { PlanForm($0) } ?? PlanForm()
        form.madeOn = FinnishFormat.date(LocalDate(req.now, in: .helsinki))
        form.version = plan.version
        return try PlanFormPage(client: client, planID: plan.id, form: form, failure: nil).render(on: req)
    }

    func amend(req: Request) async throws -> Response {
        let (client, plan) = try await req.authorizedPlan(for: .plan(.amend))
        let form = try req.content.decode(PlanForm.self)
        do {
            let valid = try form.validated(isAmendment: true, book: try await Organizer.book(for: client, on: req.today, db: req.db))
            try await PlanStore.amend(plan, with: valid, expectedVersion: form.version ?? 0, author: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.plan.path(try client.requireID(), try plan.requireID()))
        } catch let failure as ValidationFailure {
            return try PlanFormPage(client: client, planID: plan.id, form: form, failure: failure).render(on: req, status: failure.status)
        } catch let abort as Abort where abort.status == .conflict {
            return try PlanFormPage(client: client, planID: plan.id, form: form, failure: nil, conflict: true).render(on: req, status: .conflict)
        }
    }
}

/// The plan form as people fill it in: hours rather than minutes, Finnish dates, a checkbox.
struct PlanForm: Content {
    var kind: String?
    var madeOn: String?
    var employmentParticipant: String?
    var clientParticipated: String?
    var goals: [PlanFormGoal]?
    var supportAndGuidance: String?
    var daysPerWeek: String?
    var hoursPerDay: String?
    var nextStepPlan: String?
    var amendmentReason: String?
    var version: Int?

    /// Goal slots on the form; a slot left empty is ignored.
    static let goalSlots = 3

    init() {}

    init(_ version: PlanView.Version) {
        madeOn = LocalDate(isoString: version.madeOn).map(FinnishFormat.date)
        employmentParticipant = version.employmentParticipant
        clientParticipated = version.clientParticipated ? "on" : nil
        goals = version.goals.map(PlanFormGoal.init)
        supportAndGuidance = version.supportAndGuidance
        daysPerWeek = "\(version.daysPerWeek)"
        hoursPerDay = PolicyForm.hours(version.minutesPerDay)
        nextStepPlan = version.nextStepPlan
    }

    /// Checked as the API's input, the hours in minutes. A number the form cannot read is left out and noted
    /// under the API's name, so that the page says why next to the field and keeps what was typed.
    func validated(isAmendment: Bool, book: PolicyBook) throws -> PlanInput.Valid {
        var numbers = Validator()
        let days = numbers.integer("daysPerWeek", text: daysPerWeek, in: Schedule.daysPerWeekRange)
        let minutes = numbers.minutes("minutesPerDay", hours: hoursPerDay, in: Schedule.minutesPerDayRange)
        // Numbered as the API numbers them, among the goals written; a weight left empty is the default.
        let written = (goals ?? []).filter { !$0.goal.isEmpty }
        let weighted = written.enumerated().map { index, typed in
            var goal = typed.goal
            goal.weight = numbers.integer("goals[\(index)].weight", text: typed.weight, in: GoalAttainment.weights)
            return goal
        }
        let input = PlanInput(kind: kind, madeOn: madeOn, employmentParticipant: employmentParticipant, clientParticipated: clientParticipated == "on",
                              goals: goals == nil ? nil : weighted, supportAndGuidance: supportAndGuidance, daysPerWeek: days,
                              minutesPerDay: minutes, nextStepPlan: nextStepPlan, amendmentReason: amendmentReason, version: version)
        return try input.validated(isAmendment: isAmendment, book: book, noted: numbers.problems)
    }

    /// The form's name for a field the validation names: `goals[0].text` → `goals[0][text]`, minutes → hours.
    static func formField(_ field: String) -> String {
        if field == "minutesPerDay" { return "hoursPerDay" }
        guard let dot = field.firstIndex(of: "."), field.hasPrefix("goals[") else { return field }
        return String(field[..<dot]) + "[" + field[field.index(after: dot)...] + "]"
    }
}
