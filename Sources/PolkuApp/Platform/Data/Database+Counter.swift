import Fluent
import SQLKit

extension Database {
    /// Adds `amount` to `column` of the single row (id 1) of `table`: the audit chain's lock row and the data
    /// generation are such rows. Updating the row also takes its lock until the transaction ends.
    func incrementCounter(_ column: String, of table: String, by amount: Int64 = 1) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        try await sql.update(table)
            .set(SQLIdentifier(column), to: SQLBinaryExpression(SQLIdentifier(column), .add, SQLBind(amount)))
            .where("id", .equal, SQLBind(1))
            .run()
    }
}
