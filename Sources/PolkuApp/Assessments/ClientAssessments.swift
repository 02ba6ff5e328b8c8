import Foundation
import Plot
import PolkuDomain

/// The client page's section on the service needs assessment: the latest one, and the way to add one.
struct ClientAssessments: Component {
    let clientID: ClientID
    /// Newest first.
    let assessments: [AssessmentDTO]
    let mayWrite: Bool
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "client-assessments-heading"), ("data-qa", "client-assessments")]) {
            div([("class", "page-head")]) {
                Tag("h2", [("id", "client-assessments-heading")]) { Txt(t[.assessmentTitle]) }
                if mayWrite {
                    link(t[.assessmentNew], to: SiteRoute.clientAssessmentNew(clientID).path, [("class", "button"), ("data-qa", "assessment-new")])
                }
            }
            AssessmentTable(assessments: Array(assessments.prefix(1)), texts: t)
            if assessments.count > 1 {
                link(t(.assessmentsAll, ["count": "\(assessments.count)"]), to: SiteRoute.clientAssessments(clientID).path,
                     [("data-qa", "assessments-all")])
            }
        }
    }
}
