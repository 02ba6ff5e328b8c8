import Fluent
import PolkuDomain
import Vapor

/// The client's periods as the learning pages name them and the access decision sees them: "place, start–end",
/// and the provider of each period's place.
struct AchievementPeriods {
    /// Newest first, with their places.
    let periods: [Period]

    static func load(of clientID: UUID, on db: any Database) async throws -> AchievementPeriods {
        AchievementPeriods(periods: try await Period.query(of: clientID, on: db).with(\.$place).sort(\.$startsOn, .descending).all())
    }

    func period(_ id: UUID?) -> Period? {
        id.flatMap { id in periods.first { $0.id == id } }
    }

    func label(_ id: UUID?) -> String? {
        period(id).map(EndingPeriods.label)
    }

    /// The decision's facts about a record naming the period `id` (none: `.without`).
    func facts(_ client: Client, period id: UUID?) -> AchievementFacts {
        AchievementFacts(client: client.facts, period: Self.fact(of: period(id)))
    }

    /// What the decision sees of a period: its place's provider, or that there is none.
    static func fact(of period: Period?) -> AchievementPeriod {
        period.map { .at(provider: $0.place.$provider.id) } ?? .without
    }
}

/// What the form offers the signed-in user: the periods they may record about, and whether "no period".
struct AchievementChoices {
    var periods: [(value: String, label: String)]
    var allowsNoPeriod: Bool

    var isEmpty: Bool { periods.isEmpty && !allowsNoPeriod }
}

extension Request {
    /// Loads a client whose trainings and certificates the signed-in user may read or write, before any period is
    /// chosen (see `authorizedClient`).
    func authorizedClient(_ id: ClientID, for action: Action.Achievement) async throws -> Client {
        try await authorizedClient(id) { try await self.require(action, on: AchievementFacts(client: $0)) }
    }

    /// The periods the signed-in user may record about: every period for a worker, with "no period"; a coach's
    /// own places' periods only.
    func achievementChoices(_ client: Client, _ periods: AchievementPeriods) async throws -> AchievementChoices {
        var choices = AchievementChoices(periods: [], allowsNoPeriod: try await permits(.achievement(.write), on: periods.facts(client, period: nil)))
        for period in periods.periods {
            guard let id = period.id, try await permits(.achievement(.write), on: periods.facts(client, period: id)) else { continue }
            choices.periods.append((id.uuidString, EndingPeriods.label(period)))
        }
        return choices
    }

    /// The input checked field by field and its period decided, every problem at once: a coach who named no period
    /// hears it beside the other fields. A period of another client (409) is answered once the fields are right.
    func validatedAchievement(_ input: AchievementInput, of client: Client, requireVersion: Bool = false) async throws -> AchievementDraft {
        var problems: [FieldProblem] = []
        var status = HTTPStatus.unprocessableEntity
        var draft: AchievementDraft?
        do { draft = try input.validated(today: today, requireVersion: requireVersion) } catch let failure as ValidationFailure {
            problems = failure.problems
            status = failure.status
        }
        if !problems.contains(where: { $0.field == "periodId" }) {
            do {
                try await requireWriting(achievementOf: client, period: input.periodId.flatMap(UUID.init(uuidString:)))
            } catch let failure as ValidationFailure where !problems.isEmpty {
                if failure.status == .unprocessableEntity { problems += failure.problems; status = .unprocessableEntity }
            }
        }
        // Rules alone are 409, anything malformed makes it 422 (decision 217).
        guard let draft, problems.isEmpty else { throw ValidationFailure(problems, status: status) }
        return draft
    }

    /// Throws unless the signed-in user may record about the period `periodID` of the client: 409 naming `periodId`
    /// for another client's period, 422 naming it when the user must name a period (a coach) and named none, 403
    /// for a period at another provider's place.
    func requireWriting(achievementOf client: Client, period periodID: UUID?) async throws {
        let period = try await AchievementStore.period(periodID, of: try client.requireID(), on: db)
        let facts = AchievementFacts(client: client.facts, period: AchievementPeriods.fact(of: period))
        if period == nil, try await decision(.achievement(.write), on: facts) == .forbidden {
            throw ValidationFailure([FieldProblem(field: "periodId", key: .errorAchievementPeriodRequired)])
        }
        try await require(.achievement(.write), on: facts)
    }
}
