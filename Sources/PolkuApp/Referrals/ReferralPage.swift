import Plot
import PolkuDomain
import Vapor

/// One referral: what was asked, the consent, what became of it and how long it waited; with the
/// decision form for those who decide it while it is open.
struct ReferralPage {
    let referral: ReferralDTO
    let mayDecide: Bool
    let mayOpenClient: Bool
    /// An accepted referral leads on to the service needs assessment, for those who make one (issue 13, item 5).
    var mayAssess = false
    var input: ReferralDecisionInput? = nil
    var failure: ValidationFailure? = nil
    var conflict: String? = nil
    /// The version the form sends back; by default the one shown.
    var formVersion: Int? = nil

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let title = "\(t[.referralTitle]): \(referral.clientName)"
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            div([("data-qa", "referral-page")]) {
                link("← " + t[.referralsTitle], to: SiteRoute.referrals.path, [("class", "back-link")])
                heading(1, title)
                if let conflict {
                    Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "conflict")]) { Txt(conflict) }
                }
                // The consent decides what may be shared, so it comes first.
                Tag("div", [("class", referral.consentToShare ? "alert ok" : "alert error"), ("data-qa", "referral-consent")]) {
                    p([], t[referral.consentToShare ? .referralConsentGiven : .referralConsentMissing])
                }
                Tag("dl", [("class", "facts")]) {
                    fact(t[.referralClient]) {
                        if mayOpenClient { link(referral.clientName, to: SiteRoute.client(ClientID(referral.clientId)).path) } else { Txt(referral.clientName) }
                    }
                    fact(t[.referralState]) {
                        Tag("strong", [("data-qa", "referral-state")]) { Txt(t[referral.state.textKey]) }
                    }
                    fact(t[.referralUrgency]) { UrgencyText(urgency: referral.urgency, texts: t) }
                    fact(t[.referralSource]) { Tag("span", [("data-qa", "referral-source")]) { Txt(t[referral.source.textKey]) } }
                    fact(t[.referralReceivedOn]) { Txt(referral.receivedDate) }
                    fact(t[.referralWaitingTime]) {
                        Tag("span", [("data-qa", "referral-waiting")]) { Txt(t(.referralWaitingDays, ["days": "\(referral.waitingDays)"])) }
                    }
                    fact(t[.referralReferrer]) {
                        Txt([referral.referrerOrganizationName, referral.referrerUserName].compactMap { $0 }.joined(separator: " · "))
                    }
                    fact(t[.referralOrganizer]) { Txt(referral.organizerName) }
                    fact(t[.referralIsReturn]) { Txt(t[referral.isReturn ? .yes : .no]) }
                    fact(t[.referralDecidedOn]) { Txt(referral.decidedDate ?? "–") }
                    fact(t[.referralDecidedBy]) { Txt(referral.decidedByName ?? "–") }
                    fact(t[.referralNote]) { Tag("span", [("class", "prewrap"), ("data-qa", "referral-note")]) { Txt(referral.decisionNote ?? "–") } }
                }
                Tag("h2") { Txt(t[.referralReason]) }
                p([("class", "prewrap"), ("data-qa", "referral-reason")], referral.reason)
                if mayDecide && referral.state.isOpen {
                    decisionForm(t, csrf: req.csrfToken, error: error)
                } else if !referral.state.isOpen {
                    p([("class", "muted"), ("data-qa", "referral-closed")], t[.referralClosed])
                }
                if referral.state == .accepted, mayAssess {
                    NextStepBox(text: t[.referralNextStepAssessment], linkText: t[.referralNextStepStart],
                                href: SiteRoute.clientAssessmentNew(ClientID(referral.clientId)).path, qa: "referral-next-step", texts: t)
                }
            }
        }
    }

    private func decisionForm(_ t: Texts, csrf: String, error: (String) -> String?) -> Component {
        let choices = ReferralState.decisions.filter { referral.state.mayMove(to: $0) }
        return Tag("section", [("aria-labelledby", "decision-heading")]) {
            Tag("h2", [("id", "decision-heading")]) { Txt(t[.referralDecision]) }
            p([("class", "muted")], t[.referralDecisionIntro])
            if let failure {
                Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "form-errors")]) {
                    p([], failure.summary(t))
                }
            }
            Tag("form", [("method", "post"), ("action", SiteRoute.referral(ReferralID(referral.id)).path), ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: csrf)
                AskToConfirm()
                // After invalid input the version read first stays, so a decision made meanwhile is not overwritten.
                VersionField(version: formVersion ?? referral.version)
                RadioGroup(name: "state", legend: t[.referralDecision], options: choices.map { ($0.rawValue, t[$0.decisionKey]) },
                           selected: input?.state ?? "", required: true, error: error("state"))
                TextAreaField(name: "note", label: t[.referralNote], value: input?.note ?? "", rows: 4, maxLength: ReferralDecisionInput.maxNoteLength,
                              error: error("note"), hint: t[.referralNoteHint])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "decision-submit")]) { Txt(t[.referralDecide]) }
                }
            }
        }
    }

    private func fact(_ label: String, @ComponentBuilder _ value: () -> ComponentGroup) -> Component {
        ComponentGroup(members: [Tag("dt") { Txt(label) }, Tag("dd", [], content: value)])
    }
}
