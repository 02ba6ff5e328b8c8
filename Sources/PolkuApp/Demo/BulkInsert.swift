import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Inserts a batch of new models as one SQL statement, reading each model's fields once (decision 90).
///
/// Fluent's `create` reflects on every model four times (its fields, its timestamps twice, its input) and runs
/// the model middleware for each; for the generator's 900,000 rows that was 80 % of the time. This reads each
/// model's input once through Fluent's own `input(to:)`, so columns and encodings are exactly Fluent's; the
/// timestamps Fluent would set on create are filled with `now` where the model left them empty. No model
/// middleware runs: the one bulk load moves the data generation once (`DataGeneration.bulkLoad`). For the
/// generator only: every model must have its id set.
enum BulkInsert {
    static func insert<M: Model>(_ models: [M], now: Date, on db: any Database) async throws {
        guard let first = models.first else { return }
        guard let sql = db as? any SQLDatabase else { try await models.create(on: db); return }
        // Which fields are timestamps set on create, read from the first model once per batch.
        let stamped = Set(first.properties.compactMap { ($0 as? any StampedOnSave)?.keysStampedOnSave }.flatMap { $0 })
        var rows: [[FieldKey: DatabaseQuery.Value]] = []
        rows.reserveCapacity(models.count)
        for model in models {
            guard model.id != nil else { throw BulkInsertError(schema: M.schema) }
            let input = CollectedInput()
            model.input(to: input)
            var values = input.values
            for key in stamped where values[key] == nil || values[key].map(Self.isNull) == true { values[key] = .bind(now) }
            rows.append(values)
        }
        // Fields a model never set are left out of its INSERT, as Fluent does (the column's default applies):
        // rows that set the same fields share a statement.
        let byColumns = Dictionary(grouping: rows) { row in row.keys.map(\.description).sorted() }
        for group in byColumns.values {
            let columns = group[0].keys.sorted { $0.description < $1.description }
            let insert = sql.insert(into: M.schema).columns(columns.map { SQLIdentifier($0.description) })
            for row in group {
                insert.values(try columns.map { try Self.expression(row[$0] ?? .null) })
            }
            try await insert.run()
        }
    }

    private static func isNull(_ value: DatabaseQuery.Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    private static func expression(_ value: DatabaseQuery.Value) throws -> any SQLExpression {
        switch value {
        case .bind(let bound): return SQLBind(bound)
        case .null: return SQLLiteral.null
        case .enumCase(let string): return SQLBind(string)
        case .default: return SQLLiteral.default
        default: throw BulkInsertError(schema: "a value of kind \(value)")
        }
    }
}

struct BulkInsertError: Error, CustomStringConvertible {
    var schema: String
    var description: String { "bulk insert into \(schema): every model needs its id and plain values" }
}

/// Collects what a model gives Fluent as its input.
private final class CollectedInput: DatabaseInput {
    var values: [FieldKey: DatabaseQuery.Value] = [:]
    func set(_ value: DatabaseQuery.Value, at key: FieldKey) { values[key] = value }
}

/// A timestamp that Fluent sets when a record is created or updated (not a deletion time).
private protocol StampedOnSave {
    var keysStampedOnSave: [FieldKey] { get }
}

extension TimestampProperty: StampedOnSave {
    fileprivate var keysStampedOnSave: [FieldKey] { trigger == .delete ? [] : keys }
}
