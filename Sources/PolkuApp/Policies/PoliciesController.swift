import Fluent
import PolkuDomain
import Vapor

/// Administrators keep each organizer's rules as dated policies (`/admin/policies`).
struct PoliciesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.requiring(.policy(.administer))
        admin.get(SiteRoute.Kind.adminPolicies.pathComponents, use: list)
        admin.post(SiteRoute.Kind.adminPolicies.pathComponents, use: create)
        admin.get(SiteRoute.Kind.adminPolicyNew.pathComponents, use: new)
        admin.get(SiteRoute.Kind.adminPolicy.pathComponents, use: edit)
        admin.post(SiteRoute.Kind.adminPolicy.pathComponents, use: update)
    }

    func list(req: Request) async throws -> Response {
        let records = try await PolicyRecord.query(on: req.db).with(\.$organizer).sort(\.$validFrom, .descending).all()
        return PolicyListPage(records: records).render(on: req)
    }

    func new(req: Request) async throws -> Response {
        let organizer = try await Organizer.directory(on: req.db).choices.first
        let today = req.today
        let form = PolicyForm(PolicyInput(.legalDefaults(validFrom: today), organizerID: organizer?.id, version: nil))
        return try await PolicyFormPage(id: nil, form: form, failure: nil).render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let record = try await find(req)
        let form = PolicyForm(PolicyInput(record.policy, organizerID: record.$organizer.id, version: record.version))
        return try await PolicyFormPage(id: try record.typedID, form: form, failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(PolicyForm.self)
        return try await req.saveForm {
            let (organizerID, policy) = try form.validated(organizers: try await Organization.query(on: req.db).all())
            if req.needsConfirmation { return Self.confirmation(policy, on: req) }
            _ = try await PolicyStore.create(policy, organizerID: organizerID, on: req)
            return req.redirect(to: SiteRoute.adminPolicies.path)
        } showAgain: { rejected in
            try await PolicyFormPage(id: nil, form: form, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    /// Publishing rules changes what every later decision and reminder follows: the page asks once (issue 13, item 3).
    private static func confirmation(_ policy: Policy, on req: Request) -> Response {
        let t = req.texts
        return ConfirmationPage(title: t[.confirmPolicyTitle],
                                consequences: [t(.confirmPolicy, ["date": FinnishFormat.date(policy.validFrom)]), t[.confirmPolicyNext]],
                                confirmLabel: t[.confirmPolicyButton], cancelHref: SiteRoute.adminPolicies.path).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let record = try await find(req)
        let form = try req.content.decode(PolicyForm.self)
        return try await req.saveForm {
            let (organizerID, policy) = try form.validated(organizers: try await Organization.query(on: req.db).all())
            if req.needsConfirmation { return Self.confirmation(policy, on: req) }
            try await PolicyStore.update(record, to: policy, organizerID: organizerID, expectedVersion: form.version ?? 0, on: req)
            return req.redirect(to: SiteRoute.adminPolicies.path)
        } showAgain: { rejected in
            try await PolicyFormPage(id: try record.typedID, form: form, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    private func find(_ req: Request) async throws -> PolicyRecord {
        guard let record = try await PolicyRecord.find(try req.id(PolicyRecord.self), on: req.db) else { throw Abort(.notFound) }
        return record
    }
}
