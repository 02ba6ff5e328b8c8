import Plot
import PolkuDomain

/// The client's own view of their service: where they are, their goals, their period, their worker.
struct MyPathSections: Component {
    let path: ClientPathSummary
    let texts: Texts

    var body: Component {
        let t = texts
        return ComponentGroup(members: [
            Tag("section", [("class", "path-section"), ("aria-labelledby", "path-heading")]) {
                heading(2, t[.pathTitle], [("id", "path-heading")])
                PathSteps(progress: path.progress, texts: t)
            },
            Tag("section", [("class", "path-section"), ("aria-labelledby", "my-meeting-heading"), ("data-qa", "my-meeting")]) {
                heading(2, t[.myNextMeeting], [("id", "my-meeting-heading")])
                if let meeting = path.nextMeeting {
                    p([], MeetingsPage.when(meeting) + ", " + meeting.location + " – " + meeting.purpose)
                } else {
                    p([("class", "muted")], t[.meetingsNone])
                }
            },
            Tag("section", [("class", "path-section"), ("aria-labelledby", "my-period-heading"), ("data-qa", "my-period")]) {
                heading(2, t[.myPeriodTitle], [("id", "my-period-heading")])
                if let period = path.currentPeriod, let range = period.dateRange {
                    p([], t(.myPeriodValue, ["place": path.placeName ?? "", "start": FinnishFormat.date(range.start), "end": FinnishFormat.date(range.end)]))
                } else {
                    p([("class", "muted")], t[.myNoPeriod])
                }
            },
            ClientEvaluations(periods: path.evaluations, ownView: true, texts: t),
            Tag("section", [("class", "path-section"), ("aria-labelledby", "my-plan-heading"), ("data-qa", "my-plan")]) {
                heading(2, t[.myPlanTitle], [("id", "my-plan-heading")])
                if let version = path.plan?.current {
                    p([], t(.planScheduleValue, ["days": "\(version.daysPerWeek)", "hours": PolicyForm.hours(version.minutesPerDay)]))
                    // No weights here: they are the T-score's, which the client's pages do not show (decision 224).
                    Tag("ul") {
                        for goal in version.goals {
                            Tag("li") {
                                Tag("strong") { Txt(goal.text ?? "") }
                                Txt(" – " + t[.myGoalExpected] + ": " + (goal.zero ?? ""))
                            }
                        }
                    }
                    p([], t[.planNextStep] + ": " + version.nextStepPlan)
                } else {
                    p([("class", "muted")], t[.planNone])
                }
            },
            Tag("section", [("class", "path-section"), ("aria-labelledby", "my-worker-heading")]) {
                heading(2, t[.myResponsibleTitle], [("id", "my-worker-heading")])
                Tag("p", [("data-qa", "my-worker")]) {
                    if let worker = path.responsibleWorker {
                        Txt(worker.name)
                        if !worker.contact.isEmpty { Txt(", "); ContactLinks.free(worker.contact) }
                    } else {
                        Txt(t[.teamNoResponsible])
                    }
                }
            },
        ])
    }
}
