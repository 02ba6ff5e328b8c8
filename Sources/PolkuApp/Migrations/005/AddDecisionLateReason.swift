import Fluent

/// A decision dated after its period's first day says why (decision 109).
struct AddDecisionLateReason: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Decision.schema).field("late_reason", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Decision.schema).deleteField("late_reason").update()
    }
}
