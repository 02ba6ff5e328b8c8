import Foundation
import Plot
import PolkuDomain
import Vapor

/// All of a client's service needs assessments, newest first.
struct AssessmentListPage {
    let clientID: ClientID
    let clientName: String
    let assessments: [AssessmentDTO]
    let mayWrite: Bool

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.assessmentsTitle] + " – " + clientName) {
            link("← " + clientName, to: SiteRoute.client(clientID).path, [("class", "back-link")])
            div([("class", "page-head")]) {
                heading(1, t[.assessmentsTitle])
                if mayWrite {
                    link(t[.assessmentNew], to: SiteRoute.clientAssessmentNew(clientID).path, [("class", "button primary"), ("data-qa", "assessment-new")])
                }
            }
            p([("class", "lead")], clientName)
            AssessmentTable(assessments: assessments, texts: t)
        }
    }
}

/// Assessments as rows: date (a link to the assessment), conclusion, author.
struct AssessmentTable: Component {
    let assessments: [AssessmentDTO]
    let texts: Texts

    var body: Component {
        let t = texts
        if assessments.isEmpty { return p([("class", "muted"), ("data-qa", "assessments-empty")], t[.assessmentsEmpty]) }
        return DataTable(qa: "assessment-list", caption: t[.assessmentsTitle],
                         headers: [t[.assessmentAssessedOn], t[.assessmentConclusion], t[.assessmentAuthor]],
                         rows: assessments.map { a in
                             DataTable.Row(qa: "assessment-row", cells: [
                                 link(a.assessedDate, to: SiteRoute.clientAssessment(client: a.clientId, assessment: a.id).path),
                                 ConclusionText(assessment: a, texts: t),
                                 Txt(a.authorName ?? "–"),
                             ])
                         })
    }
}
