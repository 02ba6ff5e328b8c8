import Fluent
import PolkuDomain
import Vapor

/// A training or certificate as a page or the API shows it.
struct AchievementDTO: Content {
    var id: AchievementID
    var clientId: ClientID
    var periodId: PeriodID?
    var kind: AchievementKind
    var name: String?
    var description: String?
    var gainedOn: String
    var validUntil: String?
    var grantedBy: String
    var authorId: UserID
    var authorName: String?
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?

    init(_ achievement: Achievement, authorName: String?) throws {
        id = try achievement.typedID
        clientId = achievement.$client.typedID
        periodId = achievement.$period.typedID
        kind = achievement.kind
        name = achievement.name
        description = achievement.details
        gainedOn = achievement.gainedOn
        validUntil = achievement.validUntil
        grantedBy = achievement.grantedBy
        authorId = achievement.$author.typedID
        self.authorName = authorName
        version = achievement.version
        createdAt = achievement.createdAt
        updatedAt = achievement.updatedAt
    }

    var gainedDate: String { EndingInput.finnish(gainedOn) }
    var validDate: String? { validUntil.map(EndingInput.finnish) }

    /// "Hygieniapassi" or "Muu koulutus tai kortti: Trukkikortti", as a list or the certificate names it.
    func title(_ t: Texts) -> String {
        guard let name, !name.isEmpty else { return t[kind.textKey] }
        return kind == .otherTraining ? name : t[kind.textKey] + ": " + name
    }

    /// "valid until 31.5.2031", "valid indefinitely" or "expired 1.1.2026" on `today`; nil for a certificate
    /// that has no validity.
    func validity(_ t: Texts, today: LocalDate) -> String? {
        guard let validUntil, let day = LocalDate(isoString: validUntil) else { return kind.hasValidity ? t[.achievementValidIndefinitely] : nil }
        return t(day < today ? .achievementExpired : .achievementValidUntilDate, ["date": FinnishFormat.date(day)])
    }
}

extension Request {
    /// Maps records for display, with their authors looked up once for all of them.
    func achievementViews(_ achievements: [Achievement]) async throws -> [AchievementDTO] {
        let names = try await UserNames.of(achievements.map { $0.$author.id }, on: db)
        return try achievements.map { try AchievementDTO($0, authorName: names[$0.$author.id]) }
    }
}
