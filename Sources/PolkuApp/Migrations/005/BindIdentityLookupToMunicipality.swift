import Fluent
import SQLKit

/// `pic_lookup` becomes `<hmac>:<municipality code>` (decision 93): the column's unique constraint now allows
/// one record per person and municipality, so a code in use beyond a worker's reach no longer answers 409.
struct BindIdentityLookupToMunicipality: AsyncMigration {
    func prepare(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE clients SET pic_lookup = pic_lookup || ':' || municipality_code").run()
    }

    /// Left as it is: a person's records in two municipalities cannot share one unique lookup again. Going back
    /// to a version before this one means restoring a backup taken before it.
    func revert(on database: Database) async throws {}
}
