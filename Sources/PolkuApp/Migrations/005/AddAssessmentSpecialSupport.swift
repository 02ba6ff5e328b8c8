import Fluent

/// The assessment says whether the client needs special support (decision 110); earlier ones did not say.
struct AddAssessmentSpecialSupport: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Assessment.schema).field("needs_special_support", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Assessment.schema).deleteField("needs_special_support").update()
    }
}
