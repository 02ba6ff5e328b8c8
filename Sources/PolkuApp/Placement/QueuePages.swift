import Foundation
import Plot
import PolkuDomain
import Vapor

/// Queue a client for a place: the place (with its free seats this week), urgency and why.
struct QueueFormPage {
    let clientID: ClientID
    let clientName: String
    let places: [PlaceQueueSummary]
    let input: QueueEntryInput
    let failure: ValidationFailure?

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let back = SiteRoute.client(clientID).path
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        let options: [(value: String, label: String)] = places.map { place in
            (place.placeId.rawValue.uuidString, place.placeName + " – " + t(.queuePlaceSeats, [
                "free": "\(place.seats.free)", "waiting": "\(place.waiting)"]))
        }
        return req.page(t[.queueNew], status: status) {
            link("← " + clientName, to: back, [("class", "back-link")])
            heading(1, t[.queueNew])
            p([("class", "lead")], clientName)
            p([], t[.queueIntro])
            FormAlerts(failure: failure, texts: t)
            Tag("form", [("method", "post"), ("action", SiteRoute.clientQueue(clientID).path), ("class", "stack"), ("novalidate", ""), ("data-qa", "queue-form")]) {
                CSRFField(token: req.csrfToken)
                SelectField(name: "placeId", label: t[.queuePlace], options: options, selected: input.placeId ?? "", required: true,
                            error: error("placeId"), includeEmpty: t[.choose])
                CheckboxField(name: "isUrgent", label: t[.queueUrgent], checked: input.isUrgent ?? false, hint: t[.queueUrgentHint])
                TextAreaField(name: "reason", label: t[.queueReason], value: input.reason ?? "", rows: 3, required: true,
                              error: error("reason"), hint: t[.queueReasonHint])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "queue-submit")]) { Txt(t[.queueSubmit]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}

/// One queue entry: where the client waits and since when; placing (the decision) or withdrawing.
struct QueueEntryPage {
    let clientName: String
    let entry: QueueEntryDTO
    let mayWrite: Bool
    let mayDecide: Bool
    var failure: ValidationFailure? = nil
    var conflict = false
    /// The withdrawal reason typed, when the form came back.
    var reason = ""

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let clientID = entry.clientId
        let state = QueueEntry.State(rawValue: entry.state) ?? .waiting
        return req.page(t[.queueEntryTitle], status: status) {
            link("← " + clientName, to: SiteRoute.client(clientID).path, [("class", "back-link")])
            heading(1, t[.queueEntryTitle])
            p([("class", "lead")], clientName + " · " + entry.placeName)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Facts(facts: [
                .init(label: t[.queuePlace], value: link(entry.placeName, to: SiteRoute.placeQueue(entry.placeId).path, [("data-qa", "queue-place-link")])),
                .init(label: t[.queueState], value: Txt(t[state.textKey]), qa: "queue-state"),
                .init(label: t[.queuePosition], value: Txt(entry.position.map { "\($0)." } ?? "–"), qa: "queue-position"),
                .init(label: t[.queueQueuedOn], value: Txt(PlacementFormat.date(entry.queuedOn))),
                .init(label: t[.queueUrgent], value: Txt(entry.isUrgent ? t[.yes] : t[.no])),
                .init(label: t[.queueWaitingDays], value: Txt("\(entry.waitingDays)"), qa: "queue-waiting-days"),
                .init(label: t[.queueReason], value: Facts.long(entry.reason)),
                .init(label: t[.queueClosedOn], value: Txt(PlacementFormat.date(entry.closedOn))),
                .init(label: t[.queueWithdrawalReason], value: Facts.long(entry.withdrawalReason)),
            ])
            if let decision = entry.decisionId {
                link(t[.queueOpenDecision], to: SiteRoute.decision(client: clientID, decision: decision).path, [("data-qa", "queue-decision")])
            }
            if state == .waiting && mayDecide {
                Tag("section", [("aria-labelledby", "place-heading")]) {
                    heading(2, t[.queuePlaceTitle], [("id", "place-heading")])
                    p([], t[.queuePlaceIntro])
                    link(t[.queuePlaceAction], to: SiteRoute.decisionNew(clientID).path + "?placeId=" + entry.placeId.rawValue.uuidString,
                         [("class", "button primary"), ("data-qa", "queue-place")])
                }
            }
            if state == .waiting && mayWrite {
                Tag("section", [("aria-labelledby", "withdraw-heading")]) {
                    heading(2, t[.queueWithdraw], [("id", "withdraw-heading")])
                    Tag("form", [("method", "post"), ("action", SiteRoute.clientQueueWithdraw(client: clientID, entry: entry.id).path), ("class", "stack"),
                                 ("novalidate", ""), ("data-qa", "withdraw-form")]) {
                        CSRFField(token: req.csrfToken)
                        VersionField(version: entry.version)
                        TextAreaField(name: "reason", label: t[.queueWithdrawalReason], value: reason, rows: 2, required: true,
                                      error: failure?.message(for: "reason", texts: t))
                        Tag("button", [("type", "submit"), ("data-qa", "withdraw-submit")]) { Txt(t[.queueWithdraw]) }
                    }
                }
            }
        }
    }
}

