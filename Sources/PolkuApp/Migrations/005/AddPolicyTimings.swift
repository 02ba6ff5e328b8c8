import Fluent

/// Every timing of the service is the organizer's dated policy (issue 11, item 5; decisions 113, 114). Existing
/// policies get the values that were constants until now, so nothing changes for them until an administrator does.
struct AddPolicyTimings: AsyncMigration {
    /// Column and the value it had as a constant.
    static let columns: [(String, Int)] = [
        ("min_period_months", 3), ("interim_from_percent", 50), ("final_window_days", 14), ("final_reminded_days_after_end", 90),
        ("first_follow_up_months", 3), ("second_follow_up_months", 6), ("next_step_reminder_days", 30),
        ("continuous_limit_reminder_days", 60), ("shop_steward_notice_reminder_days", 14), ("feedback_days_after_end", 60),
    ]

    func prepare(on database: Database) async throws {
        // One column a statement: SQLite alters a table one column at a time.
        for (column, value) in Self.columns {
            try await database.schema("policies").field(.string(column), .int, .required, .sql(.default(value))).update()
        }
    }

    func revert(on database: Database) async throws {
        for (column, _) in Self.columns.reversed() {
            try await database.schema("policies").deleteField(.string(column)).update()
        }
    }
}
