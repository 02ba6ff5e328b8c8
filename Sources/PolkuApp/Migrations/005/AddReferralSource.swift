import Fluent
import SQLKit

/// Every referral records where it comes from (decision 107). Earlier ones get what their referrer's
/// organization usually sends: employment services from employment services, the others adult social work.
struct AddReferralSource: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Referral.schema).field("source", .string, .required, .sql(.default("other"))).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            UPDATE referrals SET source = CASE
                WHEN referrer_organization_id IN (SELECT id FROM organizations WHERE kind = 'employmentServices') THEN 'employmentServices'
                WHEN referrer_organization_id IN (SELECT id FROM organizations WHERE kind IN ('county', 'area', 'municipality')) THEN 'adultSocialWork'
                ELSE 'other' END
            """).run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Referral.schema).deleteField("source").update()
    }
}
