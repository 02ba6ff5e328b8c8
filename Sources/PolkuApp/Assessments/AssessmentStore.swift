import Fluent
import PolkuDomain
import Vapor

/// Saving assessments, and finding one of a client's. Every save and its audit event commit together,
/// or neither does.
enum AssessmentStore {
    static func create(_ draft: AssessmentDraft, clientID: UUID, authorID: UUID, on req: Request) async throws -> Assessment {
        let assessment = new(draft, clientID: clientID, authorID: authorID)
        try await req.auditedChange(.assessmentCreate) { tx in
            try await assessment.create(on: tx)
            return ((), [clientID])
        }
        return assessment
    }

    /// A new assessment of the client, not saved yet.
    static func new(_ draft: AssessmentDraft, clientID: UUID, authorID: UUID) -> Assessment {
        let assessment = Assessment()
        assessment.$client.id = clientID
        assessment.$author.id = authorID
        apply(draft, to: assessment)
        assessment.version = 1
        return assessment
    }

    /// Saves only if nobody else saved since `expectedVersion` was read; otherwise 409 and nothing changes.
    /// The author stays the one who assessed; the audit trail names who changed what.
    static func update(_ assessment: Assessment, with draft: AssessmentDraft, expectedVersion: Int, on req: Request) async throws {
        apply(draft, to: assessment)
        let id = try assessment.requireID(), clientID = assessment.$client.id
        let fields: [(String, any Encodable & Sendable)] = [
            ("assessed_on", assessment.assessedOn), ("needs", assessment.needs), ("support_and_guidance", assessment.supportAndGuidance),
            ("other_services", assessment.otherServices), ("other_services_note", assessment.otherServicesNote),
            ("conclusion", assessment.conclusion.rawValue), ("conclusion_note", assessment.conclusionNote),
            ("interests", assessment.interests), ("support_need", assessment.supportNeed), ("needs_remote", assessment.needsRemote),
            ("needs_special_support", assessment.needsSpecialSupport), ("eligibility_flags", assessment.eligibilityFlags),
        ]
        let now = try await req.versionedSave(.assessmentUpdate, table: Assessment.schema, id: id, expectedVersion: expectedVersion, fields: fields,
                                    clients: [clientID])
        assessment.version = expectedVersion + 1
        assessment.updatedAt = now
    }


    /// The client's assessments, newest first.
    static func all(of clientID: UUID, on db: any Database) async throws -> [Assessment] {
        try await Assessment.query(on: db).filter(\.$client.$id == clientID)
            .sort(\.$assessedOn, .descending).sort(\.$createdAt, .descending).all()
    }

    private static func apply(_ draft: AssessmentDraft, to assessment: Assessment) {
        assessment.assessedOn = draft.assessedOn.isoString
        assessment.needs = draft.needs
        assessment.supportAndGuidance = draft.supportAndGuidance
        assessment.otherServices = Assessment.stored(draft.otherServices)
        assessment.otherServicesNote = draft.otherServicesNote
        assessment.conclusion = draft.conclusion
        assessment.conclusionNote = draft.conclusionNote
        assessment.interests = CodeList.stored(draft.interests)
        assessment.supportNeed = draft.supportNeed?.rawValue
        assessment.needsRemote = draft.needsRemote
        assessment.needsSpecialSupport = draft.needsSpecialSupport
        assessment.eligibilityFlags = CodeList.stored(draft.eligibilityFlags)
    }
}
