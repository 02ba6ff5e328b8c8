import Fluent
import PolkuDomain
import Vapor

/// /api/v1/organizer-documents: everyone signed in reads the organizers' own texts (decision 123). As with the
/// policies, administrators write them in the pages only.
struct OrganizerDocumentsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.organizerDocuments.pathComponents, use: list)
        routes.get(APIRoute.Kind.organizerDocument.pathComponents, use: show)
    }

    struct DocumentDTO: Content {
        var id: DocumentID
        var organizerId: OrganizationID
        var kind: OrganizerDocumentKind
        var validFrom: String
        /// The day before the next version of the same document begins; nil while none follows.
        var validUntil: String?
        var textFi: String
        var textSv: String
        var textEn: String
        var version: Int

        init(_ document: OrganizerDocument, next: OrganizerDocument?) throws {
            id = try document.typedID
            organizerId = document.$organizer.typedID
            kind = document.kind
            validFrom = document.validFrom
            validUntil = next.map { $0.firstDay.adding(days: -1).isoString }
            textFi = document.textFi
            textSv = document.textSv
            textEn = document.textEn
            version = document.version
        }
    }

    struct DocumentList: Content { var items: [DocumentDTO] }

    /// Newest first; `organizerId` and `kind` narrow the list.
    func list(req: Request) async throws -> DocumentList {
        var parameters = QueryParameters(req)
        let organizer = parameters.uuid("organizerId")
        let kind = parameters.choice("kind", of: OrganizerDocumentKind.self)
        try parameters.finish()
        let query = OrganizerDocument.query(on: req.db).sort(\.$validFrom, .descending)
        if let organizer { query.filter(\.$organizer.$id == organizer) }
        if let kind { query.filter(\.$kind == kind) }
        let documents = try await query.all()
        return DocumentList(items: try documents.map { try DocumentDTO($0, next: Self.next(after: $0, among: documents)) })
    }

    func show(req: Request) async throws -> DocumentDTO {
        guard let document = try await OrganizerDocument.find(try req.id(OrganizerDocument.self), on: req.db) else { throw Abort(.notFound) }
        let siblings = try await OrganizerDocument.query(on: req.db).filter(\.$organizer.$id == document.$organizer.id)
            .filter(\.$kind == document.kind).all()
        return try DocumentDTO(document, next: Self.next(after: document, among: siblings))
    }

    private static func next(after document: OrganizerDocument, among documents: [OrganizerDocument]) -> OrganizerDocument? {
        documents.filter { $0.$organizer.id == document.$organizer.id && $0.kind == document.kind && $0.validFrom > document.validFrom }
            .min { $0.validFrom < $1.validFrom }
    }
}
