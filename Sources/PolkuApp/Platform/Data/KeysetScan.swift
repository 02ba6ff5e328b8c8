import Foundation
import SQLKit

/// Reads a whole table a chunk at a time, in the order of its `id`: a query per chunk, each starting after the
/// last id of the one before. A scan of the county's quarter of a million evaluations read at once held 200 MB
/// until it ended, because the driver hands rows over faster than they are used.
enum KeysetScan {
    /// Hands every row of `table` (its `columns` and `id`) to `body`; returns how many there were.
    @discardableResult
    static func rows(of table: String, columns: [String], chunk: Int = 5_000, on sql: any SQLDatabase,
                     _ body: (any SQLRow) throws -> Void) async throws -> Int {
        precondition(chunk > 0)
        var after: UUID?
        var total = 0
        while true {
            var query = sql.select().column("id").columns(columns.map { SQLIdentifier($0) }).from(table)
            if let after { query = query.where("id", .greaterThan, SQLBind(after)) }
            let rows = try await query.orderBy("id").limit(chunk).all()
            for row in rows { try body(row) }
            total += rows.count
            guard rows.count == chunk, let last = rows.last else { return total }
            after = try last.decode(column: "id", as: UUID.self)
        }
    }
}
