import Foundation
import Plot
import PolkuDomain
import Vapor

/// Record a service needs assessment or change one. On bad input the page comes back with what was
/// typed and a message next to each invalid field.
struct AssessmentFormPage {
    let clientID: ClientID
    let clientName: String
    let mode: RecordFormMode<Assessment>
    let input: AssessmentInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let (title, action, back) = mode.target(new: t[.assessmentNew], edit: t[.assessmentEdit], collection: SiteRoute.clientAssessments(clientID).path,
                                                record: { SiteRoute.clientAssessment(client: clientID, assessment: $0).path }, client: SiteRoute.client(clientID).path)
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return RecordFormPage(title: title, clientName: clientName, intro: t[.assessmentIntro], action: action, back: back, qa: "assessment",
                              version: input.version, failure: failure, conflict: conflict).render(on: req, status: status) {
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
                CheckboxField(name: "needsSpecialSupport", label: t[.assessmentSpecialSupport], checked: input.needsSpecialSupport == true,
                              hint: t[.assessmentSpecialSupportHint])
                CheckboxGroup(name: "eligibilityFlags", legend: t[.assessmentEligibility],
                              options: EligibilityFlag.allCases.map { ($0.rawValue, t[$0.textKey]) },
                              checked: Set(input.eligibilityFlags ?? []), hint: t[.assessmentEligibilityHint], error: error("eligibilityFlags"))
            }
        }
    }
}
