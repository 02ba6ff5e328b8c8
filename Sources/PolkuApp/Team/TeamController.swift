import Fluent
import PolkuDomain
import Vapor

/// The team page: who works with the client, in which role, and who is responsible.
struct TeamController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.team.pathComponents, use: show)
        routes.post(SiteRoute.Kind.team.pathComponents, use: add)
        routes.post(SiteRoute.Kind.teamMemberRemove.pathComponents, use: remove)
        routes.post(SiteRoute.Kind.teamMemberResponsible.pathComponents, use: makeResponsible)
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .team(.read))
        try await req.audit(.teamRead, clients: [try client.requireID()])
        return try await page(req, client: client, input: TeamInput(), failure: nil)
    }

    func add(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .team(.change))
        var form = try req.content.decode(TeamForm.self)
        do {
            let member = try await form.input.member(for: try client.requireID(), on: req.db)
            try await TeamStore.add(member, on: req)
            return req.redirect(to: SiteRoute.team(try client.typedID).path)
        } catch let failure as ValidationFailure {
            form.isResponsible = form.isResponsible == "on" ? "on" : nil
            return try await page(req, client: client, input: form.input, failure: failure, status: failure.status)
        }
    }

    func remove(req: Request) async throws -> Response {
        let (client, member) = try await req.authorizedTeamMember(for: .team(.change))
        try await TeamStore.remove(member, on: req)
        return req.redirect(to: SiteRoute.team(try client.typedID).path)
    }

    func makeResponsible(req: Request) async throws -> Response {
        let (client, member) = try await req.authorizedTeamMember(for: .team(.change))
        do {
            try await TeamStore.makeResponsible(member, on: req)
        } catch let failure as ValidationFailure {
            // The team as it is, with the rule that keeps this member from being responsible.
            return try await page(req, client: client, input: TeamInput(), failure: failure, status: failure.status)
        }
        return req.redirect(to: SiteRoute.team(try client.typedID).path)
    }

    /// The active workers a team takes, by name: those who work with clients.
    private static func colleagues(on req: Request) async throws -> [(value: String, label: String)] {
        let t = req.texts
        let users = try await User.query(on: req.db).filter(\.$isActive == true)
            .filter(\.$role ~~ [.socialWorker, .socialCounsellor, .employmentSpecialist, .workCoach]).with(\.$organization).sort(\.$name).all()
        return users.map { user in
            (user.email, [user.name, t[user.role.textKey], user.organization?.name].compactMap { $0 }.joined(separator: " – "))
        }
    }

    private func page(_ req: Request, client: Client, input: TeamInput, failure: ValidationFailure?, status: HTTPStatus = .ok) async throws -> Response {
        return try TeamPage(client: client, members: try await TeamMemberDTO.team(of: try client.requireID(), on: req.db),
                        handovers: try await HandoverDTO.of(try client.requireID(), on: req.db), mayChange: try await req.permits(.team(.change), on: client.facts),
                        input: input, failure: failure, colleagues: try await Self.colleagues(on: req)).render(on: req, status: status)
    }
}
