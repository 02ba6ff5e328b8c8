import Fluent

/// What matching needs from the assessment: the client's interests (coded like places' tasks), the
/// support level they need, and whether they need remote or hybrid activity.
struct UpdateAssessmentAddMatchingNeeds: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("assessments").field("interests", .string, .required, .sql(.default(""))).update()
        try await database.schema("assessments").field("support_need", .string).update()
        try await database.schema("assessments").field("needs_remote", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("assessments").deleteField("needs_remote").update()
        try await database.schema("assessments").deleteField("support_need").update()
        try await database.schema("assessments").deleteField("interests").update()
    }
}
