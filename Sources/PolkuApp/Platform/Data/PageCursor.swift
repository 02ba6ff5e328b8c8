import Fluent
import FluentSQL
import Foundation

/// A place in a long list sorted by a few keys (keyset pagination, decision 80): the keys of the row a page
/// ends or starts at. The next page is read from the sort index right after it, however deep in the list, and
/// rows saved meanwhile neither repeat nor go missing as they would with an offset. It carries the keys
/// themselves, so the server looks nothing up by it, sealed (`QuerySeal`, decision 94): a link does not show
/// the name a page starts at, and a cursor made up by hand does not open.
struct PageCursor: Equatable, Sendable {
    var keys: [String]

    static let maxTokenLength = 1_000
    private static let separator: Character = "\u{1F}"

    init(keys: [String]) { self.keys = keys }

    /// Reads a token made by `token(_:)`; nil for anything else, or for a token with another number of keys.
    init?(token: String, keyCount: Int, seal: QuerySeal) {
        guard let text = seal.open(token, maxLength: Self.maxTokenLength) else { return nil }
        let keys = text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        guard keys.count == keyCount else { return nil }
        self.keys = keys
    }

    func token(_ seal: QuerySeal) -> String {
        seal.seal(keys.joined(separator: String(Self.separator)))
    }
}

/// Which way a keyset page goes from its cursor.
enum PageDirection: Sendable {
    /// The rows after the cursor (the next page).
    case after(PageCursor)
    /// The rows before the cursor (the previous page).
    case before(PageCursor)
    /// The rows after the one and before the other: a caller that gives both asks for the window between.
    case between(after: PageCursor, before: PageCursor)

    /// Each cursor with the query parameter it travels in.
    var parameters: [(name: String, cursor: PageCursor)] {
        switch self {
        case .after(let cursor): [("after", cursor)]
        case .before(let cursor): [("before", cursor)]
        case .between(let after, let before): [("after", after), ("before", before)]
        }
    }
}

/// One page of a list read by keyset (decision 80), with the cursors of the pages around it.
struct KeysetPage<Row> {
    var rows: [Row]
    var next: PageCursor?
    var previous: PageCursor?
}

/// How a list is sorted, for `QueryBuilder.keysetPage`: its key columns in sort order, all one way, the last
/// one unique.
struct KeysetOrder<Row: Model>: Sendable {
    var columns: [SQLColumn]
    var ascending: Bool
    /// Sorts a query by the keys, the given way.
    var sort: @Sendable (QueryBuilder<Row>, DatabaseQuery.Sort.Direction) -> Void
    /// A row's keys as a cursor.
    var cursor: @Sendable (Row) -> PageCursor
    /// A cursor's keys as values to compare with; nil if they are not keys of this list.
    var values: @Sendable (PageCursor) -> [any SQLExpression]?
}

extension QueryBuilder {
    /// The page after or before `direction`'s cursor, or without one page number `page` by offset. Reads one row
    /// more than a page to know whether more follow.
    func keysetPage(_ direction: PageDirection?, page: Int, perPage: Int, order: KeysetOrder<Model>) async throws -> KeysetPage<Model> {
        let forward: DatabaseQuery.Sort.Direction = order.ascending ? .ascending : .descending
        let backward: DatabaseQuery.Sort.Direction = order.ascending ? .descending : .ascending
        switch direction {
        case nil:
            order.sort(self, forward)
            range((page - 1) * perPage ..< page * perPage + 1)
        case .after(let cursor):
            filter(.sql(Self.beyond(cursor, order: order, forward: true)))
            order.sort(self, forward)
            limit(perPage + 1)
        case .before(let cursor):
            filter(.sql(Self.beyond(cursor, order: order, forward: false)))
            order.sort(self, backward)
            limit(perPage + 1)
        case .between(let after, let before):
            filter(.sql(Self.beyond(after, order: order, forward: true)))
            filter(.sql(Self.beyond(before, order: order, forward: false)))
            order.sort(self, forward)
            limit(perPage + 1)
        }
        let read = try await all()
        var rows = Array(read.prefix(perPage))
        let more = read.count > perPage
        let hasNext: Bool, hasPrevious: Bool
        switch direction {
        case nil: (hasNext, hasPrevious) = (more, page > 1)
        case .after, .between: (hasNext, hasPrevious) = (more, true)
        case .before: (hasNext, hasPrevious) = (true, more); rows.reverse()
        }
        return KeysetPage(rows: rows, next: hasNext ? rows.last.map(order.cursor) : nil,
                          previous: hasPrevious ? rows.first.map(order.cursor) : nil)
    }

    /// `(a, b) > (?, ?)` (or `<`) as one row comparison, which both databases answer by seeking in an index on
    /// the keys rather than reading the list from its start.
    private static func beyond(_ cursor: PageCursor, order: KeysetOrder<Model>, forward: Bool) -> any SQLExpression {
        let values = order.values(cursor) ?? []
        let greater = forward == order.ascending
        return SQLBinaryExpression(left: SQLGroupExpression(order.columns), op: greater ? SQLBinaryOperator.greaterThan : .lessThan,
                                   right: SQLGroupExpression(values))
    }
}
