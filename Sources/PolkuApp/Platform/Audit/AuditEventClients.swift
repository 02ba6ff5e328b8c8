import Fluent
import FluentSQL
import Foundation
import PolkuDomain
import SQLKit

/// The clients of the audit events that name several at once (decision 132). A list or a front page shown is
/// one sealed event whose clients are listed here, one short row each: a view of 50 names used to be 50 sealed
/// events, which cost more than the rest of the page and grew the trail by a row per name on every view.
/// The event's hash covers its clients (`AuditChain.canonicalPayload`), so a row taken away or added here
/// breaks the chain just like an edited event.
enum AuditEventClients {
    static let table = "audit_event_clients"

    /// The rows of `events` that name several clients, in the caller's transaction.
    static func insert(_ events: [AuditRecord], rowsPerStatement: Int, on sql: any SQLDatabase) async throws {
        let rows = events.flatMap { event in event.clientIDs.map { (event.sequence, $0) } }
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let insert = sql.insert(into: table).columns("sequence", "client_id")
            for (sequence, clientID) in rows[start..<min(start + rowsPerStatement, rows.count)] {
                insert.values(SQLBind(sequence), SQLBind(clientID))
            }
            try await insert.run()
        }
    }

    /// The clients of each wide event from `first` to `last`.
    static func of(sequencesFrom first: Int64, to last: Int64, on db: any Database) async throws -> [Int64: [UUID]] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().columns("sequence", "client_id").from(table)
            .where("sequence", .greaterThanOrEqual, SQLBind(first)).where("sequence", .lessThanOrEqual, SQLBind(last)).all()
        var clients: [Int64: [UUID]] = [:]
        for row in rows {
            clients[try row.decode(column: "sequence", as: Int64.self), default: []].append(try row.decode(column: "client_id", as: UUID.self))
        }
        return clients
    }

    /// The clients of each of `events` that names several.
    static func of(_ events: [AuditEvent], on db: any Database) async throws -> [Int64: [UUID]] {
        let sequences = events.map(\.sequence)
        guard let first = sequences.min(), let last = sequences.max() else { return [:] }
        return try await of(sequencesFrom: first, to: last, on: db)
    }

    /// Events that name `clientID`, alone or among others.
    static func naming(_ clientID: UUID) -> DatabaseQuery.Filter {
        .sql(embed: """
            (\(ident: AuditEvent.schema).\(ident: "client_id") = \(bind: clientID) OR \(ident: AuditEvent.schema).\(ident: "sequence") IN \
            (SELECT \(ident: "sequence") FROM \(ident: table) WHERE \(ident: "client_id") = \(bind: clientID)))
            """)
    }

    /// Events that name a client of one of `municipalities`, alone or among others.
    static func namingClientsOf(_ municipalities: Set<String>) -> DatabaseQuery.Filter {
        let codes: [any Encodable & Sendable] = municipalities.sorted()
        return .sql(embed: """
            (\(ident: AuditEvent.schema).\(ident: "client_id") IN \
            (SELECT \(ident: "id") FROM \(ident: Client.schema) WHERE \(ident: "municipality_code") IN (\(binds: codes))) \
            OR \(ident: AuditEvent.schema).\(ident: "sequence") IN \
            (SELECT n.\(ident: "sequence") FROM \(ident: table) n JOIN \(ident: Client.schema) c ON c.\(ident: "id") = n.\(ident: "client_id") \
            WHERE c.\(ident: "municipality_code") IN (\(binds: codes))))
            """)
    }
}
