import Fluent
import PolkuDomain
import Vapor

/// Saving a client's trainings and certificates: the record and its audit event commit together, or neither does.
enum AchievementStore {
    static func create(_ draft: AchievementDraft, clientID: UUID, authorID: UUID, on req: Request) async throws -> Achievement {
        let achievement = Achievement()
        achievement.$client.id = clientID
        achievement.$author.id = authorID
        apply(draft, to: achievement)
        achievement.version = 1
        try await req.auditedChange(.achievementCreate) { tx in
            try await achievement.create(on: tx)
            return ((), [clientID])
        }
        return achievement
    }

    /// Saves only if nobody else saved since `expectedVersion` was read; otherwise 409 and nothing changes.
    static func update(_ achievement: Achievement, with draft: AchievementDraft, expectedVersion: Int, on req: Request) async throws {
        apply(draft, to: achievement)
        let now = try await req.versionedSave(.achievementUpdate, table: Achievement.schema, id: try achievement.requireID(),
                                              expectedVersion: expectedVersion, fields: columns(of: achievement),
                                              clients: [achievement.$client.id])
        achievement.version = expectedVersion + 1
        achievement.updatedAt = now
    }

    /// The client's records, newest first.
    static func all(of clientID: UUID, on db: any Database) async throws -> [Achievement] {
        try await Achievement.query(of: clientID, on: db).sort(\.$gainedOn, .descending).sort(\.$createdAt, .descending).all()
    }

    /// The named period, if it is the client's: its place's provider decides whether a coach may record about it.
    static func period(_ periodID: UUID?, of clientID: UUID, on db: any Database) async throws -> Period? {
        guard let periodID else { return nil }
        guard let period = try await Period.query(of: clientID, on: db).filter(\.$id == periodID).with(\.$place).first() else {
            throw ValidationFailure([FieldProblem(field: "periodId", key: .errorNotThisClients)], status: .conflict)
        }
        return period
    }

    private static func apply(_ draft: AchievementDraft, to achievement: Achievement) {
        achievement.$period.id = draft.periodID
        achievement.kind = draft.kind
        achievement.name = draft.name
        achievement.details = draft.description
        achievement.gainedOn = draft.gainedOn.isoString
        achievement.validUntil = draft.validUntil?.isoString
        achievement.grantedBy = draft.grantedBy
    }

    private static func columns(of achievement: Achievement) -> [(String, any Encodable & Sendable)] {
        [("period_id", achievement.$period.id), ("kind", achievement.kind.rawValue), ("name", achievement.name),
         ("description", achievement.details), ("gained_on", achievement.gainedOn), ("valid_until", achievement.validUntil),
         ("granted_by", achievement.grantedBy)]
    }
}
