import Fluent
import PolkuDomain
import Vapor

/// /api/v1/clients/{clientId}/achievements: the same rules, validation and audit as the pages, as JSON.
/// The client is authorized before the body is read.
struct AchievementsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.achievements.pathComponents, use: list)
        routes.post(APIRoute.Kind.achievements.pathComponents, use: create)
        routes.get(APIRoute.Kind.achievement.pathComponents, use: show)
        routes.put(APIRoute.Kind.achievement.pathComponents, use: update)
    }

    struct AchievementList: Content { var items: [AchievementDTO] }

    func list(req: Request) async throws -> AchievementList {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.read))
        let id = try client.requireID()
        let items = try await req.achievementViews(try await AchievementStore.all(of: id, on: req.db))
        try await req.audit(.achievementList, clients: [id])
        return AchievementList(items: items)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.write))
        let draft = try await req.validatedAchievement(try req.content.decode(AchievementInput.self), of: client)
        let achievement = try await AchievementStore.create(draft, clientID: try client.requireID(), authorID: try req.requireUser().requireID(), on: req)
        let response = try await req.achievementViews([achievement])[0].encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIRoute.achievement(client: try client.typedID, achievement: try achievement.typedID).path)
        return response
    }

    func show(req: Request) async throws -> AchievementDTO {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.read))
        let achievement = try await Achievement.find(try req.id(Achievement.self), of: try client.typedID, on: req.db)
        try await req.audit(.achievementRead, clients: [try client.requireID()])
        return try await req.achievementViews([achievement])[0]
    }

    func update(req: Request) async throws -> AchievementDTO {
        let (client, achievement, _) = try await AchievementsController.changeable(req)
        let input = try req.content.decode(AchievementInput.self)
        let draft = try await req.validatedAchievement(input, of: client, requireVersion: true)
        try await AchievementStore.update(achievement, with: draft, expectedVersion: input.version!, on: req)
        return try await req.achievementViews([achievement])[0]
    }
}
