import Plot
import PolkuDomain
import Vapor

/// `/referrals`: the organizer's incoming queue (deciders) or what the user's organization sent and
/// what became of it, filtered by state, with the waiting time of each.
struct ReferralListPage {
    let search: ReferralSearch
    let result: ReferralSearch.Result
    let rows: [ReferralDTO]
    /// Social workers and counsellors see the incoming queue as well as what they sent.
    let mayDecide: Bool

    func render(on req: Request) -> Response {
        let t = req.texts
        let view = search.view ?? .sent
        let first = result.total == 0 ? 0 : (search.page - 1) * search.perPage + 1
        let last = min(search.page * search.perPage, result.total)
        return req.page(t[.referralsTitle]) {
            heading(1, t[.referralsTitle])
            if mayDecide {
                Tag("nav", [("class", "tabs"), ("aria-label", t[.referralsTitle])]) {
                    Tag("ul") {
                        for tab in ReferralSearch.View.allCases {
                            Tag("li") {
                                link(t[tab == .incoming ? .referralsIncoming : .referralsSent], to: SiteRoute.referrals.path + "?view=\(tab.rawValue)",
                                     [("aria-current", tab == view ? "page" : nil), ("data-qa", "referral-view-\(tab.rawValue)")])
                            }
                        }
                    }
                }
            }
            p([("class", "lead")], t[view == .incoming ? .referralsIntroIncoming : .referralsIntroSent])
            Tag("form", [("method", "get"), ("action", SiteRoute.referrals.path), ("class", "search-form")]) {
                Tag("input", [("type", "hidden"), ("name", "view"), ("value", view.rawValue)])
                SelectField(name: "state", label: t[.referralState], options: ReferralState.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: search.state?.rawValue ?? "", includeEmpty: t[.allStates])
                Tag("button", [("type", "submit"), ("data-qa", "referral-filter")]) { Txt(t[.filter]) }
            }
            Tag("p", [("class", "result-count"), ("role", "status")]) {
                Txt(t(.clientsShowing, ["first": "\(first)", "last": "\(last)", "total": "\(result.total)"]))
            }
            if view == .incoming {
                DataTable(qa: "referral-list", caption: t[.referralsIncoming],
                          headers: [t[.referralReceivedOn], t[.referralClient], t[.referralUrgency], t[.referralReferrer], t[.referralState],
                                    t[.referralWaiting]],
                          rows: rows.map { row in
                              DataTable.Row(qa: "referral-row", cells: [
                                  Txt(row.receivedDate),
                                  ReferralClientCell(row: row, texts: t),
                                  UrgencyText(urgency: row.urgency, texts: t),
                                  Txt(row.referrerOrganizationName),
                                  Tag("span", [("data-qa", "referral-row-state")]) { Txt(t[row.state.textKey]) },
                                  Txt("\(row.waitingDays)"),
                              ])
                          }, numericColumns: [5])
            } else {
                DataTable(qa: "referral-list", caption: t[.referralsSent],
                          headers: [t[.referralReceivedOn], t[.referralClient], t[.referralState], t[.referralDecidedOn], t[.referralNote],
                                    t[.referralWaiting]],
                          rows: rows.map { row in
                              DataTable.Row(qa: "referral-row", cells: [
                                  Txt(row.receivedDate),
                                  ReferralClientCell(row: row, texts: t),
                                  Tag("span", [("data-qa", "referral-row-state")]) { Txt(t[row.state.textKey]) },
                                  Txt(row.decidedDate ?? "–"),
                                  Tag("span", [("class", "prewrap")]) { Txt(row.decisionNote ?? "–") },
                                  Txt("\(row.waitingDays)"),
                              ])
                          }, numericColumns: [5])
            }
            if rows.isEmpty { p([("class", "muted")], t[.referralsEmpty]) }
            Pager(page: search.page, pageCount: max(1, (result.total + search.perPage - 1) / search.perPage), texts: t,
                  previous: result.previous.map { pageLink(view, page: search.page - 1, .before($0), seal: req.application.querySeal) },
                  next: result.next.map { pageLink(view, page: search.page + 1, .after($0), seal: req.application.querySeal) })
        }
    }

    /// The same view and state, `page` only as the number shown; the cursor says where it begins.
    private func pageLink(_ view: ReferralSearch.View, page: Int, _ direction: PageDirection, seal: QuerySeal) -> String {
        var items = [URLQueryItem(name: "view", value: view.rawValue), URLQueryItem(name: "page", value: "\(max(1, page))"),
                    ] + direction.parameters.map { URLQueryItem(name: $0.name, value: $0.cursor.token(seal)) }
        // Always sent, even empty ("all states"): without it the queue starts from received ones again.
        items.append(URLQueryItem(name: "state", value: search.state?.rawValue ?? ""))
        var components = URLComponents()
        components.path = SiteRoute.referrals.path
        components.queryItems = items
        return components.string ?? SiteRoute.referrals.path
    }
}
