import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Case numbers (diaarinumero, decision 200): one counter per organizer and year, moved by one statement inside
/// the transaction that saves the decision. The upsert takes the counter's row lock on PostgreSQL and runs on the
/// one writing connection on SQLite, so decisions made at once get consecutive numbers and none twice; a decision
/// that is not saved rolls its number back with it, so no number is given to nothing, and a number given is never
/// given again (the counter only moves forward).
enum CaseNumberStore {
    static let table = "case_number_counters"

    /// The next case number of `organizerID` in `year`, e.g. `KTT-2026-000123`. Call it inside the transaction
    /// that saves the decision.
    static func next(organizerID: UUID, year: Int, on db: any Database) async throws -> String {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "case numbers need an SQL database") }
        let row = try await sql.raw("""
            INSERT INTO \(ident: table) (organizer_id, year, last_number) VALUES (\(bind: organizerID), \(bind: year), 1)
            ON CONFLICT (organizer_id, year) DO UPDATE SET last_number = \(ident: table).last_number + 1
            RETURNING last_number
            """).first()
        guard let number = try row?.decode(column: "last_number", as: Int.self) else {
            throw Abort(.internalServerError, reason: "no case number")
        }
        return CaseNumber.format(year: year, number: number)
    }

    /// Sets the counters of `organizerID` to the numbers already given, per year (the demo's decisions).
    static func start(organizerID: UUID, at lastNumbers: [Int: Int], on db: any Database) async throws {
        guard !lastNumbers.isEmpty else { return }
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "case numbers need an SQL database") }
        let insert = sql.insert(into: table).columns("organizer_id", "year", "last_number")
        for (year, number) in lastNumbers.sorted(by: { $0.key < $1.key }) { insert.values(SQLBind(organizerID), SQLBind(year), SQLBind(number)) }
        try await insert.run()
    }
}
