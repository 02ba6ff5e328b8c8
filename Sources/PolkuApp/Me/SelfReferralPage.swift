import Plot
import PolkuDomain
import Vapor

/// The client's own request for the service: what they would like help with, and their consent to share.
struct SelfReferralPage {
    let organizerName: String
    let input: ReferralInput
    let failure: ValidationFailure?

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(t[.selfReferralTitle], status: status) {
            link("← " + t[.back], to: SiteRoute.me.path, [("class", "back-link")])
            heading(1, t[.selfReferralTitle])
            p([("class", "lead")], t(.selfReferralIntro, ["organizer": organizerName]))
            if let failure {
                Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "form-errors")]) {
                    p([], failure.summary(t))
                    if let message = failure.message(for: "clientId", texts: t) { p([], message) }
                }
            }
            Tag("form", [("method", "post"), ("action", SiteRoute.meReferral.path), ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: req.csrfToken)
                TextAreaField(name: "reason", label: t[.selfReferralReason], value: input.reason ?? "", rows: 8,
                              maxLength: ReferralInput.maxReasonLength, required: true, error: error("reason"),
                              hint: t(.selfReferralReasonHint, ["max": "\(ReferralInput.maxReasonLength)"]))
                CheckboxField(name: "consentToShare", label: t[.selfReferralConsent], checked: input.consentToShare ?? false,
                              hint: t[.selfReferralConsentHint])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "self-referral-submit")]) { Txt(t[.selfReferralSend]) }
                    link(t[.cancel], to: SiteRoute.me.path)
                }
            }
        }
    }
}
