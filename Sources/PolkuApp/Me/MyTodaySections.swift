import Plot
import PolkuDomain

/// The first screen of the client's own page (issue 13, item 7): today, the week and the decision's copy, in plain
/// language. Short sentences and common words; no identity code, no abbreviations, no scores.
struct MyTodaySections: Component {
    let today: MyToday
    let texts: Texts

    var body: Component {
        ComponentGroup(members: [todaySection, weekSection, decisionsSection])
    }

    private var todaySection: Component {
        let t = texts
        return Tag("section", [("class", "today"), ("aria-labelledby", "today-heading"), ("data-qa", "my-today")]) {
            heading(2, t[.todayTitle], [("id", "today-heading")])
            p([("class", "today-status"), ("data-qa", "today-status"), ("data-status", today.status.name)], statusText)
            Tag("dl", [("class", "facts")]) {
                if let place = today.place {
                    ComponentGroup(members: [Tag("dt") { Txt(t[.todayPlace]) }, Tag("dd", [("data-qa", "today-place")]) {
                        Tag("strong") { Txt(place.name) }
                        if !place.streetAddress.isEmpty { Tag("br"); Txt(place.streetAddress) }
                        let town = [place.postalCode, place.town].filter { !$0.isEmpty }.joined(separator: " ")
                        if !town.isEmpty { Tag("br"); Txt(town) }
                    }])
                    if let hours = hoursText(place) {
                        ComponentGroup(members: [Tag("dt") { Txt(t[.todayHours]) }, Tag("dd", [("data-qa", "today-hours")]) { Txt(hours) }])
                    }
                    if !place.contactName.isEmpty || !place.contactPhone.isEmpty {
                        ComponentGroup(members: [Tag("dt") { Txt(t[.todayCoach]) }, Tag("dd", [("data-qa", "today-coach")]) {
                            Txt(place.contactName)
                            if !place.contactPhone.isEmpty { Tag("br"); ContactLinks.phone(place.contactPhone, [("data-qa", "today-coach-phone")]) }
                            if !place.contactEmail.isEmpty { Tag("br"); ContactLinks.email(place.contactEmail) }
                        }])
                    }
                }
                ComponentGroup(members: [Tag("dt") { Txt(t[.todayWorker]) }, Tag("dd", [("data-qa", "today-worker")]) {
                    if let worker = today.worker {
                        Txt(worker.name)
                        if !worker.contact.isEmpty { Tag("br"); ContactLinks.free(worker.contact) }
                    } else {
                        Txt(t[.todayNoWorker])
                    }
                }])
            }
            heading(3, t[.todayNext])
            let next = nextItems
            if next.isEmpty {
                p([("class", "muted"), ("data-qa", "today-next")], t[.todayNothingNext])
            } else {
                Tag("ul", [("data-qa", "today-next")]) {
                    for item in next { Tag("li") { item } }
                }
            }
        }
    }

    private var statusText: String {
        let t = texts
        switch today.status {
        case .workDay: return t[.todayWorkDay]
        case .notWorkDay: return t[.todayNoWorkDay]
        case .dayOff: return t[.todayDayOff]
        case .holiday(let holiday): return t(.todayHoliday, ["holiday": t[holiday.textKey]])
        case .someDays(let days): return t(.todaySomeDays, ["days": "\(days)"])
        case .startsOn(let day): return t(.todayStarts, ["date": FinnishFormat.date(day)])
        case .noPeriod: return t[.todayNoPeriod]
        }
    }

