import Fluent

/// The weekdays a decision names ("1,3,5", ISO numbers), so the place knows who is expected on which day.
/// Empty for decisions that leave the days to be agreed at the place, as all earlier decisions did.
struct UpdateDecisionAddWeekdays: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("decisions").field("weekdays", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("decisions").deleteField("weekdays").update()
    }
}
