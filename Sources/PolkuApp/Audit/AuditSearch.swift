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
        var search = AuditSearch()
        var v = Validator()
        for name in ["clientId", "actorId"] {
            guard let raw = req.query[String.self, at: name], !raw.isEmpty else { continue }
            guard let id = UUID(uuidString: raw.trimmingCharacters(in: .whitespaces)) else { v.add(name, .errorUUID); continue }
            if name == "clientId" { search.clientID = id } else { search.actorID = id }
        }
        search.action = req.query[String.self, at: "action"] ?? ""
        for (name, range) in [("page", 1...100_000), ("perPage", 1...ClientSearch.maxPerPage)] {
            guard let raw = req.query[String.self, at: name], !raw.isEmpty else { continue }
            guard let value = Int(raw), range.contains(value) else {
                v.add(name, .errorNumberRange, ["min": "\(range.lowerBound)", "max": "\(range.upperBound)"]); continue
            }
            if name == "page" { search.page = value } else { search.perPage = value }
        }
        if !v.problems.isEmpty { throw BadQuery(problems: v.problems) }
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
