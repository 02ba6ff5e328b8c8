import Plot
import PolkuDomain
import Vapor

/// Send a referral for one client: reason, urgency and the client's consent to share information.
/// On bad input the page comes back with what was typed and a message next to each invalid field.
struct ReferralFormPage {
    let clientID: ClientID
    let clientName: String
    let organizerName: String
    /// Preselected: what the user's organization usually sends.
    let usualSource: ReferralSource
    let input: ReferralInput
    let failure: ValidationFailure?

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let back = SiteRoute.client(clientID).path
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(t[.referralNew], status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, t[.referralNew])
            p([("class", "lead")], t(.referralIntro, ["name": clientName, "organizer": organizerName]))
            if let failure {
                Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "form-errors")]) {
                    p([], failure.summary(t))
                    // A problem with the client itself has no field of its own here.
                    if let message = failure.message(for: "clientId", texts: t) { p([], message) }
                }
            }
            Tag("form", [("method", "post"), ("action", SiteRoute.clientReferrals(clientID).path), ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: req.csrfToken)
                TextAreaField(name: "reason", label: t[.referralReason], value: input.reason ?? "", rows: 8,
                              maxLength: ReferralInput.maxReasonLength, required: true, error: error("reason"),
                              hint: t(.referralReasonHint, ["max": "\(ReferralInput.maxReasonLength)"]))
                SelectField(name: "urgency", label: t[.referralUrgency], options: Urgency.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: input.urgency ?? Urgency.normal.rawValue, error: error("urgency"))
                SelectField(name: "source", label: t[.referralSource], options: ReferralSource.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: input.source ?? usualSource.rawValue, error: error("source"))
                CheckboxField(name: "consentToShare", label: t[.referralConsent], checked: input.consentToShare ?? false,
                              hint: t[.referralConsentHint])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "referral-submit")]) { Txt(t[.referralSend]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}
