import Plot
import PolkuDomain

/// The top of a client's page for a worker: where on the path, who is responsible, the period now or next,
/// and what falls due next, the late first (issue 13, item 5).
struct ClientSummarySection: Component {
    /// What falls due next: the first few by the front page's order; the front page has them all.
    static let shownDue = 4

    let clientID: ClientID
    let summary: ClientSummary
    let texts: Texts

    var body: Component {
        let t = texts
        let due = ReminderBoard.groups(summary.due, today: summary.today).flatMap(\.items)
        return Tag("section", [("class", "client-summary"), ("aria-labelledby", "summary-heading"), ("data-qa", "client-summary")]) {
            heading(2, t[.summaryTitle], [("id", "summary-heading"), ("class", "visually-hidden")])
            Tag("dl", [("class", "facts")]) {
                Tag("dt") { Txt(t[.summaryStep]) }
                Tag("dd", [("data-qa", "summary-step")]) {
                    Txt(summary.progress.isComplete ? t[.summaryComplete]
                        : t(.summaryStepValue, ["number": "\(summary.stepNumber)", "count": "\(PathStep.allCases.count)",
                                                "step": t[summary.progress.current.textKey]]))
                }
                Tag("dt") { Txt(t[.teamResponsible]) }
                Tag("dd", [("data-qa", "summary-responsible")]) {
                    if let responsible = summary.responsible {
                        Txt(responsible.name)
                        if !responsible.contact.isEmpty { Txt(", "); ContactLinks.free(responsible.contact) }
                    } else {
                        Tag("strong", [("class", "late-since")]) { Txt(t[.teamNoResponsible]) }
                        Txt(" · ")
                        link(t[.teamOpen], to: SiteRoute.team(clientID).path)
                    }
                }
                Tag("dt") { Txt(t[.summaryPeriod]) }
                Tag("dd", [("data-qa", "summary-period")]) {
                    if let period = summary.currentOrNext {
                        if let decision = period.decisionID {
                            link(period.placeName, to: SiteRoute.decision(client: clientID, decision: decision).path)
                        } else {
                            Txt(period.placeName)
                        }
                        Txt(", " + FinnishFormat.date(period.range.start) + "–" + FinnishFormat.date(period.range.end)
                            + " · " + t[DecisionPage.statusKey(period.status.rawValue)])
                        if let days = period.daysPerWeek, let minutes = period.minutesPerDay {
                            Txt(" · " + t(.planScheduleValue, ["days": "\(days)", "hours": PolicyForm.hours(minutes)]))
                        }
                    } else {
                        Txt(t[.summaryNoPeriod])
                    }
                }
                Tag("dt") { Txt(t[.summaryNext]) }
                Tag("dd", [("data-qa", "summary-next")]) {
                    if due.isEmpty {
                        Txt(t[.summaryNothingDue])
                    } else {
                        Tag("ul", [("class", "plain-list")]) {
                            for item in due.prefix(Self.shownDue) {
                                Tag("li", [("data-qa", "summary-due"), ("data-kind", item.reminder.kind.rawValue)]) {
                                    if item.reminder.isLate(on: summary.today) {
                                        Tag("strong", [("class", "badge late")]) { Txt(t[.remindersLate]) }
                                        Txt(" ")
                                    }
                                    ReminderBoard.reminderLink(item, text: t[item.reminder.kind.textKey])
                                    if let dueOn = item.reminder.dueOn { Txt(" · " + FinnishFormat.date(dueOn)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
