import Fluent
import PolkuDomain
import Vapor

/// One line of "who has seen my data" (law 703/2023 §11): when, who, in what role and organization, what.
struct AccessLogEntry: Content {
    var occurredAt: Date
    var actorName: String?
    var actorRole: String?
    var organizationName: String?
    var action: String

    /// The client's events, newest first, with names looked up once for all rows.
    static func forClient(_ clientID: UUID, limit: Int = 500, on db: any Database) async throws -> [AccessLogEntry] {
        let events = try await AuditEvent.query(on: db).filter(AuditEventClients.naming(clientID))
            .sort(\.$occurredAt, .descending).sort(\.$sequence, .descending).limit(limit).all()
        return try await describe(events, on: db)
    }

    static func describe(_ events: [AuditEvent], on db: any Database) async throws -> [AccessLogEntry] {
        let userIDs = Set(events.compactMap(\.actorID))
        let orgIDs = Set(events.compactMap(\.organizationID))
        let orgs = orgIDs.isEmpty ? [] : try await Organization.query(on: db).filter(\.$id ~~ Array(orgIDs)).all()
        let userNames = try await UserNames.of(Array(userIDs), on: db)
        let orgNames = Dictionary(orgs.compactMap { o in o.id.map { ($0, o.name) } }, uniquingKeysWith: { a, _ in a })
        return events.map { event in
            AccessLogEntry(occurredAt: event.occurredAt, actorName: event.actorID.flatMap { userNames[$0] },
                           actorRole: event.actorRole, organizationName: event.organizationID.flatMap { orgNames[$0] },
                           action: event.action)
        }
    }
}