/// Every place the user may see, with seats and queue lengths: where there is room.
struct PlaceQueuesPage {
    let places: [PlaceQueueSummary]

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.queuesTitle]) {
            heading(1, t[.queuesTitle])
            p([("class", "lead")], t[.queuesIntro])
            DataTable(qa: "queues", caption: t[.queuesTitle],
                      headers: [t[.queuePlace], t[.queueProvider], t[.placeCapacity], t[.placeOccupied], t[.placeFree], t[.queueWaiting]],
                      rows: places.map { place in
                          return DataTable.Row(qa: "queue-place-row", cells: [
                              link(place.placeName, to: SiteRoute.placeQueue(place.placeId).path),
                              Txt(place.providerName),
                              Txt("\(place.seats.capacity)"),
                              Txt("\(place.seats.occupied)"),
                              Txt(place.seats.isFull ? t[.placeFull] : "\(place.seats.free)"),
                              Txt("\(place.waiting)"),
                          ])
                      }, numericColumns: [2, 3, 4, 5])
        }
    }
}

/// One place's queue in order, with this week's seats.
struct PlaceQueuePage {
    let queue: PlaceQueueDTO
    /// The queued clients the user may open (`Action.Client.read`): workers those within their reach; the
    /// place's coaches see everyone queued but open only the clients placed with them.
    var linkable: Set<ClientID> = []

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(queue.placeName) {
            link("← " + t[.queuesTitle], to: SiteRoute.queues.path, [("class", "back-link")])
            heading(1, t(.placeQueueTitle, ["place": queue.placeName]))
            p([("class", "lead")], queue.providerName)
            Facts(facts: [
                .init(label: t[.placeCapacity], value: Txt("\(queue.capacity)")),
                .init(label: t[.placeOccupied], value: Txt("\(queue.occupied)")),
                .init(label: t[.placeFreeNow], value: Txt(queue.isFull ? t[.placeFull] : "\(queue.free)"), qa: "place-free"),
            ])
            PlaceQueueTable(queue: queue, texts: t, linkable: linkable)
        }
    }
}

struct PlaceQueueTable: Component {
    let queue: PlaceQueueDTO
    let texts: Texts
    var linkable: Set<ClientID> = []

    var body: Component {
        let t = texts
        if queue.items.isEmpty { return p([("class", "muted")], t[.queueEmpty]) }
        return DataTable(qa: "place-queue", caption: t(.placeQueueTitle, ["place": queue.placeName]),
                         headers: [t[.queuePosition], t[.colName], t[.personalIdentityCode], t[.queueQueuedOn], t[.queueWaitingDays]],
                         rows: queue.items.map { item in
                             DataTable.Row(qa: "place-queue-item", cells: [
                                 Txt("\(item.position)."),
                                 ComponentGroup(members: [
                                     item.clientId.map(linkable.contains) == true
                                         ? link(item.clientName ?? "", to: SiteRoute.client(item.clientId!).path) as Component
                                         : Txt(item.clientName ?? t[.queueOtherClient]),
                                     Txt(item.isUrgent ? " · " + t[.urgencyUrgent] : ""),
                                 ]),
                                 Txt(item.identityCode ?? "–"),
                                 Txt(PlacementFormat.date(item.queuedOn)),
                                 Txt("\(item.waitingDays)"),
                             ])
                         }, numericColumns: [0, 4])
    }
}
