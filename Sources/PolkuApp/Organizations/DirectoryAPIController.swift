import Fluent
import PolkuDomain
import Vapor

/// Organizations for everyone signed in; the audit trail for admins.
struct DirectoryAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.organizations.pathComponents, use: organizations)
        routes.get(APIRoute.Kind.audit.pathComponents, use: audit)
    }

    struct OrganizationDTO: Content {
        var id: UUID
        var name: String
        var kind: Organization.Kind
        var parentId: UUID?
        var municipalityCode: String?
        var providerKind: Organization.ProviderKind?
        var organizationForm: Organization.OrganizationForm?
        var coveredMunicipalityCodes: [String]
        /// The days it organizes the service (decision 120).
        var organizesFrom: String?
        var organizesUntil: String?
    }

    struct OrganizationList: Content { var items: [OrganizationDTO] }

    func organizations(req: Request) async throws -> OrganizationList {
        let all = try await Organization.query(on: req.db).sort(\.$name).all()
        return OrganizationList(items: try all.map { org in
            OrganizationDTO(id: try org.requireID(), name: org.name, kind: org.kind, parentId: org.$parent.id,
                             municipalityCode: org.municipalityCode, providerKind: org.providerKind,
                             organizationForm: org.organizationForm, coveredMunicipalityCodes: org.coveredCodes.sorted(),
                             organizesFrom: org.organizesFrom, organizesUntil: org.organizesUntil)
        })
    }

    struct AuditEventDTO: Content {
        var sequence: Int64
        var occurredAt: Date
        var actorId: UUID?
        var actorRole: String?
        var organizationId: UUID?
        var clientId: UUID?
        /// The clients of an event that names several (decision 132); empty for any other.
        var clientIds: [UUID]
        var action: String
        var requestId: String
        var hash: String
    }

    struct AuditPage: Content {
        var items: [AuditEventDTO]
        var page: Int
        var perPage: Int
        var total: Int
    }

    func audit(req: Request) async throws -> AuditPage {
        let principal = try await req.principal()
        var municipalities: Set<String>?
        if try await !req.permits(.audit(.searchEverything)) {
            // Those who may read clients' access logs search the events of the clients within their reach.
            try await req.require(.audit(.search))
            guard case .reach(let codes, _) = ClientAccess.listScope(for: principal) else { throw Abort(.forbidden) }
            municipalities = codes
        }
        let search = try AuditSearch.from(req)
        let result = try await search.run(on: req.db, municipalities: municipalities)
        try await req.audit(.auditSearch)
        return AuditPage(items: result.events.map {
            AuditEventDTO(sequence: $0.sequence, occurredAt: $0.occurredAt, actorId: $0.actorID, actorRole: $0.actorRole,
                           organizationId: $0.organizationID, clientId: $0.clientID, clientIds: result.clients[$0.sequence] ?? [],
                           action: $0.action, requestId: $0.requestID, hash: $0.hash)
        }, page: search.page, perPage: search.perPage, total: result.total)
    }
}
extension Organization.Kind: Content {}
extension Organization.ProviderKind: Content {}
extension Organization.OrganizationForm: Content {}
