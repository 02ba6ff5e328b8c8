import Fluent
import PolkuDomain
import Vapor

/// Organizations, users and the audit trail, for admins only.
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.requiring(.organization(.administer))
        let accounts = routes.requiring(.user(.administer))
        let trail = routes.requiring(.audit(.searchEverything))
        admin.get(SiteRoute.Kind.adminOrganizations.pathComponents, use: organizations)
        admin.post(SiteRoute.Kind.adminOrganizations.pathComponents, use: createOrganization)
        admin.get(SiteRoute.Kind.adminOrganizationNew.pathComponents, use: newOrganization)
        admin.get(SiteRoute.Kind.adminOrganization.pathComponents, use: editOrganization)
        admin.post(SiteRoute.Kind.adminOrganization.pathComponents, use: updateOrganization)
        accounts.get(SiteRoute.Kind.adminUsers.pathComponents, use: users)
        accounts.post(SiteRoute.Kind.adminUsers.pathComponents, use: createUser)
        accounts.get(SiteRoute.Kind.adminUserNew.pathComponents, use: newUser)
        accounts.get(SiteRoute.Kind.adminUser.pathComponents, use: editUser)
        accounts.post(SiteRoute.Kind.adminUser.pathComponents, use: updateUser)
        trail.get(SiteRoute.Kind.adminAudit.pathComponents, use: audit)
    }

    // MARK: Organizations

    func organizations(req: Request) async throws -> Response {
        OrganizationListPage(organizations: try await Organization.query(on: req.db).sort(\.$name).all()).render(on: req)
    }

    func newOrganization(req: Request) async throws -> Response {
        try await OrganizationFormPage(id: nil, input: OrganizationInput(kind: "provider"), failure: nil).render(on: req)
    }

    func editOrganization(req: Request) async throws -> Response {
        guard let org = try await Organization.find(try req.id(Organization.self), on: req.db) else { throw Abort(.notFound) }
        return try await OrganizationFormPage(id: try org.typedID, input: OrganizationInput(org), failure: nil).render(on: req)
    }

    func createOrganization(req: Request) async throws -> Response {
        try await saveOrganization(Organization(), req: req, action: .organizationCreate)
    }

    func updateOrganization(req: Request) async throws -> Response {
        guard let org = try await Organization.find(try req.id(Organization.self), on: req.db) else { throw Abort(.notFound) }
        return try await saveOrganization(org, req: req, action: .organizationUpdate)
    }

    private func saveOrganization(_ org: Organization, req: Request, action: AuditAction) async throws -> Response {
        let input = try req.content.decode(OrganizationInput.self)
        do {
            try input.apply(to: org, existing: try await Organization.query(on: req.db).all())
            // The organization, the coverage it changes and the audit event commit together.
            try await req.auditedChange(action) { tx in
                try await org.save(on: tx)
                try await OrganizationTree.recomputeCoverage(on: tx)
                return ((), [])
            }
            return req.redirect(to: SiteRoute.adminOrganizations.path)
        } catch let failure as ValidationFailure {
            return try await OrganizationFormPage(id: org.id.map(OrganizationID.init(rawValue:)), input: input, failure: failure).render(on: req, status: .unprocessableEntity)
        }
    }

    // MARK: Users

    func users(req: Request) async throws -> Response {
        let users = try await User.query(on: req.db).with(\.$organization).sort(\.$name).all()
        return UserListPage(users: users).render(on: req)
    }

    func newUser(req: Request) async throws -> Response {
        try await UserFormPage(id: nil, input: UserInput(role: Role.socialWorker.rawValue, language: "fi", isActive: "on"), failure: nil).render(on: req)
    }

    func editUser(req: Request) async throws -> Response {
        guard let user = try await User.find(try req.id(User.self), on: req.db) else { throw Abort(.notFound) }
        let input = UserInput(email: user.email, name: user.name, role: user.role.rawValue, organizationId: user.$organization.id?.uuidString,
                              language: user.language, isActive: user.isActive ? "on" : nil, title: user.title)
        return try await UserFormPage(id: try user.typedID, input: input, failure: nil, isClientAccount: Action.User.isClientAccount(user.role)).render(on: req)
    }

    func createUser(req: Request) async throws -> Response {
        try await saveUser(User(), isNew: true, req: req)
    }

    func updateUser(req: Request) async throws -> Response {
        guard let user = try await User.find(try req.id(User.self), on: req.db) else { throw Abort(.notFound) }
        try await req.require(.user(.administer), on: UserFacts(role: user.role))
        return try await saveUser(user, isNew: false, req: req)
    }

    private func saveUser(_ user: User, isNew: Bool, req: Request) async throws -> Response {
        var input = try req.content.decode(UserInput.self)
        do {
            try await input.apply(to: user, organizations: try await Organization.query(on: req.db).all(), isNew: isNew, on: req)
            // A new password, or a deactivated account: whoever held the old one is signed out everywhere.
            let signOut = !isNew && (input.changesPassword || !user.isActive)
            // The account, the sessions it ends and the audit event commit together.
            try await req.auditedChange(isNew ? .userCreate : .userUpdate) { tx in
                try await user.save(on: tx)
                if signOut { try await DatabaseSessions.endSessions(of: try user.requireID(), on: tx) }
                return ((), [])
            }
            return req.redirect(to: SiteRoute.adminUsers.path)
        } catch let failure as ValidationFailure {
            input.password = nil  // never echo a password back
            return try await UserFormPage(id: user.id.map(UserID.init(rawValue:)), input: input, failure: failure).render(on: req, status: .unprocessableEntity)
        }
    }

    // MARK: Audit trail

    func audit(req: Request) async throws -> Response {
        let search = try AuditSearch.from(req)
        let result = try await search.run(on: req.db)
        try await req.audit(.auditSearch)
        let entries = try await AccessLogEntry.describe(result.events, on: req.db)
        let users = try await User.query(on: req.db).sort(\.$name).all()
        return AuditPage(search: search, events: result.events, entries: entries, clients: result.clients, total: result.total,
                         users: users).render(on: req)
    }
}
