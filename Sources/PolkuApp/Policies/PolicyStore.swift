import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Saving policies: one organizer's policies may not overlap in time, and a change must name the
/// version it read. Decisions already made keep the schedule they were made with, so a change for
/// future dates leaves the past as it was. Every save and its audit event commit together, or neither does.
enum PolicyStore {
    static func create(_ policy: Policy, organizerID: UUID, on req: Request) async throws -> PolicyRecord {
        try await ensureNoOverlap(policy, organizerID: organizerID, except: nil, on: req.db)
        let record = PolicyRecord(organizerID: organizerID, policy: policy)
        try await req.auditedChange(.policyCreate) { tx in
            try await record.create(on: tx)
            return ((), [])
        }
        return record
    }

    static func update(_ record: PolicyRecord, to policy: Policy, organizerID: UUID, expectedVersion: Int, on req: Request) async throws {
        try await ensureNoOverlap(policy, organizerID: organizerID, except: record.id, on: req.db)
        record.apply(policy)
        record.$organizer.id = organizerID
        let id = try record.requireID(), fields = record.columns
        try await req.versionedSave(.policyUpdate, table: PolicyRecord.schema, id: id, expectedVersion: expectedVersion, fields: fields,
                                    clients: [])
        record.version = expectedVersion + 1
    }

    private static func ensureNoOverlap(_ policy: Policy, organizerID: UUID, except id: UUID?, on db: any Database) async throws {
        let others = try await PolicyRecord.query(on: db).filter(\.$organizer.$id == organizerID).all().filter { $0.id != id }
        if !PolicyBook.overlapping(others.map(\.policy) + [policy]).isEmpty {
            throw ValidationFailure([FieldProblem(field: "validFrom", key: .errorPolicyOverlap)], status: .conflict)
        }
    }
}
