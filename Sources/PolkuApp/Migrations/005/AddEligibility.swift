import Fluent

/// The assessment's "not for everyone" findings and the decision's confirmation of them (decision 112).
struct AddEligibility: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Assessment.schema).field("eligibility_flags", .string, .required, .sql(.default(""))).update()
        try await database.schema(Decision.schema).field("eligibility_confirmation", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Assessment.schema).deleteField("eligibility_flags").update()
        try await database.schema(Decision.schema).deleteField("eligibility_confirmation").update()
    }
}
