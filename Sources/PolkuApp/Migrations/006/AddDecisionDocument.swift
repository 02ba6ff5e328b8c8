import Fluent

/// The administrative decision (issue 13, item 4): a decision's case number, the way it is notified, the legal
/// basis and the decision maker's title it printed; a user's title; and one counter of case numbers per organizer
/// and year (decisions 200–203). Decisions made before have none of them and print without a case number.
struct AddDecisionDocument: AsyncMigration {
    static let decisionColumns = ["case_number", "notification", "legal_basis", "decision_maker_title"]

    func prepare(on database: Database) async throws {
        // One column a statement: SQLite adds one at a time.
        for column in Self.decisionColumns {
            try await database.schema("decisions").field(.string(column), .string).update()
        }
        try await database.schema("users").field("title", .string).update()
        try await database.schema("case_number_counters")
            .field("organizer_id", .uuid, .required, .references("organizations", "id"))
            .field("year", .int, .required)
            .field("last_number", .int, .required)
            .unique(on: "organizer_id", "year")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("case_number_counters").delete()
        try await database.schema("users").deleteField("title").update()
        for column in Self.decisionColumns.reversed() {
            try await database.schema("decisions").deleteField(.string(column)).update()
        }
    }
}
