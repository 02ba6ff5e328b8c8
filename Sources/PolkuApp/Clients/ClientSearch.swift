import Fluent
import FluentSQL
import PolkuDomain
import Vapor

/// A page of clients within the signed-in user's reach, by name, exact identity code or municipality.
struct ClientSearch: Sendable {
    var text: String = ""
    var municipalityCode: String = ""
    /// With a cursor only the page's number as shown; without one, the page read by offset (the API's `page`).
    var page: Int = 1
    var perPage: Int = 25
    /// From the cursor of the page before or after (decision 80).
    var direction: PageDirection?

    struct Result {
        var clients: [Client]
        var total: Int
        /// Where the page after and the page before begin, if there are any.
        var next: PageCursor?
        var previous: PageCursor?
    }

    static let maxTextLength = 200

    /// Reads `q` (the API) or `s` (a page's sealed search text), `municipalityCode`, `page`, `perPage` and `after`
    /// or `before`; a malformed one is a 400 naming it.
    static func from(_ req: Request) throws -> ClientSearch {
        var parameters = QueryParameters(req)
        var search = ClientSearch()
        search.text = parameters.text("q", maxLength: maxTextLength)
        if let sealed = parameters.raw("s") {
            if let text = req.application.querySeal.open(sealed), TextRules.length(text) <= maxTextLength {
                search.text = text.trimmingCharacters(in: .whitespaces)
            } else {
                parameters.note("s", .errorSearchLink)
            }
        }
        search.municipalityCode = parameters.text("municipalityCode", maxLength: 200)
        (search.page, search.perPage) = parameters.paging(defaultPerPage: 25)
        search.direction = parameters.pageDirection(keyCount: 2)
        for (name, cursor) in search.direction?.parameters ?? [] where order.values(cursor) == nil {
            parameters.noteCursor(name)
        }
        try parameters.finish()
        return search
    }

    /// How many clients are within reach.
    static func count(scope: ListScope, on db: any Database) async throws -> Int {
        guard case .reach(let codes, let ids) = scope, !(codes.isEmpty && ids.isEmpty) else { return 0 }
        return try await Client.query(on: db).clients(inMunicipalities: codes, orAmong: ids).count()
    }

    func run(scope: ListScope, on req: Request) async throws -> Result {
        guard case .reach(let codes, let ids) = scope, !(codes.isEmpty && ids.isEmpty) else { return Result(clients: [], total: 0) }
        let db = req.db
        let code = try? PersonalIdentityCode(validating: text)
        let picLookups = code == nil ? nil
            : req.application.fieldCrypto.identityLookups(code!.value, municipalities: try await req.municipalities().map(\.code))
        let matching = { @Sendable [self] () -> QueryBuilder<Client> in
            let query = Client.query(on: db).clients(inMunicipalities: codes, orAmong: ids)
            if !municipalityCode.isEmpty { query.filter(\.$municipalityCode == municipalityCode) }
            if let picLookups {
                query.filter(\.$picLookup ~~ picLookups)
            } else {
                for word in text.lowercased().split(separator: " ") {
                    query.filter(\.$searchName ~~ String(word))
                }
            }
            return query
        }
        // Counting a county's clients reads them all; without a search the count is kept per data generation.
        let total = text.isEmpty
            ? try await req.cached("clients.count|\(scope.cacheKey)|\(municipalityCode)") { try await matching().count() }
            : try await matching().count()
        let found = try await matching().keysetPage(direction, page: page, perPage: perPage, order: Self.order)
        return Result(clients: found.rows, total: total, next: found.next, previous: found.previous)
    }

    /// By name, then id (the `clients_name_id` index).
    static let order = KeysetOrder<Client>(
        columns: [SQLColumn("search_name", table: Client.schema), SQLColumn("id", table: Client.schema)], ascending: true,
        sort: { query, direction in query.sort(\.$searchName, direction).sort(\.$id, direction) },
        cursor: { PageCursor(keys: [$0.searchName, $0.id?.uuidString ?? ""]) },
        values: { cursor in UUID(uuidString: cursor.keys[1]).map { [SQLBind(cursor.keys[0]), SQLBind($0)] } })
}

extension QueryBuilder {
    /// Rows of clients within a reach (`ListScope.reach`): in one of the municipalities, or one of the clients
    /// named. On a query of clients, or of records joined with their client.
    @discardableResult
    func clients(inMunicipalities codes: Set<String>, orAmong ids: Set<UUID>) -> Self {
        group(.or) { reach in
            if !codes.isEmpty { reach.filter(Client.self, \.$municipalityCode ~~ Array(codes)) }
            if !ids.isEmpty { reach.filter(Client.self, \.$id ~~ Array(ids)) }
        }
    }
}

/// The municipalities of the organizer, by Statistics Finland code.
enum Municipalities {
    static func all(on db: any Database) async throws -> [(code: String, name: String)] {
        try await Organization.query(on: db).filter(\.$kind == .municipality).sort(\.$name).all()
            .compactMap { org in org.municipalityCode.map { (code: $0, name: org.name) } }
    }

    static func names(of all: [(code: String, name: String)]) -> [String: String] {
        Dictionary(all.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}

/// A municipality as the cache keeps it (a tuple is not `Sendable`).
private struct CachedMunicipality: Sendable {
    var code: String
    var name: String
}

extension Request {
    /// The organizer's municipalities, read once per data generation: nearly every page names them.
    func municipalities() async throws -> [(code: String, name: String)] {
        let db = self.db
        let all = try await cached("municipalities") {
            try await Municipalities.all(on: db).map { CachedMunicipality(code: $0.code, name: $0.name) }
        }
        return all.map { (code: $0.code, name: $0.name) }
    }

    /// The municipalities whose clients the signed-in user may record: those within their reach today, so that a
    /// county's worker is not offered a municipality that organizes the service itself (decision 122). `keeping`
    /// stays among them (the record's own, on an edit).
    func municipalitiesWithinReach(keeping kept: String? = nil) async throws -> [(code: String, name: String)] {
        let all = try await municipalities()
        guard case .reach(let codes, _) = ClientAccess.listScope(for: try await principal()) else { return all }
        return all.filter { codes.contains($0.code) || $0.code == kept }
    }

    func municipalityNames() async throws -> [String: String] {
        Municipalities.names(of: try await municipalities())
    }
}
