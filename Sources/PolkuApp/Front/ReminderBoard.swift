import Plot
import PolkuDomain
import Vapor

/// The front page's reminders as the user sees them, grouped by kind (decision 181) and rendered once: everyone
/// with the same role, organization and reach sees the same ones on a day, so the HTML is kept with them in the
/// computed cache until the data changes (decision 227: rendering up to 15 reminders in each of nine groups was
/// two thirds of the page's time).
struct ReminderBoard: Sendable {
    /// The reminders listed by name in each group; the group's heading counts them all.
    static let shownPerGroup = 15

    /// The clients the board names: each one shown is a client seen, for the audit trail.
    let namedClients: [UUID]
    let html: String

    init(_ reminders: [WorkerReminders.Item], today: LocalDate, texts t: Texts) {
        let groups = Self.groups(reminders, today: today)
        namedClients = Array(Set(groups.flatMap { $0.shown.map(\.reminder.clientID) }))
        let late = reminders.filter { $0.reminder.isLate(on: today) }.count
        html = Tag("section", [("aria-labelledby", "reminders-heading"), ("data-qa", "reminders")]) {
            heading(2, t(.remindersTitle, ["count": "\(reminders.count)"]), [("id", "reminders-heading")])
            if reminders.isEmpty {
                p([("class", "muted")], t[.remindersNone])
            } else if late > 0 {
                p([("class", "reminders-late"), ("data-qa", "reminders-late")],
                  t.count(late, one: .remindersLateCountOne, other: .remindersLateCountOther))
            }
            for group in groups { Self.groupSection(group, today: today, t) }
        }.render()
    }

    struct Group {
        var kind: ReminderKind
        /// Late ones first, then in the reminders' own order (earliest due first).
        var items: [WorkerReminders.Item]
        var late: Int
        var shown: ArraySlice<WorkerReminders.Item> { items.prefix(ReminderBoard.shownPerGroup) }
    }

    /// The reminders by kind (decision 181): groups with something late first, then in `ReminderKind.groupOrder`.
    static func groups(_ reminders: [WorkerReminders.Item], today: LocalDate) -> [Group] {
        let byKind = Dictionary(grouping: reminders, by: \.reminder.kind)
        let groups = ReminderKind.groupOrder.compactMap { kind -> Group? in
            guard let items = byKind[kind] else { return nil }
            let late = items.filter { $0.reminder.isLate(on: today) }
            return Group(kind: kind, items: late + items.filter { !$0.reminder.isLate(on: today) }, late: late.count)
        }
        return groups.filter { $0.late > 0 } + groups.filter { $0.late == 0 }
    }

    private static func groupSection(_ group: Group, today: LocalDate, _ t: Texts) -> Node<HTML.BodyContext> {
        let headingID = "reminders-\(group.kind.rawValue)"
        return Tag("section", [("class", "reminder-group"), ("aria-labelledby", headingID), ("data-qa", "reminder-group"),
                               ("data-kind", group.kind.rawValue)]) {
            heading(3, t[group.kind.textKey] + " (\(group.items.count))", [("id", headingID)])
            Tag("ul", [("class", "reminders")]) {
                for item in group.shown { reminderItem(item, today: today, t) }
            }
            if group.items.count > group.shown.count {
                p([("class", "muted")], t(.remindersMore, ["count": "\(group.items.count - group.shown.count)"]))
            }
        }
    }

    private static func reminderItem(_ item: WorkerReminders.Item, today: LocalDate, _ t: Texts) -> Node<HTML.BodyContext> {
        let reminder = item.reminder
        let late = reminder.isLate(on: today)
        return Tag("li", [("data-qa", "reminder"), ("data-kind", reminder.kind.rawValue), ("class", late ? "late" : nil)]) {
            if late {
                Tag("strong", [("class", "badge late"), ("data-qa", "reminder-late")]) { Txt(t[.remindersLate]) }
            }
            Self.reminderLink(item)
            if let step = item.plannedNextStep {
                Tag("span", [("class", "muted"), ("data-qa", "reminder-next-step")]) {
                    Txt(t(.reminderPlannedNextStep, ["step": step]))
                }
            }
            if let due = reminder.dueOn {
                if reminder.kind == .referralWaiting || reminder.kind == .referralQueued {
                    // How long the client has waited, so that the oldest referral shows as old.
                    Tag("span", [("class", "muted"), ("data-qa", "reminder-waited")]) {
                        Txt(FinnishFormat.date(due) + " · " + t.count(max(0, due.days(until: today)), one: .remindersWaitedOne,
                                                                     other: .remindersWaitedOther))
                    }
                } else {
                    Tag("span", [("class", "muted")]) { Txt(t(.remindersDue, ["date": FinnishFormat.date(due)])) }
                }
            }
            if late, let lateAfter = reminder.lateAfter {
                Tag("span", [("class", "late-since")]) { Txt(t(.remindersLateSince, ["date": FinnishFormat.date(lateAfter.adding(days: 1))])) }
            }
        }
    }

    /// Where a reminder leads: the referral, the evaluation form of the user's perspective, the team, the decision.
    static func reminderLink(_ item: WorkerReminders.Item, text: String? = nil) -> Component {
        let reminder = item.reminder
        let client = ClientID(reminder.clientID)
        if reminder.kind == .referralWaiting || reminder.kind == .referralQueued, let referral = reminder.subjectID {
            return link(text ?? item.clientName, to: SiteRoute.referral(ReferralID(referral)).path)
        } else if let kind = reminder.evaluationKind, let period = reminder.subjectID {
            // Straight to the form of the user's own perspective.
            return link(text ?? item.clientName, to: SiteRoute.clientEvaluationNew(client).path + "?periodId=\(period)&kind=\(kind.rawValue)",
                        [("data-qa", "reminder-evaluation-link")])
        } else if reminder.kind == .noResponsibleWorker {
            return link(text ?? item.clientName, to: SiteRoute.team(client).path)
        } else if let decision = item.decisionID {
            return link(text ?? item.clientName, to: SiteRoute.decision(client: client, decision: DecisionID(decision)).path)
        }
        return link(text ?? item.clientName, to: SiteRoute.client(client).path)
    }
}


extension ReminderKind {
    var textKey: TextKey {
        switch self {
        case .referralWaiting: .reminderReferralWaiting
        case .periodEndingWithoutNextStep: .reminderPeriodEnding
        case .followUpDue: .reminderFollowUp
        case .continuousLimitApproaching: .reminderLimit
        case .evaluationDue: .reminderEvaluation
        case .finalEvaluationDue: .reminderFinalEvaluation
        case .shopStewardNoticeMissing: .reminderShopSteward
        case .referralQueued: .reminderReferralQueued
        case .noResponsibleWorker: .reminderNoResponsible
        }
    }
}

extension Reminder {
    /// The evaluation a reminder asks for, if it is about one.
    var evaluationKind: EvaluationKind? {
        switch kind {
        case .evaluationDue: .interim
        case .finalEvaluationDue: .final
        default: nil
        }
    }
}
