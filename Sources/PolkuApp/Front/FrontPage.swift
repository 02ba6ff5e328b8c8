import Plot
import PolkuDomain
import Vapor

struct FrontPage {
    /// The reminders listed by name; the heading counts them all.
    static let shownReminders = 50

    let userName: String
    let role: Role
    let actor: Principal
    let organizationName: String?
    let clientCount: Int?
    var reminders: [WorkerReminders.Item] = []

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.frontTitle]) {
            div([("data-qa", "front-page")]) {
                heading(1, t(.frontGreeting, ["name": userName]))
                p([("class", "lead")], [t[role.textKey], organizationName].compactMap { $0 }.joined(separator: " · "))
                if clientCount != nil {
                    Tag("section", [("aria-labelledby", "reminders-heading"), ("data-qa", "reminders")]) {
                        heading(2, t(.remindersTitle, ["count": "\(reminders.count)"]), [("id", "reminders-heading")])
                        if reminders.isEmpty {
                            p([("class", "muted")], t[.remindersNone])
                        } else {
                            Tag("ul", [("class", "reminders")]) {
                                for item in reminders.prefix(Self.shownReminders) {
                                    Tag("li", [("data-qa", "reminder"), ("data-kind", item.reminder.kind.rawValue)]) {
                                        Tag("span", [("class", "reminder-kind")]) { Txt(t[item.reminder.kind.textKey]) }
                                        if item.reminder.kind == .referralWaiting, let referral = item.reminder.subjectID {
                                            link(item.clientName, to: SiteRoute.referral(ReferralID(referral)).path)
                                        } else if let kind = item.reminder.evaluationKind, let period = item.reminder.subjectID {
                                            // Straight to the form of the user's own perspective.
                                            link(item.clientName, to: SiteRoute.clientEvaluationNew(ClientID(item.reminder.clientID)).path
                                                 + "?periodId=\(period)&kind=\(kind.rawValue)", [("data-qa", "reminder-evaluation-link")])
                                        } else if let decision = item.decisionID {
                                            link(item.clientName, to: SiteRoute.decision(client: ClientID(item.reminder.clientID), decision: DecisionID(decision)).path)
                                        } else {
                                            link(item.clientName, to: SiteRoute.client(ClientID(item.reminder.clientID)).path)
                                        }
                                        if let step = item.plannedNextStep {
                                            Tag("span", [("class", "muted"), ("data-qa", "reminder-next-step")]) {
                                                Txt(t(.reminderPlannedNextStep, ["step": step]))
                                            }
                                        }
                                        if let due = item.reminder.dueOn {
                                            Tag("span", [("class", "muted")]) { Txt(t(.remindersDue, ["date": FinnishFormat.date(due)])) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Tag("ul", [("class", "cards")]) {
                    for item in NavigationItem.items(for: actor) where item.route != .front {
                        Tag("li", [("class", "card")]) {
                            link(t[item.key], to: item.route.path)
                            if item.route == .clients, let clientCount {
                                p([("class", "muted"), ("data-qa", "client-count")], t(.frontClientCount, ["count": "\(clientCount)"]))
                            }
                        }
                    }
                }
            }
        }
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