    /// "5 hours a day. The place is open from 8.00 to 15.00."
    private func hoursText(_ place: MyToday.Place) -> String? {
        let t = texts
        var parts: [String] = []
        if let minutes = today.minutesPerDay { parts.append(t(.todayHoursValue, ["hours": PolicyForm.hours(minutes)]) + ".") }
        if !place.opensAt.isEmpty, !place.closesAt.isEmpty {
            parts.append(t(.todayOpen, ["from": Self.clock(place.opensAt), "to": Self.clock(place.closesAt)]))
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// "08:00" → "8.00", as a time of day is written in Finnish.
    static func clock(_ time: String) -> String {
        let parts = time.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let hour = Int(parts[0]) else { return time.replacingOccurrences(of: ":", with: ".") }
        return "\(hour).\(parts[1])"
    }

    /// The next meeting, the next evaluation of one's own (or the invitation to write it now) and the period's last day.
    private var nextItems: [Component] {
        let t = texts
        var items: [Component] = []
        if let meeting = today.nextMeeting {
            items.append(Txt(t(.todayNextMeeting, ["when": MeetingsPage.when(meeting), "place": meeting.location])))
        }
        if let period = today.evaluations, period.writablePerspectives.contains(.client) {
            for slot in period.slots where slot.byPerspective[.client] == nil {
                if slot.window == .due {
                    items.append(ComponentGroup {
                        Txt(t[slot.kind.textKey] + ": " + t[.todayEvaluationNow] + " ")
                        link(t[.evaluationWriteOwn], to: ClientEvaluations.newPath(period, slot.kind), [("data-qa", "today-evaluation-write")])
                    })
                    break
                } else if slot.window == .upcoming {
                    let key: TextKey = slot.kind == .interim ? .todayNextInterim : .todayNextFinal
                    items.append(Txt(t(key, ["date": FinnishFormat.date(slot.dueFrom)])))
                    break
                }
            }
        }
        if let end = today.periodEnd { items.append(Txt(t(.todayPeriodEnds, ["date": FinnishFormat.date(end)]))) }
        return items
    }

    private var weekSection: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "my-week-heading"), ("data-qa", "my-week")]) {
            heading(2, t[.myWeekTitle], [("id", "my-week-heading")])
            if today.week.isEmpty {
                p([("class", "muted")], t[.todayNoPeriod])
            } else if today.week.allSatisfy({ $0.isExpected == nil }) {
                p([], t(.todaySomeDays, ["days": "\(today.daysPerWeek ?? 0)"]))
            } else {
                Tag("ul", [("class", "my-week")]) {
                    for day in today.week {
                        let on = day.isExpected == true
                        Tag("li", [("class", (on ? "day-on" : "day-off") + (day.isToday ? " day-today" : "")),
                                   ("data-qa", "my-week-\(day.weekday.rawValue)"), ("data-expected", on ? "true" : "false")]) {
                            Tag("span") {
                                Txt(t[Self.longKey(day.weekday)])
                                if day.isToday { Txt(" (" + t[.myWeekToday] + ")") }
                            }
                            Tag("span") { Txt(on ? t[.myWeekOn] : t[.myWeekOff]) }
                        }
                    }
                }
            }
        }
    }

    private var decisionsSection: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "my-decisions-heading"), ("data-qa", "my-decisions")]) {
            heading(2, t[.myDecisionsTitle], [("id", "my-decisions-heading")])
            if today.decisions.isEmpty && today.otherDecisions.isEmpty {
                p([("class", "muted")], t[.myDecisionsNone])
            } else {
                p([], t[.myDecisionsIntro])
                Tag("ul") {
                    for decision in today.decisions {
                        Tag("li") {
                            link(t(.myDecisionLink, ["start": FinnishFormat.date(decision.range.start), "end": FinnishFormat.date(decision.range.end),
                                                     "place": decision.placeName]),
                                 to: SiteRoute.myDecision(decision.id).path, [("data-qa", "my-decision-link")])
                        }
                    }
                    for other in today.otherDecisions {
                        Tag("li") {
                            link(t[PathDecisionPage.titleKey(other.kind)] + ", " + FinnishFormat.date(other.decidedOn),
                                 to: SiteRoute.myPathDecision(other.id).path, [("data-qa", "my-path-decision-link")])
                        }
                    }
                }
            }
        }
    }

    static func longKey(_ day: Weekday) -> TextKey {
        switch day {
        case .monday: .weekdayLongMon
        case .tuesday: .weekdayLongTue
        case .wednesday: .weekdayLongWed
        case .thursday: .weekdayLongThu
        default: .weekdayLongFri
        }
    }
}
