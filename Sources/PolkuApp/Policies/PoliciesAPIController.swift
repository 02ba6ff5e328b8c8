import Fluent
import PolkuDomain
import Vapor

/// /api/v1/policies: everyone signed in reads the rules. Administrators write them in the pages
/// (`PoliciesController`): their cross-field rules (a minimum not above its maximum, an end not
/// before the start) cannot be stated in the API contract, so the contract offers no write.
struct PoliciesAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.policies.pathComponents, use: list)
        routes.get(APIRoute.Kind.policy.pathComponents, use: show)
    }

    struct PolicyDTO: Content {
        var id: PolicyID
        var organizerId: OrganizationID
        var validFrom: String
        var validTo: String?
        var minDaysPerWeek: Int
        var maxDaysPerWeek: Int
        var minMinutesPerDay: Int
        var maxMinutesPerDay: Int
        var maxMinutesPerWeek: Int
        var usualPeriodMonths: Int
        var maxContinuousMonths: Int
        var breakMonths: Int
        var continuationPastMaximumAllowed: Bool
        var compensationCentsPerDay: Int
        var travelRules: String
        var minPeriodMonths: Int
        var interimFromPercent: Int
        var finalWindowDays: Int
        var finalRemindedDaysAfterEnd: Int
        var firstFollowUpMonths: Int
        var secondFollowUpMonths: Int
        var nextStepReminderDays: Int
        var continuousLimitReminderDays: Int
        var shopStewardNoticeReminderDays: Int
        var feedbackDaysAfterEnd: Int
        var referralDecisionDays: Int
        var version: Int

        init(_ record: PolicyRecord) throws {
            id = try record.typedID
            organizerId = record.$organizer.typedID
            validFrom = record.validFrom
            validTo = record.validTo
            minDaysPerWeek = record.minDaysPerWeek
            maxDaysPerWeek = record.maxDaysPerWeek
            minMinutesPerDay = record.minMinutesPerDay
            maxMinutesPerDay = record.maxMinutesPerDay
            maxMinutesPerWeek = record.maxMinutesPerWeek
            usualPeriodMonths = record.usualPeriodMonths
            maxContinuousMonths = record.maxContinuousMonths
            breakMonths = record.breakMonths
            continuationPastMaximumAllowed = record.continuationPastMaximumAllowed
            compensationCentsPerDay = record.compensationCentsPerDay
            travelRules = record.travelRules
            minPeriodMonths = record.minPeriodMonths
            interimFromPercent = record.interimFromPercent
            finalWindowDays = record.finalWindowDays
            finalRemindedDaysAfterEnd = record.finalRemindedDaysAfterEnd
            firstFollowUpMonths = record.firstFollowUpMonths
            secondFollowUpMonths = record.secondFollowUpMonths
            nextStepReminderDays = record.nextStepReminderDays
            continuousLimitReminderDays = record.continuousLimitReminderDays
            shopStewardNoticeReminderDays = record.shopStewardNoticeReminderDays
            feedbackDaysAfterEnd = record.feedbackDaysAfterEnd
            referralDecisionDays = record.referralDecisionDays
            version = record.version
        }
    }

    struct PolicyList: Content { var items: [PolicyDTO] }

    func list(req: Request) async throws -> PolicyList {
        var parameters = QueryParameters(req)
        let organizer = parameters.uuid("organizerId")
        try parameters.finish()
        let query = PolicyRecord.query(on: req.db).sort(\.$validFrom, .descending)
        if let organizer { query.filter(\.$organizer.$id == organizer) }
        return PolicyList(items: try await query.all().map(PolicyDTO.init))
    }

    func show(req: Request) async throws -> PolicyDTO {
        try PolicyDTO(try await find(req))
    }

    private func find(_ req: Request) async throws -> PolicyRecord {
        guard let record = try await PolicyRecord.find(try req.id(PolicyRecord.self), on: req.db) else { throw Abort(.notFound) }
        return record
    }
}
