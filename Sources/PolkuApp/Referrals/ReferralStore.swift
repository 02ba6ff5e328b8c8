import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Sending and deciding referrals: the organizer, the return mark, and the version check.
enum ReferralStore {
    /// The organizer serving the client's municipality on `day`, who receives the referral (decision 120).
    static func organizer(forMunicipality code: String, on day: LocalDate, db: any Database) async throws -> Organization? {
        try await Organizer.serving(code, on: day, db: db)
    }

    /// A client with an accepted referral, any period or an ending before comes back to the service
    /// (an ending can come without a period, e.g. after the assessment found another service first).
    static func isReturn(clientID: UUID, on db: any Database) async throws -> Bool {
        if try await Referral.query(on: db).filter(\.$client.$id == clientID).filter(\.$state == .accepted).count() > 0 {
            return true
        }
        if try await Period.query(on: db).filter(\.$client.$id == clientID).count() > 0 { return true }
        return try await Ending.isFormerClient(clientID, on: db)
    }

    /// A professional refers for their organization; a client refers themself (decision 108), to the organizer,
    /// which is then also the referral's organization.
    static func create(_ draft: ReferralDraft, for client: Client, on req: Request) async throws -> Referral {
        let user = try req.requireUser()
        let clientID = try client.requireID()
        let actor = try await req.principal()
        let isSelfReferral = Action.Me.askForService.isGranted(to: actor) && actor.ownClientID == clientID
        guard let organizer = try await organizer(forMunicipality: client.municipalityCode, on: req.today, db: req.db) else {
            // The data is fine, but no organizer serves the client's municipality.
            throw ValidationFailure([FieldProblem(field: "clientId", key: .errorNoOrganizer)], status: .conflict)
        }
        guard let referrerID = isSelfReferral ? try organizer.requireID() : user.$organization.id else { throw Abort(.forbidden) }
        let referral = Referral()
        referral.$client.id = clientID
        referral.$referrerOrganization.id = referrerID
        referral.$referrerUser.id = try user.requireID()
        referral.$organizer.id = try organizer.requireID()
        referral.reason = draft.reason
        referral.urgency = draft.urgency
        let referrer = try await Organization.find(referrerID, on: req.db)
        referral.source = isSelfReferral ? .selfReferral : draft.source ?? ReferralSource.usual(for: referrer?.kind)
        referral.consentToShare = draft.consentToShare
        referral.state = .received
        referral.receivedOn = req.today.isoString
        referral.isReturn = try await isReturn(clientID: clientID, on: req.db)
        referral.version = 1
        // The referral and its audit event commit together.
        try await req.auditedChange(.referralCreate) { tx in
            try await referral.create(on: tx)
            return ((), [clientID])
        }
        return referral
    }

    /// Records a decision only if nobody decided since `draft.version` was read and the referral may
    /// move to the new state; otherwise 409 and nothing changes.
    static func decide(_ referral: Referral, with draft: ReferralDecisionDraft, on req: Request) async throws {
        guard draft.version == referral.version else { throw VersionConflict(on: req) }
        guard referral.state.mayMove(to: draft.state) else { throw Abort(.conflict, reason: req.texts[.errorDecisionNotAllowed]) }
        guard let id = referral.id else { throw Abort(.internalServerError) }
        let now = req.now
        let today = req.today.isoString
        let deciderID = try req.requireUser().requireID()
        let state = referral.state, clientID = referral.$client.id
        let conflict = VersionConflict(on: req)
        // The decision and its audit event commit together; a stale one changes and records nothing.
        try await req.auditedChange(.referralDecide) { tx in
            guard let sql = tx as? any SQLDatabase else { throw Abort(.internalServerError) }
            let rows = try await sql.update("referrals")
                .set("state", to: draft.state.rawValue).set("decision_note", to: draft.note)
                .set("decided_on", to: today).set("decided_by_id", to: deciderID)
                .set("version", to: draft.version + 1).set("updated_at", to: now)
                // The state is checked too: two deciders who read the same version cannot both win.
                .where("id", .equal, id).where("version", .equal, draft.version).where("state", .equal, state.rawValue)
                .returning("id")
                .all()
            guard !rows.isEmpty else { throw conflict }
            return ((), [clientID])
        }
        referral.state = draft.state
        referral.decisionNote = draft.note
        referral.decidedOn = today
        referral.$decidedBy.id = deciderID
        referral.version = draft.version + 1
        referral.updatedAt = now
    }
}
