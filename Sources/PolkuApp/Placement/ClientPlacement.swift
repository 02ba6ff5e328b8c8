import Foundation
import Plot
import PolkuDomain

/// The client page's placement section: the queues the client waits in and the familiarization visits.
struct ClientPlacement: Component {
    let clientID: ClientID
    let entries: [QueueEntryDTO]
    let visits: [VisitDTO]
    /// Queue the client for a place (`Action.QueueEntry.write`) and record a visit (`Action.Visit.write`).
    let mayQueue: Bool
    let mayVisit: Bool
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "placement-heading"), ("data-qa", "client-placement")]) {
            div([("class", "page-head")]) {
                Tag("h2", [("id", "placement-heading")]) { Txt(t[.placementSection]) }
                if mayQueue || mayVisit {
                    div([("class", "actions")]) {
                        if mayQueue { link(t[.queueNew], to: SiteRoute.clientQueueNew(clientID).path, [("class", "button"), ("data-qa", "queue-new")]) }
                        if mayVisit { link(t[.visitNew], to: SiteRoute.clientVisitNew(clientID).path, [("class", "button"), ("data-qa", "visit-new")]) }
                    }
                }
            }
            Tag("h3") { Txt(t[.queueTitle]) }
            if entries.isEmpty {
                p([("class", "muted")], t[.queueNone])
            } else {
                DataTable(qa: "client-queue", caption: t[.queueTitle],
                          headers: [t[.queuePlace], t[.queueQueuedOn], t[.queueState], t[.queuePosition], t[.queueWaitingDays]],
                          rows: entries.map { entry in
                              DataTable.Row(qa: "queue-entry", cells: [
                                  link(entry.placeName, to: SiteRoute.clientQueueEntry(client: clientID, entry: entry.id).path),
                                  Txt(PlacementFormat.date(entry.queuedOn) + (entry.isUrgent ? " · " + t[.urgencyUrgent] : "")),
                                  Txt(QueueEntry.State(rawValue: entry.state).map { t[$0.textKey] } ?? entry.state),
                                  Txt(entry.position.map { "\($0)." } ?? "–"),
                                  Txt("\(entry.waitingDays)"),
                              ])
                          }, numericColumns: [3, 4])
            }
            Tag("h3") { Txt(t[.visitsTitle]) }
            if visits.isEmpty {
                p([("class", "muted")], t[.visitsNone])
            } else {
                DataTable(qa: "client-visits", caption: t[.visitsTitle],
                          headers: [t[.visitWhen], t[.queuePlace], t[.visitAccompaniedBy], t[.visitOutcome]],
                          rows: visits.map { visit in
                              let when = PlacementFormat.date(visit.visitOn) + " " + visit.timeOfDay
                              return DataTable.Row(qa: "visit", cells: [
                                  mayVisit ? link(when, to: SiteRoute.clientVisit(client: clientID, visit: visit.id).path) as Component : Txt(when),
                                  Txt(visit.placeName),
                                  Txt(visit.accompaniedBy),
                                  Txt(visit.outcome.flatMap(VisitOutcome.init(rawValue:)).map { t[$0.textKey] } ?? t[.visitOutcomeNone]),
                              ])
                          })
            }
        }
    }
}
