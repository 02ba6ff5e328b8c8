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

    struct Result {
        var events: [AuditEvent]
        /// The clients of each event that names several (decision 132); with `municipalities`, only those of them.
        var clients: [Int64: [UUID]]
        var total: Int
    }

    /// `municipalities`: only events about clients of these municipalities (nil: every event).
    func run(on db: any Database, municipalities: Set<String>? = nil) async throws -> Result {
        let query = AuditEvent.query(on: db)
        if let municipalities {
            guard !municipalities.isEmpty else { return Result(events: [], clients: [:], total: 0) }
            query.filter(AuditEventClients.namingClientsOf(municipalities))
        }
        if let clientID { query.filter(AuditEventClients.naming(clientID)) }
        if let actorID { query.filter(\.$actorID == actorID) }
        if !action.isEmpty { query.filter(\.$action == action) }
        let total = try await query.count()
        let events = try await query.sort(\.$sequence, .descending).range((page - 1) * perPage ..< page * perPage).all()
        var clients = try await AuditEventClients.of(events, on: db)
        clients = clients.filter { sequence, _ in events.contains { $0.sequence == sequence } }
        if let municipalities {
            // Someone who searches within a reach sees no identifier of a client beyond it.
            let named = Array(Set(clients.values.joined()))
            let within = named.isEmpty ? [] : Set(try await Client.query(on: db).filter(\.$id ~~ named)
                .filter(\.$municipalityCode ~~ Array(municipalities)).all(\.$id))
            clients = clients.mapValues { $0.filter(within.contains) }
        }
        return Result(events: events, clients: clients, total: total)
    }
}
