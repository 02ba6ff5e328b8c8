import Foundation
import Plot
import PolkuDomain
import Vapor

/// One service needs assessment.
struct AssessmentPage {
    let assessment: AssessmentDTO
    let clientName: String
    let mayEdit: Bool
    /// When the assessment finds the service suits the client and no plan is made yet, the plan is next.
    var planNext = false

    func render(on req: Request) -> Response {
        let t = req.texts
        let a = assessment
        let others = a.otherServices.map { t[$0.textKey] }.joined(separator: ", ")
        return req.page(t[.assessmentTitle] + " – " + clientName) {
            div([("data-qa", "assessment-page")]) {
                link("← " + clientName, to: SiteRoute.client(a.clientId).path, [("class", "back-link")])
                div([("class", "page-head")]) {
                    heading(1, t[.assessmentTitle] + " " + a.assessedDate)
                    if mayEdit {
                        link(t[.edit], to: SiteRoute.clientAssessmentEdit(client: a.clientId, assessment: a.id).path, [("class", "button"), ("data-qa", "assessment-edit")])
                    }
                }
                p([("class", "lead")], clientName)
                if planNext {
                    NextStepBox(text: t[.nextStepPlan], linkText: t[.planNew], href: SiteRoute.planNew(a.clientId).path,
                                qa: "assessment-next-step", texts: t)
                }
                Facts(facts: [
                    .init(label: t[.assessmentConclusion], value: ConclusionText(assessment: a, texts: t), qa: "assessment-conclusion"),
                    .init(label: t[.assessmentConclusionNote], value: Facts.long(a.conclusionNote)),
                    .init(label: t[.assessmentNeeds], value: Facts.long(a.needs), qa: "assessment-needs"),
                    .init(label: t[.assessmentSupport], value: Facts.long(a.supportAndGuidance)),
                    .init(label: t[.assessmentOtherServices], value: Txt(others.isEmpty ? t[.assessmentNone] : others)),
                    .init(label: t[.assessmentOtherServicesNote], value: Facts.long(a.otherServicesNote)),
                    .init(label: t[.assessmentInterests], value: Txt(a.interests.isEmpty ? "–" : a.interests.map { t[$0.textKey] }.joined(separator: ", ")),
                          qa: "assessment-interests"),
                    .init(label: t[.assessmentSupportNeed], value: Txt(a.supportNeed.map { t[$0.textKey] } ?? t[.assessmentSupportNeedNone])),
                    .init(label: t[.assessmentNeedsRemote], value: Txt(t[a.needsRemote ? .yes : .no])),
                    .init(label: t[.assessmentSpecialSupport], value: Txt(t[a.needsSpecialSupport ? .yes : .no])),
                    .init(label: t[.assessmentEligibility],
                          value: Txt(a.eligibilityFlags.isEmpty ? "–" : a.eligibilityFlags.map { t[$0.textKey] }.joined(separator: ", "))),
                    .init(label: t[.assessmentAssessedOn], value: Txt(a.assessedDate)),
                    .init(label: t[.assessmentAuthor], value: Txt(a.authorName ?? "–")),
                    .init(label: t[.updatedAt], value: Txt((a.updatedAt ?? a.createdAt).map { FinnishFormat.dateTime($0) } ?? "–")),
                ])
            }
        }
    }
}

/// The conclusion in words, marked when the client belongs primarily to another service.
struct ConclusionText: Component {
    let assessment: AssessmentDTO
    let texts: Texts

    var body: Component {
        Tag("span") {
            Txt(texts[assessment.conclusion.textKey])
            if assessment.belongsElsewhere {
                Tag("span", [("class", "badge"), ("data-qa", "belongs-elsewhere")]) { Txt(texts[.assessmentBelongsElsewhere]) }
            }
        }
    }
}
