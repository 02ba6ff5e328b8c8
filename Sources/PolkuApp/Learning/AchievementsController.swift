import Fluent
import PolkuDomain
import Vapor

/// The client's trainings and certificates: the list, the form to record one and the form to change one.
struct AchievementsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientAchievements.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientAchievements.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientAchievementNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.clientAchievementEdit.pathComponents, use: edit)
        routes.post(SiteRoute.Kind.clientAchievement.pathComponents, use: update)
    }

    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.read))
        guard let section = try await req.learningSection(of: client) else { throw Abort(.forbidden) }
        return AchievementListPage(clientID: try client.typedID, clientName: client.fullName, section: section).render(on: req)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.write))
        let choices = try await req.achievementChoices(client, try await AchievementPeriods.load(of: try client.requireID(), on: req.db))
        // The latest period the user may record about is the one the record is usually about.
        let input = AchievementInput(periodId: choices.periods.first?.value, gainedOn: FinnishFormat.date(req.today))
        return AchievementFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .create, input: input, choices: choices,
                                   failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.write))
        let id = try client.requireID()
        let input = try Self.formInput(req)
        do {
            let draft = try await req.validatedAchievement(input, of: client)
            _ = try await AchievementStore.create(draft, clientID: id, authorID: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.clientAchievements(try client.typedID).path)
        } catch let failure as ValidationFailure {
            let choices = try await req.achievementChoices(client, try await AchievementPeriods.load(of: id, on: req.db))
            return AchievementFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .create, input: input, choices: choices,
                                       failure: failure).render(on: req, status: failure.status)
        }
    }

    func edit(req: Request) async throws -> Response {
        let (client, achievement, periods) = try await Self.changeable(req)
        try await req.audit(.achievementRead, clients: [try client.requireID()])
        return AchievementFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .edit(try achievement.typedID),
                                   input: AchievementInput(achievement), choices: try await req.achievementChoices(client, periods),
                                   failure: nil).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let (client, achievement, periods) = try await Self.changeable(req)
        let input = try Self.formInput(req)
        let page = { (failure: ValidationFailure?, conflict: Bool) async throws in
            AchievementFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .edit(try achievement.typedID), input: input,
                                choices: try await req.achievementChoices(client, periods), failure: failure, conflict: conflict)
        }
        do {
            let draft = try await req.validatedAchievement(input, of: client)
            // A form without the version it was read at cannot prove it saw the latest save.
            guard let version = input.version else { throw VersionConflict(on: req) }
            try await AchievementStore.update(achievement, with: draft, expectedVersion: version, on: req)
            return req.redirect(to: SiteRoute.clientAchievements(try client.typedID).path)
        } catch let failure as ValidationFailure {
            return try await page(failure, false).render(on: req, status: failure.status)
        } catch let abort as any AbortError where abort.status == .conflict {
            return try await page(nil, true).render(on: req, status: .conflict)
        }
    }

    /// The client, the record and the client's periods, when the signed-in user may change the record as it is
    /// stored (a coach: one about a period at their own place).
    static func changeable(_ req: Request) async throws -> (Client, Achievement, AchievementPeriods) {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.write))
        let achievement = try await Achievement.find(try req.id(Achievement.self), of: try client.typedID, on: req.db)
        let periods = try await AchievementPeriods.load(of: try client.requireID(), on: req.db)
        try await req.require(.achievement(.write), on: periods.facts(client, period: achievement.$period.id))
        return (client, achievement, periods)
    }

    /// The form's empty choice of period and empty validity mean none.
    private static func formInput(_ req: Request) throws -> AchievementInput {
        var input = try req.content.decode(AchievementInput.self)
        if input.periodId?.isEmpty == true { input.periodId = nil }
        if input.validUntil?.trimmingCharacters(in: .whitespaces).isEmpty == true { input.validUntil = nil }
        return input
    }
}
