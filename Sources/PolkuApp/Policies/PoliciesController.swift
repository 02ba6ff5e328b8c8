import Fluent
import PolkuDomain
import Vapor

/// Administrators keep each organizer's rules as dated policies (`/admin/policies`).
struct PoliciesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.requiring(.policy(.administer))
        admin.get(SiteRoute.adminPolicies.pathComponents, use: list)
        admin.post(SiteRoute.adminPolicies.pathComponents, use: create)
        admin.get(SiteRoute.adminPolicyNew.pathComponents, use: new)
        admin.get(SiteRoute.adminPolicy.pathComponents, use: edit)
        admin.post(SiteRoute.adminPolicy.pathComponents, use: update)
    }

    func list(req: Request) async throws -> Response {
        let records = try await PolicyRecord.query(on: req.db).with(\.$organizer).sort(\.$validFrom, .descending).all()
        return PolicyListPage(records: records).render(on: req)
    }

    func new(req: Request) async throws -> Response {
        let organizer = try await Organizer.directory(on: req.db).choices.first
        let today = LocalDate(req.now, in: .helsinki)
        let form = PolicyForm(PolicyInput(.legalDefaults(validFrom: today), organizerID: organizer?.id, version: nil))
        return try await PolicyFormPage(id: nil, form: form, failure: nil).render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let record = try await find(req)
        let form = PolicyForm(PolicyInput(record.policy, organizerID: record.$organizer.id, version: record.version))
        return try await PolicyFormPage(id: record.id, form: form, failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(PolicyForm.self)
        do {
            let (organizerID, policy) = try form.validated(organizers: try await Organization.query(on: req.db).all())
            _ = try await PolicyStore.create(policy, organizerID: organizerID, on: req)
            return req.redirect(to: SiteRoute.adminPolicies.path)
        } catch let failure as ValidationFailure {
            return try await PolicyFormPage(id: nil, form: form, failure: failure).render(on: req, status: failure.status)
        }
    }

    func update(req: Request) async throws -> Response {
        let record = try await find(req)
        let form = try req.content.decode(PolicyForm.self)
        do {
            let (organizerID, policy) = try form.validated(organizers: try await Organization.query(on: req.db).all())
            try await PolicyStore.update(record, to: policy, organizerID: organizerID, expectedVersion: form.version ?? 0, on: req)
            return req.redirect(to: SiteRoute.adminPolicies.path)
        } catch let failure as ValidationFailure {
            return try await PolicyFormPage(id: record.id, form: form, failure: failure).render(on: req, status: failure.status)
        } catch let abort as Abort where abort.status == .conflict {
            return try await PolicyFormPage(id: record.id, form: form, failure: nil, conflict: true).render(on: req, status: .conflict)
        }
    }

    private func find(_ req: Request) async throws -> PolicyRecord {
        guard let record = try await PolicyRecord.find(try req.uuidParameter("policyID"), on: req.db) else { throw Abort(.notFound) }
        return record
    }
}

/// The policy form as people fill it in: hours (7,5) rather than minutes, euros (9,00) rather than cents.
struct PolicyForm: Content {
    var organizerId: String?
    var validFrom: String?
    var validTo: String?
    var minDaysPerWeek: String?
    var maxDaysPerWeek: String?
    var minHoursPerDay: String?
    var maxHoursPerDay: String?
    var maxHoursPerWeek: String?
    var usualPeriodMonths: String?
    var maxContinuousMonths: String?
    var breakMonths: String?
    var continuationPastMaximumAllowed: String?
    var compensationPerDay: String?
    var travelRules: String?
    var minPeriodMonths: String?
    var interimFromPercent: String?
    var finalWindowDays: String?
    var finalRemindedDaysAfterEnd: String?
    var firstFollowUpMonths: String?
    var secondFollowUpMonths: String?
    var nextStepReminderDays: String?
    var continuousLimitReminderDays: String?
    var shopStewardNoticeReminderDays: String?
    var feedbackDaysAfterEnd: String?
    var version: Int?

    /// The minimum period length and the timings: whole numbers named as in the API (decisions 113, 114).
    static let timingFields: [(field: String, range: ClosedRange<Int>)] =
        [("minPeriodMonths", PolicyInput.periodMonthsRange)] + PolicyInput.timingFields

    func timing(_ field: String) -> String? {
        switch field {
        case "minPeriodMonths": minPeriodMonths
        case "interimFromPercent": interimFromPercent
        case "finalWindowDays": finalWindowDays
        case "finalRemindedDaysAfterEnd": finalRemindedDaysAfterEnd
        case "firstFollowUpMonths": firstFollowUpMonths
        case "secondFollowUpMonths": secondFollowUpMonths
        case "nextStepReminderDays": nextStepReminderDays
        case "continuousLimitReminderDays": continuousLimitReminderDays
        case "shopStewardNoticeReminderDays": shopStewardNoticeReminderDays
        case "feedbackDaysAfterEnd": feedbackDaysAfterEnd
        default: nil
        }
    }

