import Foundation
import Plot
import PolkuDomain
import Vapor

/// Record a service needs assessment or change one. On bad input the page comes back with what was
/// typed and a message next to each invalid field.
struct AssessmentFormPage {
    enum Mode { case create, edit(UUID) }

    let clientID: UUID
    let clientName: String
    let mode: Mode
    let input: AssessmentInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let title: String
        let action: String
        let back: String
        switch mode {
        case .create:
            title = t[.assessmentNew]; action = SiteRoute.clientAssessments.path(clientID); back = SiteRoute.client.path(clientID)
        case .edit(let id):
            title = t[.assessmentEdit]; action = SiteRoute.clientAssessment.path(clientID, id); back = action
        }
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, title)
            p([("class", "lead")], clientName)
            p([], t[.assessmentIntro])
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", ""), ("data-qa", "assessment-form")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: input.version)
                FormField(name: "assessedOn", label: t[.assessmentAssessedOn], value: input.assessedOn ?? "", autocomplete: "off",
                          required: true, error: error("assessedOn"), hint: t[.dateHint])
                TextAreaField(name: "needs", label: t[.assessmentNeeds], value: input.needs ?? "", required: true,
                              error: error("needs"), hint: t[.assessmentNeedsHint])
                TextAreaField(name: "supportAndGuidance", label: t[.assessmentSupport], value: input.supportAndGuidance ?? "", rows: 4,
                              error: error("supportAndGuidance"), hint: t[.assessmentSupportHint])
                CheckboxGroup(name: "otherServices", legend: t[.assessmentOtherServices],
                              options: OtherServiceNeed.allCases.map { ($0.rawValue, t[$0.textKey]) },
                              checked: Set(input.otherServices ?? []), hint: t[.assessmentOtherServicesHint], error: error("otherServices"))
                TextAreaField(name: "otherServicesNote", label: t[.assessmentOtherServicesNote], value: input.otherServicesNote ?? "", rows: 3,
                              error: error("otherServicesNote"))
                RadioGroup(name: "conclusion", legend: t[.assessmentConclusion],
                           options: AssessmentConclusion.allCases.map { ($0.rawValue, t[$0.textKey]) },
                           selected: input.conclusion ?? "", required: true, error: error("conclusion"))
                TextAreaField(name: "conclusionNote", label: t[.assessmentConclusionNote], value: input.conclusionNote ?? "", rows: 4,
                              error: error("conclusionNote"), hint: t[.assessmentConclusionNoteHint])
                Tag("fieldset", [("data-qa", "matching-needs")]) {
                    Tag("legend") { Txt(t[.assessmentMatchingLegend]) }
                    p([("class", "hint")], t[.assessmentMatchingHint])
                    CheckboxGroup(name: "interests", legend: t[.assessmentInterests],
                                  options: PlaceTask.allCases.map { ($0.rawValue, t[$0.textKey]) },
                                  checked: Set(input.interests ?? []), hint: nil, error: error("interests"))
                    SelectField(name: "supportNeed", label: t[.assessmentSupportNeed],
                                options: SupportLevel.allCases.map { ($0.rawValue, t[$0.textKey]) },
                                selected: input.supportNeed ?? "", required: false, error: error("supportNeed"),
                                includeEmpty: t[.assessmentSupportNeedNone])
                    CheckboxField(name: "needsRemote", label: t[.assessmentNeedsRemote], checked: input.needsRemote == true)
                }
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "assessment-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}
