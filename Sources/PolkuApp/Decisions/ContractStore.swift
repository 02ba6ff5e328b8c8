import Fluent
import PolkuDomain
import Vapor

enum ContractStore {
    /// Records acceptances if nobody saved the contract since `input.version`; otherwise 409 and nothing changes.
    /// The acceptances and their audit event commit together.
    static func accept(_ input: AcceptanceInput, decision: Decision, on req: Request) async throws {
        guard let period = try await Period.query(on: req.db).filter(\.$decision.$id == decision.requireID()).first(),
              let contract = try await Contract.query(on: req.db).filter(\.$period.$id == period.requireID()).first() else { throw Abort(.notFound) }
        try input.apply(to: contract, today: req.today)
        let id = try contract.requireID(), clientID = decision.$client.id, expectedVersion = input.version!
        let fields: [(String, any Encodable & Sendable)] = [
            ("client_accepted_on", contract.clientAcceptedOn), ("place_accepted_on", contract.placeAcceptedOn),
            ("place_accepted_by", contract.placeAcceptedBy), ("organizer_accepted_on", contract.organizerAcceptedOn),
            ("organizer_accepted_by", contract.organizerAcceptedBy),
        ]
        try await req.versionedSave(.contractAccept, table: Contract.schema, id: id, expectedVersion: expectedVersion,
                                    fields: fields, clients: [clientID])
    }

    /// Interrupts the decision's period with a reason, if it has not ended already.
    static func interrupt(decision: Decision, reason: String?, version: Int?, on req: Request) async throws {
        var v = Validator()
        let reason = v.longText("reason", reason, maxLength: DecisionsAPIController.InterruptionInput.maxReasonLength, required: true)
        if version == nil { v.add("version", .errorRequired) }
        try v.finish()
        guard let period = try await Period.query(on: req.db).filter(\.$decision.$id == decision.requireID()).first() else { throw Abort(.notFound) }
        guard period.recorded == .open else { throw Abort(.conflict, reason: req.texts[.errorPeriodNotOpen]) }
        let today = req.today.isoString
        let id = try period.requireID(), clientID = decision.$client.id, expectedVersion = version!
        let fields: [(String, any Encodable & Sendable)] = [
            ("status", PeriodRecord.interrupted.rawValue), ("interruption_reason", reason!), ("ends_on", min(today, period.endsOn)),
        ]
        // The interruption and its audit event commit together; a stale version changes and records nothing.
        try await req.versionedSave(.periodInterrupt, table: Period.schema, id: id, expectedVersion: expectedVersion,
                                    fields: fields, clients: [clientID])
    }
}
