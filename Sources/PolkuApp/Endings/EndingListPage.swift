import Foundation
import Plot
import PolkuDomain
import Vapor

/// All of a client's endings, newest first.
struct EndingListPage {
    let clientID: ClientID
    let clientName: String
    let endings: [EndingDTO]
    let mayWrite: Bool

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.endingsTitle] + " – " + clientName) {
            link("← " + clientName, to: SiteRoute.client(clientID).path, [("class", "back-link")])
            div([("class", "page-head")]) {
                heading(1, t[.endingsTitle])
                if mayWrite {
                    link(t[.endingNew], to: SiteRoute.clientEndingNew(clientID).path, [("class", "button primary"), ("data-qa", "ending-new")])
                }
            }
            p([("class", "lead")], clientName)
            EndingTable(endings: endings, texts: t)
        }
    }
}

/// Endings as rows: date (a link to the ending), reason, further path and where the follow-ups stand.
struct EndingTable: Component {
    let endings: [EndingDTO]
    let texts: Texts

    var body: Component {
        let t = texts
        if endings.isEmpty { return p([("class", "muted"), ("data-qa", "endings-empty")], t[.endingsEmpty]) }
        return DataTable(qa: "ending-list", caption: t[.endingsTitle],
                         headers: [t[.endingEndedOn], t[.endingReason], t[.endingNextPath], t[.followUpsTitle]],
                         rows: endings.map { e in
                             DataTable.Row(qa: "ending-row", cells: [
                                 link(e.endedDate, to: SiteRoute.clientEnding(client: e.clientId, ending: e.id).path),
                                 Txt(t[e.reason.textKey]),
                                 Txt(t[e.nextPath.textKey]),
                                 Tag("ul", [("class", "plain-list")]) {
                                     for due in e.followUps { Tag("li") { Txt(due.label(t) + ": " + state(due)) } }
                                 },
                             ])
                         })
    }

    /// "Done 1.9.2026", or "Upcoming 30.11.2026" with the day it falls due.
    private func state(_ due: EndingDTO.FollowUpDue) -> String {
        due.state == FollowUpSchedule.State.done.rawValue ? due.stateText(texts) : due.stateText(texts) + " " + EndingInput.finnish(due.dueOn)
    }
}
