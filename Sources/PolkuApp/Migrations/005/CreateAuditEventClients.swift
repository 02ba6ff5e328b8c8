import Fluent

/// The clients of the audit events that name several (decision 132). Keyed by client first: the question asked
/// of it is "which events name this client" (who has seen my data).
struct CreateAuditEventClients: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(AuditEventClients.table)
            .field("client_id", .uuid, .required)
            .field("sequence", .int64, .required)
            .compositeIdentifier(over: "client_id", "sequence")
            .create()
        try await database.createIndex("audit_event_clients_sequence", on: AuditEventClients.table, columns: ["sequence"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(AuditEventClients.table).delete()
    }
}
