import Fluent
import PolkuDomain
import Vapor

/// A page of clients within the signed-in user's reach, by name, exact identity code or municipality.
struct ClientSearch {
    var text: String = ""
    var municipalityCode: String = ""
    var page: Int = 1
    var perPage: Int = 25

    struct Result {
        var clients: [Client]
        var total: Int
    }

    /// Reads `q`, `municipalityCode`, `page` and `perPage`; a malformed one is a 400 naming it.
    static func from(_ req: Request) throws -> ClientSearch {
        var parameters = QueryParameters(req)
        var search = ClientSearch()
        search.text = parameters.text("q", maxLength: 200)
        search.municipalityCode = parameters.text("municipalityCode", maxLength: 200)
        (search.page, search.perPage) = parameters.paging(defaultPerPage: 25)
        try parameters.finish()
        return search
    }

    /// How many clients are within reach.
    static func count(scope: ListScope, on db: any Database) async throws -> Int {
        guard case .reach(let codes, let ids) = scope, !(codes.isEmpty && ids.isEmpty) else { return 0 }
        return try await Client.query(on: db).clients(inMunicipalities: codes, orAmong: ids).count()
    }

    func run(scope: ListScope, on req: Request) async throws -> Result {
        let query = Client.query(on: req.db)
        switch scope {
        case .none: return Result(clients: [], total: 0)
        case .reach(let codes, let ids):
            if codes.isEmpty && ids.isEmpty { return Result(clients: [], total: 0) }
            query.clients(inMunicipalities: codes, orAmong: ids)
        }
        if !municipalityCode.isEmpty { query.filter(\.$municipalityCode == municipalityCode) }
        if !text.isEmpty {
            if let code = try? PersonalIdentityCode(validating: text) {
                query.filter(\.$picLookup == req.application.fieldCrypto.lookupHash(code.value))
            } else {
                for word in text.lowercased().split(separator: " ") {
                    query.filter(\.$searchName ~~ String(word))
                }
            }
        }
        let total = try await query.count()
        let clients = try await query.sort(\.$searchName).sort(\.$id)
            .range((page - 1) * perPage ..< page * perPage).all()
        return Result(clients: clients, total: total)
    }
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

    static func names(on db: any Database) async throws -> [String: String] {
        Dictionary(try await all(on: db).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}
