import Fluent
import PolkuDomain
import Vapor

/// Administrators keep each organizer's own texts as dated versions (`/admin/organizer-documents`, decision 123).
struct OrganizerDocumentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.requiring(.organizerDocument(.administer))
        admin.get(SiteRoute.Kind.adminDocuments.pathComponents, use: list)
        admin.post(SiteRoute.Kind.adminDocuments.pathComponents, use: create)
        admin.get(SiteRoute.Kind.adminDocumentNew.pathComponents, use: new)
        admin.get(SiteRoute.Kind.adminDocument.pathComponents, use: edit)
        admin.post(SiteRoute.Kind.adminDocument.pathComponents, use: update)
    }

    func list(req: Request) async throws -> Response {
        let documents = try await OrganizerDocument.query(on: req.db).with(\.$organizer).sort(\.$validFrom, .descending).all()
        return OrganizerDocumentListPage(documents: documents).render(on: req)
    }

    /// `?from=` starts the new version from an earlier one's texts.
    func new(req: Request) async throws -> Response {
        var parameters = QueryParameters(req)
        let from = parameters.uuid("from")
        try parameters.finish()
        var input = OrganizerDocumentInput(organizerId: try await Organizer.directory(on: req.db).choices.first?.id?.uuidString,
                                           kind: OrganizerDocumentKind.appealInstructions.rawValue)
        if let from, let earlier = try await OrganizerDocument.find(from, on: req.db) {
            input = OrganizerDocumentInput(earlier)
            input.version = nil
        }
        input.validFrom = FinnishFormat.date(req.today.adding(days: 1))
        return try await OrganizerDocumentFormPage(document: nil, input: input, failure: nil).render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let document = try await find(req)
        return try await OrganizerDocumentFormPage(document: document, input: OrganizerDocumentInput(document), failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(OrganizerDocumentInput.self)
        return try await req.saveForm {
            let valid = try input.validated(organizers: try await Organization.query(on: req.db).all())
            _ = try await OrganizerDocumentStore.create(valid, on: req)
            return req.redirect(to: SiteRoute.adminDocuments.path)
        } showAgain: { rejected in
            try await OrganizerDocumentFormPage(document: nil, input: input, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    func update(req: Request) async throws -> Response {
        let document = try await find(req)
        var input = try req.content.decode(OrganizerDocumentInput.self)
        // The organizer and the kind stay with the version whatever the form says.
        input.organizerId = document.$organizer.id.uuidString
        input.kind = document.kind.rawValue
        return try await req.saveForm {
            let valid = try input.validated(organizers: try await Organization.query(on: req.db).all())
            try await OrganizerDocumentStore.update(document, to: valid, expectedVersion: input.version ?? 0, on: req)
            return req.redirect(to: SiteRoute.adminDocuments.path)
        } showAgain: { rejected in
            try await OrganizerDocumentFormPage(document: document, input: input, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    private func find(_ req: Request) async throws -> OrganizerDocument {
        guard let document = try await OrganizerDocument.find(try req.id(OrganizerDocument.self), on: req.db) else { throw Abort(.notFound) }
        return document
    }
}
