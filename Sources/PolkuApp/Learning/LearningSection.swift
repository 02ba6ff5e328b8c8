import Fluent
import Plot
import PolkuDomain
import Vapor

/// What the client learned and gained (issue 13 item 9), as a section of the client page, of the list page and,
/// in plain language, of the client's own view; with a link to each period's printable certificate.
struct LearningSection: Component {
    struct Row {
        var achievement: AchievementDTO
        var periodLabel: String?
        /// Whether the signed-in user may change it (a coach: those of a period at their own place).
        var mayEdit: Bool
    }

    /// A period that has something to print, and the link to its certificate.
    struct Certificate {
        var label: String
        var path: String
    }

    let clientID: ClientID
    /// Newest first.
    let rows: [Row]
    let certificates: [Certificate]
    let mayAdd: Bool
    /// The client's own view: the same records in plain language, without the workers' columns.
    let ownView: Bool
    let today: LocalDate
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("id", "learning"), ("aria-labelledby", "learning-heading"), ("data-qa", "learning")]) {
            div([("class", "page-head")]) {
                Tag("h2", [("id", "learning-heading")]) { Txt(ownView ? t[.myLearningTitle] : t[.learningTitle]) }
                if mayAdd {
                    link(t[.achievementNew], to: SiteRoute.clientAchievementNew(clientID).path, [("class", "button"), ("data-qa", "achievement-new")])
                }
            }
            if ownView { p([], t[.myLearningIntro]) }
            if rows.isEmpty {
                p([("class", "muted"), ("data-qa", "learning-empty")], ownView ? t[.myLearningNone] : t[.learningNone])
            } else if ownView {
                Tag("ul", [("data-qa", "my-learning")]) {
                    for row in rows { Tag("li", [("data-qa", "my-achievement")]) { plain(row.achievement) } }
                }
            } else {
                table
            }
            if !certificates.isEmpty {
                heading(3, t[.certificatesTitle])
                Tag("ul", [("data-qa", "certificates")]) {
                    for certificate in certificates {
                        Tag("li") { link(certificate.label, to: certificate.path, [("data-qa", "certificate-link")]) }
                    }
                }
            }
        }
    }

    private var table: Component {
        let t = texts
        return DataTable(qa: "achievement-list", caption: t[.learningTitle],
                         headers: [t[.achievementKind], t[.achievementGainedOn], t[.achievementValidUntil], t[.achievementGrantedBy],
                                   t[.achievementPeriod], t[.achievementRecordedBy]],
                         rows: rows.map { row in
                             let a = row.achievement
                             return DataTable.Row(qa: "achievement-row", cells: [
                                 ComponentGroup {
                                     if row.mayEdit {
                                         link(a.title(t), to: SiteRoute.clientAchievementEdit(client: a.clientId, achievement: a.id).path,
                                              [("data-qa", "achievement-edit")])
                                     } else {
                                         Txt(a.title(t))
                                     }
                                     if let description = a.description { p([("class", "pre-line")], description) }
                                 },
                                 Txt(a.gainedDate),
                                 Txt(a.validity(t, today: today) ?? "–"),
                                 Txt(a.grantedBy),
                                 Txt(row.periodLabel ?? "–"),
                                 Txt(a.authorName ?? "–"),
                             ])
                         })
    }

    /// "Hygieniapassi – suoritettu 3.3.2026, voimassa toistaiseksi. Myöntäjä: Puutyöpaja."
    private func plain(_ a: AchievementDTO) -> Component {
        let t = texts
        return ComponentGroup {
            Tag("strong") { Txt(a.title(t)) }
            if let validity = a.validity(t, today: today) {
                Txt(" – " + t(.myLearningItem, ["date": a.gainedDate, "validity": validity, "grantedBy": a.grantedBy]))
            } else {
                Txt(" – " + t(.myLearningItemNoValidity, ["date": a.gainedDate, "grantedBy": a.grantedBy]))
            }
            if let description = a.description { p([("class", "pre-line")], description) }
        }
    }
}

extension Request {
    /// The client's trainings and certificates for the client page (`ownView`: the client's own), recorded as seen;
    /// nil for a user who may not read them.
    func learningSection(of client: Client, ownView: Bool = false) async throws -> LearningSection? {
        let clientID = try client.requireID()
        guard try await permits(.achievement(.read), on: AchievementFacts(client: client.facts)) else { return nil }
        let achievements = try await achievementViews(try await AchievementStore.all(of: clientID, on: db))
        let periods = try await AchievementPeriods.load(of: clientID, on: db)
        var rows: [LearningSection.Row] = []
        for a in achievements {
            var mayEdit = false
            if !ownView { mayEdit = try await permits(.achievement(.write), on: periods.facts(client, period: a.periodId?.rawValue)) }
            rows.append(.init(achievement: a, periodLabel: periods.label(a.periodId?.rawValue), mayEdit: mayEdit))
        }
        let withRecords = Set(achievements.compactMap { $0.periodId })
        let certificates = try periods.periods.compactMap { period -> LearningSection.Certificate? in
            let periodID = try period.typedID
            guard withRecords.contains(periodID) else { return nil }
            let path = ownView ? SiteRoute.myCertificate(periodID).path
                : SiteRoute.periodCertificate(client: try client.typedID, period: periodID).path
            return .init(label: texts(.certificateFor, ["period": EndingPeriods.label(period)]), path: path)
        }
        var mayAdd = false
        if !ownView { mayAdd = !(try await achievementChoices(client, periods).isEmpty) }
        try await audit(.achievementList, clients: [clientID])
        return LearningSection(clientID: try client.typedID, rows: rows, certificates: certificates, mayAdd: mayAdd, ownView: ownView,
                               today: today, texts: texts)
    }
}
