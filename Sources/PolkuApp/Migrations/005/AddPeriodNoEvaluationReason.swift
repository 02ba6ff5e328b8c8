import Fluent

/// After an interruption the worker may record why no evaluation is made (issue 11, item 2; decision 115). Periods
/// interrupted before have none: their evaluation is asked for as it was.
struct AddPeriodNoEvaluationReason: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Period.schema).field("no_evaluation_reason", .string).update()
        try await database.schema(Period.schema).field("no_evaluation_on", .string).update()
        try await database.schema(Period.schema).field("no_evaluation_by", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Period.schema).deleteField("no_evaluation_by").update()
        try await database.schema(Period.schema).deleteField("no_evaluation_on").update()
        try await database.schema(Period.schema).deleteField("no_evaluation_reason").update()
    }
}