    init(_ input: PolicyInput) {
        organizerId = input.organizerId?.uuidString
        validFrom = input.validFrom.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date)
        validTo = input.validTo.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date)
        minDaysPerWeek = input.minDaysPerWeek.map(String.init)
        maxDaysPerWeek = input.maxDaysPerWeek.map(String.init)
        minHoursPerDay = input.minMinutesPerDay.map(Self.hours)
        maxHoursPerDay = input.maxMinutesPerDay.map(Self.hours)
        maxHoursPerWeek = input.maxMinutesPerWeek.map(Self.hours)
        usualPeriodMonths = input.usualPeriodMonths.map(String.init)
        maxContinuousMonths = input.maxContinuousMonths.map(String.init)
        breakMonths = input.breakMonths.map(String.init)
        continuationPastMaximumAllowed = input.continuationPastMaximumAllowed == true ? "on" : nil
        compensationPerDay = input.compensationCentsPerDay.map { FinnishFormat.decimal(Double($0) / 100, fractionDigits: 2) }
        travelRules = input.travelRules
        version = input.version
        minPeriodMonths = input.minPeriodMonths.map(String.init)
        interimFromPercent = input.interimFromPercent.map(String.init)
        finalWindowDays = input.finalWindowDays.map(String.init)
        finalRemindedDaysAfterEnd = input.finalRemindedDaysAfterEnd.map(String.init)
        firstFollowUpMonths = input.firstFollowUpMonths.map(String.init)
        secondFollowUpMonths = input.secondFollowUpMonths.map(String.init)
        nextStepReminderDays = input.nextStepReminderDays.map(String.init)
        continuousLimitReminderDays = input.continuousLimitReminderDays.map(String.init)
        shopStewardNoticeReminderDays = input.shopStewardNoticeReminderDays.map(String.init)
        feedbackDaysAfterEnd = input.feedbackDaysAfterEnd.map(String.init)
    }

    /// Checked as the API's input: hours in minutes, euros in cents. A number the form cannot read is left out
    /// and noted under the API's name, so that the page says why next to the field and keeps what was typed.
    func validated(organizers: [Organization]) throws -> (organizerID: UUID, policy: Policy) {
        var numbers = Validator()
        var input = PolicyInput(.legalDefaults(validFrom: LocalDate(year: 2000, month: 1, day: 1)!), organizerID: nil, version: version)
        input.organizerId = organizerId.flatMap(UUID.init(uuidString:))
        input.validFrom = validFrom
        input.validTo = validTo
        input.minDaysPerWeek = numbers.integer("minDaysPerWeek", text: minDaysPerWeek, in: Schedule.daysPerWeekRange)
        input.maxDaysPerWeek = numbers.integer("maxDaysPerWeek", text: maxDaysPerWeek, in: Schedule.daysPerWeekRange)
        input.minMinutesPerDay = numbers.minutes("minMinutesPerDay", hours: minHoursPerDay, in: Schedule.minutesPerDayRange)
        input.maxMinutesPerDay = numbers.minutes("maxMinutesPerDay", hours: maxHoursPerDay, in: Schedule.minutesPerDayRange)
        input.maxMinutesPerWeek = numbers.minutes("maxMinutesPerWeek", hours: maxHoursPerWeek, in: Schedule.minutesPerWeekRange)
        input.usualPeriodMonths = numbers.integer("usualPeriodMonths", text: usualPeriodMonths, in: PolicyInput.periodMonthsRange)
        input.maxContinuousMonths = numbers.integer("maxContinuousMonths", text: maxContinuousMonths, in: PolicyInput.continuousMonthsRange)
        input.breakMonths = numbers.integer("breakMonths", text: breakMonths, in: PolicyInput.periodMonthsRange)
        input.continuationPastMaximumAllowed = continuationPastMaximumAllowed == "on"
        input.compensationCentsPerDay = numbers.cents("compensationCentsPerDay", euros: compensationPerDay, in: PolicyInput.compensationRange)
        input.travelRules = travelRules
        for (field, range) in Self.timingFields { input.setTiming(field, numbers.integer(field, text: timing(field), in: range)) }
        return try input.validated(organizers: organizers, noted: numbers.problems)
    }

    /// 450 minutes → "7,5"; 480 → "8"; 435 → "7,25".
    static func hours(_ minutes: Int) -> String {
        var text = FinnishFormat.decimal(Double(minutes) / 60, fractionDigits: 2)
        while text.hasSuffix("0") && text.contains(",") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }
}
