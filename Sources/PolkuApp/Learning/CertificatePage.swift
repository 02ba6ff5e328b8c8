import Foundation
import Plot
import PolkuDomain
import Vapor

/// The certificate of one period that the client can show an employer (issue 13 item 9): the organizer, the
/// client's name and birth date (never the identity code), the place and the period, what was learned and gained,
/// the date and a line for the place's signature. One A4 page in print (`@media print`, as the decision).
struct CertificatePage {
    let organizerName: String
    let clientName: String
    /// The name in the order a sentence says it ("Kalle Asiakas"), for the statement.
    let clientNameInText: String
    /// ISO date.
    let birthDate: String
    let placeName: String
    let providerName: String
    let startsOn: String
    let endsOn: String
    /// Newest first, as recorded.
    let achievements: [AchievementDTO]
    let issuedOn: LocalDate
    let back: String
    let backLabel: String

    func render(on req: Request) -> Response {
        let t = req.texts
        let date = { (iso: String) in EndingInput.finnish(iso) }
        // The trainings and cards first, by the day gained; the place's own certificates after them, with what they say.
        let ordered = achievements.sorted { $0.gainedOn < $1.gainedOn }
        let trainings = ordered.filter { $0.kind != .competenceCertificate }
        let competences = ordered.filter { $0.kind == .competenceCertificate }
        return req.page(t[.certificateTitle]) {
            link("← " + backLabel, to: back, [("class", "back-link")])
            p([("class", "hint no-print"), ("data-qa", "certificate-print")], t[.certificatePrint])
            Tag("article", [("class", "document certificate"), ("data-qa", "certificate")]) {
                p([("class", "document-issuer")], organizerName)
                heading(1, t[.certificateTitle])
                Tag("dl", [("class", "facts")]) {
                    fact(t[.colName], clientName)
                    fact(t[.colBirthDate], date(birthDate))
                    fact(t[.decisionPlace], placeName == providerName ? placeName : "\(placeName), \(providerName)")
                    fact(t[.decisionPeriod], date(startsOn) + "–" + date(endsOn))
                }
                p([], t(.certificateStatement, ["name": clientNameInText, "place": placeName, "start": date(startsOn), "end": date(endsOn)]))
                if !trainings.isEmpty {
                    heading(2, t[.certificateTrainings])
                    DataTable(qa: "certificate-trainings", caption: t[.certificateTrainings],
                              headers: [t[.achievementKind], t[.achievementGainedOn], t[.achievementValidUntil], t[.achievementGrantedBy]],
                              rows: trainings.map { a in
                                  DataTable.Row(qa: "certificate-training", cells: [
                                      Txt(a.title(t)), Txt(a.gainedDate), Txt(a.validDate ?? t[.achievementValidIndefinitely]), Txt(a.grantedBy),
                                  ])
                              })
                }
                if !competences.isEmpty {
                    heading(2, t[.certificateCompetence])
                    for a in competences {
                        Tag("section", [("data-qa", "certificate-competence")]) {
                            heading(3, a.title(t))
                            if let description = a.description { p([("class", "pre-line")], description) }
                            p([("class", "muted")], t(.certificateCompetenceGranted, ["date": a.gainedDate, "grantedBy": a.grantedBy]))
                        }
                    }
                    p([("class", "hint")], t[.certificateCompetenceNote])
                }
                if achievements.isEmpty { p([("class", "muted")], t[.certificateNothing]) }
                Tag("div", [("class", "signature")]) {
                    p([], t[.certificateIssuedOn] + ": " + FinnishFormat.date(issuedOn))
                    Tag("div", [("class", "signature-line")]) {
                        p([], t[.certificateSignature])
                        p([("class", "muted")], t(.certificateSigner, ["place": placeName]))
                    }
                }
            }
        }
    }

    private func fact(_ label: String, _ value: String) -> Component {
        ComponentGroup(members: [Tag("dt") { Txt(label) }, Tag("dd") { Txt(value) }])
    }
}
