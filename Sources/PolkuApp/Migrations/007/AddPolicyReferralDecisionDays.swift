import Fluent

/// The organizer's target for deciding a referral (issue 13, item 6; decision 181). Existing policies get 14 days,
/// the value the front page started from.
struct AddPolicyReferralDecisionDays: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("policies").field("referral_decision_days", .int, .required, .sql(.default(14))).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("policies").deleteField("referral_decision_days").update()
    }
}
