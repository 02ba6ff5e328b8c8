import Fluent
import FluentSQL
import PolkuDomain
import Vapor

/// A page of the referrals the signed-in user may see: incoming (to be decided by the user's
/// organizer), sent by the user's organization, or both (the API), by state and client.
struct ReferralSearch: Sendable {
    enum View: String, CaseIterable {
        /// The organizer's queue: oldest first, as it is worked through.
        case incoming
        /// What the user's organization sent and what became of it: newest first.
        case sent
    }

    /// nil: everything the user may see (the API).
    var view: View?
    var state: ReferralState?
    var clientID: UUID?
    var page: Int = 1
    var perPage: Int = 25
    /// From the cursor of the page before or after (decision 80).
    var direction: PageDirection?
    /// nil: as the view goes (what was sent newest first, everything else oldest first).
    var newestFirst: Bool? = nil

    struct Result {
        var referrals: [Referral]
        var total: Int
        var next: PageCursor?
        var previous: PageCursor?
    }

    /// Reads `state`, `clientId`, `page`, `perPage` and `after` or `before` (and `view` on pages); a malformed one
    /// is a 400 naming it.
    static func from(_ req: Request, defaultView: View?) throws -> ReferralSearch {
        var parameters = QueryParameters(req)
        var search = ReferralSearch()
        search.view = defaultView
        if defaultView != nil, let view = parameters.choice("view", of: View.self) { search.view = view }
        search.state = parameters.choice("state", of: ReferralState.self)
        search.clientID = parameters.uuid("clientId")
        (search.page, search.perPage) = parameters.paging(defaultPerPage: 25)
        search.direction = parameters.pageDirection(keyCount: 2)
        for (name, cursor) in search.direction?.parameters ?? [] where order(ascending: true).values(cursor) == nil {
            parameters.noteCursor(name)
        }
        try parameters.finish()
        return search
    }

    func run(scope: ReferralScope?, on db: any Database) async throws -> Result {
        guard let scope, !scope.municipalities.isEmpty else { return Result(referrals: [], total: 0) }
        let query = Referral.query(on: db)
            .join(Client.self, on: \Referral.$client.$id == \Client.$id)
            .filter(Client.self, \.$municipalityCode ~~ Array(scope.municipalities))
        let own = scope.referrerOrganizationID
        switch view {
        case .incoming:
            query.filter(\.$organizer.$id ~~ Array(scope.organizerIDs))
        case .sent:
            guard let own else { return Result(referrals: [], total: 0) }
            query.filter(\.$referrerOrganization.$id == own)
        case nil:
            query.group(.or) { either in
                if let own { either.filter(\.$referrerOrganization.$id == own) }
                either.filter(\.$organizer.$id ~~ Array(scope.organizerIDs))
            }
        }
        if let state { query.filter(\.$state == state) }
        if let clientID { query.filter(\.$client.$id == clientID) }
        let total = try await query.count()
        let ascending = !(newestFirst ?? (view == .sent))
        let found = try await query.keysetPage(direction, page: page, perPage: perPage, order: Self.order(ascending: ascending))
        return Result(referrals: found.rows, total: total, next: found.next, previous: found.previous)
    }

    /// By the day received, then id: a cursor of exact values, which a stored time of day is not on every
    /// database (decision 80).
    static func order(ascending: Bool) -> KeysetOrder<Referral> {
        KeysetOrder(
            columns: [SQLColumn("received_on", table: Referral.schema), SQLColumn("id", table: Referral.schema)], ascending: ascending,
            sort: { query, direction in query.sort(\.$receivedOn, direction).sort(\.$id, direction) },
            cursor: { PageCursor(keys: [$0.receivedOn, $0.id?.uuidString ?? ""]) },
            values: { cursor in
                guard LocalDate(isoString: cursor.keys[0]) != nil, let id = UUID(uuidString: cursor.keys[1]) else { return nil }
                return [SQLBind(cursor.keys[0]), SQLBind(id)]
            })
    }
}
