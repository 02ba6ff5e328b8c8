import Fluent
import Vapor

/// Admin search over the audit trail: by client, by actor, by action, newest first.
struct AuditSearch {
    var clientID: UUID?
    var actorID: UUID?
    var action: String = ""
    var page = 1
    var perPage = 50

    static func from(_ req: Request) throws -> AuditSearch {
        var parameters = QueryParameters(req)
        var search = AuditSearch()
        search.clientID = parameters.uuid("clientId")
        search.actorID = parameters.uuid("actorId")
        search.action = parameters.text("action", maxLength: 100)
        (search.page, search.perPage) = parameters.paging(defaultPerPage: 50)
        try parameters.finish()
        return search
    }

    /// `municipalities`: only events about clients of these municipalities (nil: every event).
    func run(on db: any Database, municipalities: Set<String>? = nil) async throws -> (events: [AuditEvent], total: Int) {
        let query = AuditEvent.query(on: db)
        if let municipalities {
            query.join(Client.self, on: \AuditEvent.$clientID == \Client.$id)
                .filter(Client.self, \.$municipalityCode ~~ Array(municipalities))
        }
        if let clientID { query.filter(\.$clientID == clientID) }
        if let actorID { query.filter(\.$actorID == actorID) }
        if !action.isEmpty { query.filter(\.$action == action) }
        let total = try await query.count()
        let events = try await query.sort(\.$sequence, .descending).range((page - 1) * perPage ..< page * perPage).all()
        return (events, total)
    }
}
