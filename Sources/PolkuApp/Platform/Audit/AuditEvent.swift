import Fluent
import Vapor

/// One access to client data or one security-relevant act. Rows are only ever inserted;
/// each carries the hash of the previous one, so an edit or a deletion breaks the chain.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "sequence") var sequence: Int64
    @Field(key: "occurred_at") var occurredAt: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @OptionalField(key: "actor_role") var actorRole: String?
    @OptionalField(key: "organization_id") var organizationID: UUID?
    @OptionalField(key: "client_id") var clientID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "request_id") var requestID: String
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}
}
