import Fluent
import PolkuDomain
import Vapor

/// Saving plans: the first version with the plan, each amendment as a new version. The plan's
/// version check and the new version's insert are one transaction, so two workers amending at
/// once get one amendment and one 409.
enum PlanStore {
    /// The plan, its first version and the audit event commit together.
    static func create(_ valid: PlanInput.Valid, for clientID: UUID, author: UUID, on req: Request) async throws -> Plan {
        try await req.auditedChange(.planCreate) { tx in
            let plan = Plan(clientID: clientID, kind: valid.kind)
            try await plan.create(on: tx)
            try await version(valid, number: 1, plan: plan, author: author).create(on: tx)
            return (plan, [clientID])
        }
    }

    static func amend(_ plan: Plan, with valid: PlanInput.Valid, expectedVersion: Int, author: UUID, on req: Request) async throws {
        let next = plan.currentNumber + 1
        let id = try plan.requireID(), clientID = plan.$client.id
        let amendment = try version(valid, number: next, plan: plan, author: author)
        // The amendment and its audit event commit together; a stale version saves and records nothing.
        try await req.versionedSave(.planAmend, table: Plan.schema, id: id, expectedVersion: expectedVersion,
                                    fields: [("current_number", next)], clients: [clientID]) { tx in
            try await amendment.create(on: tx)
        }
        plan.currentNumber = next
        plan.version = expectedVersion + 1
    }

    private static func version(_ valid: PlanInput.Valid, number: Int, plan: Plan, author: UUID) throws -> PlanVersion {
        let version = PlanVersion()
        version.$plan.id = try plan.requireID()
        version.number = number
        version.madeOn = valid.madeOn.isoString
        version.$author.id = author
        version.employmentParticipant = valid.employmentParticipant
        version.clientParticipated = valid.clientParticipated
        version.goalsJSON = String(decoding: try JSONEncoder().encode(valid.goals), as: UTF8.self)
        version.supportAndGuidance = valid.supportAndGuidance
        version.daysPerWeek = valid.schedule.daysPerWeek
        version.minutesPerDay = valid.schedule.minutesPerDay
        version.nextStepPlan = valid.nextStepPlan
        version.amendmentReason = valid.amendmentReason
        return version
    }
}
