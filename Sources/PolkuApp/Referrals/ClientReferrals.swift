import Foundation
import Plot
import PolkuDomain

/// The client page's short list of the client's referrals, newest first, with the link to send one.
struct ClientReferrals: Component {
    let clientID: ClientID
    let referrals: [ReferralDTO]
    let mayRefer: Bool
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("section", [("class", "related"), ("aria-labelledby", "client-referrals-heading"), ("data-qa", "client-referrals")]) {
            div([("class", "page-head")]) {
                Tag("h2", [("id", "client-referrals-heading")]) { Txt(t[.clientReferrals]) }
                if mayRefer {
                    link(t[.referralNew], to: SiteRoute.clientReferralNew(clientID).path, [("class", "button"), ("data-qa", "referral-new")])
                }
            }
            if referrals.isEmpty {
                p([("class", "muted")], t[.clientReferralsEmpty])
            } else {
                DataTable(qa: "client-referral-list", caption: t[.clientReferrals],
                          headers: [t[.referralReceivedOn], t[.referralReferrer], t[.referralUrgency], t[.referralState], t[.referralWaiting]],
                          rows: referrals.map { row in
                              DataTable.Row(qa: "client-referral-row", cells: [
                                  link(row.receivedDate, to: SiteRoute.referral(ReferralID(row.id)).path),
                                  Txt(row.referrerOrganizationName),
                                  UrgencyText(urgency: row.urgency, texts: t),
                                  Txt(t[row.state.textKey]),
                                  Txt("\(row.waitingDays)"),
                              ])
                          }, numericColumns: [4])
            }
        }
    }
}
