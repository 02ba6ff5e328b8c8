import Foundation
import Plot
import PolkuDomain

/// The client page's section on the ending and further path: the latest ending with its follow-ups,
/// and the way to record one.
struct ClientEndings: Component {
    let clientID: ClientID
    /// Newest first.
    let endings: [EndingDTO]
    let mayWrite: Bool
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "client-endings-heading"), ("data-qa", "client-endings")]) {
            div([("class", "page-head")]) {
                Tag("h2", [("id", "client-endings-heading")]) { Txt(t[.endingTitle]) }
                if mayWrite {
                    link(t[.endingNew], to: SiteRoute.clientEndingNew(clientID).path, [("class", "button"), ("data-qa", "ending-new")])
                }
            }
            EndingTable(endings: Array(endings.prefix(1)), texts: t)
            if endings.count > 1 {
                link(t(.endingsAll, ["count": "\(endings.count)"]), to: SiteRoute.clientEndings(clientID).path, [("data-qa", "endings-all")])
            }
        }
    }
}
