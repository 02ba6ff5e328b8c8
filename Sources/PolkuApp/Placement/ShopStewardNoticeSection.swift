import Foundation
import Plot
import PolkuDomain
import Vapor

/// On the decision page of a period in the county's own production: whether the shop steward was told.
struct ShopStewardNoticeSection: Component {
    let clientID: ClientID
    let decisionID: DecisionID
    let periodID: PeriodID
    let notice: NoticeDTO?
    let mayRecord: Bool
    let texts: Texts
    let csrfToken: String
    var failure: ValidationFailure? = nil
    /// What was typed, when the form came back.
    var input: NoticeInput? = nil

    var body: Component {
        let t = texts
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        // An internal record between the organizer and the workplace: not part of the printed decision or contract.
        return Tag("section", [("aria-labelledby", "notice-heading"), ("class", "no-print"), ("data-qa", "shop-steward-notice")]) {
            heading(2, t[.noticeTitle], [("id", "notice-heading")])
            if let notice {
                p([("data-qa", "notice-done")], t(.noticeDone, ["date": PlacementFormat.date(notice.notifiedOn), "recipient": notice.recipient]))
                if notice.isLate { p([("class", "alert warning"), ("data-qa", "notice-late")], t[.noticeLate]) }
            } else {
                p([("class", "alert warning"), ("data-qa", "notice-missing")], t[.noticeMissing])
                if mayRecord {
                    Tag("form", [("method", "post"), ("action", SiteRoute.decisionNotice(client: clientID, decision: decisionID).path), ("class", "stack no-print"),
                                 ("novalidate", ""), ("data-qa", "notice-form")]) {
                        CSRFField(token: csrfToken)
                        Tag("input", [("type", "hidden"), ("name", "periodId"), ("value", periodID.rawValue.uuidString)])
                        FormField(name: "notifiedOn", label: t[.noticeNotifiedOn], value: input?.notifiedOn ?? "", autocomplete: "off", required: true, error: error("notifiedOn"), hint: t[.dateHint])
                        FormField(name: "recipient", label: t[.noticeRecipient], value: input?.recipient ?? "", autocomplete: "off", required: true, error: error("recipient"),
                                  hint: t[.noticeRecipientHint])
                        Tag("button", [("type", "submit"), ("data-qa", "notice-submit")]) { Txt(t[.noticeRecord]) }
                    }
                }
            }
        }
    }
}
