import Foundation
import Plot
import PolkuDomain
import Vapor

/// One ending with its further path, and its follow-ups: when each falls due and whether it is done.
struct EndingPage {
    let ending: EndingDTO
    let followUps: [FollowUpDTO]
    let clientName: String
    /// "place, start–end" of the period that ended, if one was named.
    let periodText: String?
    let mayEdit: Bool
    /// Record or change a follow-up (`Action.FollowUp.write`).
    var mayFollowUp = false

    func render(on req: Request) -> Response {
        let t = req.texts
        let e = ending
        return req.page(t[.endingTitle] + " – " + clientName) {
            div([("data-qa", "ending-page")]) {
                link("← " + clientName, to: SiteRoute.client(e.clientId).path, [("class", "back-link")])
                div([("class", "page-head")]) {
                    heading(1, t[.endingTitle] + " " + e.endedDate)
                    if mayEdit {
                        link(t[.edit], to: SiteRoute.clientEndingEdit(client: e.clientId, ending: e.id).path, [("class", "button"), ("data-qa", "ending-edit")])
                    }
                }
                p([("class", "lead")], clientName)
                Facts(facts: [
                    .init(label: t[.endingEndedOn], value: Txt(e.endedDate)),
                    .init(label: t[.endingPeriod], value: Txt(periodText ?? t[.endingPeriodNone])),
                    .init(label: t[.endingReason], value: Txt(t[e.reason.textKey]), qa: "ending-reason"),
                    .init(label: t[.endingNextPath], value: Txt(t[e.nextPath.textKey]), qa: "ending-next-path"),
                    .init(label: t[.endingHandedOverTo], value: Txt(e.handedOverTo ?? "–")),
                    .init(label: t[.endingHandedOverOn], value: Txt(e.handedOverOn.map(EndingInput.finnish) ?? "–")),
                    .init(label: t[.endingNotes], value: Facts.long(e.notes)),
                    .init(label: t[.endingAuthor], value: Txt(e.authorName ?? "–")),
                ])
                FollowUpTable(ending: e, followUps: followUps, mayWrite: mayFollowUp, texts: t)
            }
        }
    }
}

/// The ending's follow-up points: due date, status, what was found, and the link to record or change it.
struct FollowUpTable: Component {
    let ending: EndingDTO
    let followUps: [FollowUpDTO]
    let mayWrite: Bool
    let texts: Texts

    var body: Component {
        let t = texts
        let byID = Dictionary(followUps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "follow-ups-heading"), ("data-qa", "follow-ups")]) {
            Tag("h2", [("id", "follow-ups-heading")]) { Txt(t[.followUpsTitle]) }
            p([("class", "muted")], t(.followUpsIntro, ["first": "\(ending.followUps.first?.monthsAfterEnd ?? 0)",
                                                         "second": "\(ending.followUps.last?.monthsAfterEnd ?? 0)"]))
            DataTable(qa: "follow-up-list", caption: t[.followUpsTitle],
                      headers: [t[.followUpPoint], t[.followUpDueOn], t[.followUpState], t[.followUpSituation], t[.followUpInWorkOrEducation]],
                      rows: ending.followUps.map { due in
                          let done = due.followUpId.flatMap { byID[$0] }
                          return DataTable.Row(qa: "follow-up-\(due.point.rawValue)", cells: [
                              Txt(due.label(t)),
                              Txt(EndingInput.finnish(due.dueOn)),
                              stateCell(due, done: done),
                              Txt(done.map { t[$0.situation.textKey] } ?? "–"),
                              Txt(done.map { $0.inWorkOrEducation ? t[.yes] : t[.no] } ?? "–"),
                          ])
                      })
        }
    }

    private func stateCell(_ due: EndingDTO.FollowUpDue, done: FollowUpDTO?) -> Component {
        let t = texts
        return Tag("span", [("class", "state-\(due.state)"), ("data-qa", "follow-up-state")]) {
            Txt(due.stateText(t))
            if mayWrite {
                Txt(" ")
                if let done {
                    link(t[.edit], to: SiteRoute.clientFollowUp(client: ending.clientId, followUp: done.id).path,
                         [("data-qa", "follow-up-edit-\(due.point.rawValue)"), ("aria-label", t[.followUpEdit] + ": " + due.label(t))])
                } else {
                    link(t[.followUpRecord], to: SiteRoute.clientFollowUpNew(ending.clientId).path + "?endingId=\(ending.id)&point=\(due.point.rawValue)",
                         [("data-qa", "follow-up-new-\(due.point.rawValue)"), ("aria-label", t[.followUpNew] + ": " + due.label(t))])
                }
            }
        }
    }
}
