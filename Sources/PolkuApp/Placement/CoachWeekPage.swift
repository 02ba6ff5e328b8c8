import Foundation
import Plot
import PolkuDomain
import Vapor

/// The work coach's week: days with holidays, who is expected today, each client's schedule,
/// familiarization visits and the queues of the coach's places.
struct CoachWeekPage {
    let week: CoachWeek

    func render(on req: Request) -> Response {
        let t = req.texts
        let title = t(.coachWeekTitle, ["week": "\(week.week.week)", "year": "\(week.week.year)"])
        let workdays = Array(week.days.prefix(5))
        let weekURL = { (w: ISOWeek) in SiteRoute.coachWeek.path + "?week=" + w.isoString }
        return req.page(title) {
            div([("data-qa", "coach-week")]) {
                heading(1, title)
                p([("class", "lead")], FinnishFormat.date(week.week.monday) + "–" + FinnishFormat.date(week.week.sunday))
                Tag("nav", [("class", "week-nav"), ("aria-label", t[.coachWeekNavigation])]) {
                    link("← " + t(.weekNumber, ["week": "\(week.week.previous.week)"]), to: weekURL(week.week.previous), [("data-qa", "week-previous")])
                    link(t[.coachWeekThis], to: SiteRoute.coachWeek.path, [("data-qa", "week-this")])
                    link(t(.weekNumber, ["week": "\(week.week.next.week)"]) + " →", to: weekURL(week.week.next), [("data-qa", "week-next")])
                }
                let holidays = week.days.filter { $0.holiday != nil }
                if !holidays.isEmpty {
                    Tag("ul", [("data-qa", "week-holidays")]) {
                        for day in holidays {
                            Tag("li", [("data-qa", "holiday")]) { Txt(FinnishFormat.date(day.date) + " " + t[day.holiday!.textKey]) }
                        }
                    }
                }
                if week.week == ISOWeek(containing: week.today) {
                    Tag("section", [("aria-labelledby", "today-heading"), ("data-qa", "expected-today")]) {
                        heading(2, t(.coachWeekToday, ["date": FinnishFormat.date(week.today)]), [("id", "today-heading")])
                        let expected = week.rows.filter { $0.expectedToday != .notExpected }
                        if let holiday = FinnishCalendar.holiday(on: week.today) {
                            p([("class", "muted")], t(.coachWeekHolidayToday, ["holiday": t[holiday.textKey]]))
                        } else if expected.isEmpty {
                            p([("class", "muted")], t[.coachWeekNobodyToday])
                        } else {
                            Tag("ul") {
                                for row in expected {
                                    Tag("li", [("data-qa", "expected-client")]) {
                                        row.mayOpen ? link(row.clientName, to: SiteRoute.client(ClientID(row.clientID)).path) : Txt(row.clientName)
                                        Txt(" · " + row.placeName + (row.expectedToday == .someDays ? " · " + t(.coachWeekSomeDays, ["days": "\(row.daysPerWeek ?? 0)"]) : ""))
                                        if let phone = row.phone { Txt(" · "); ContactLinks.phone(phone) }
                                    }
                                }
                            }
                        }
                    }
                }
                Tag("section", [("aria-labelledby", "clients-heading")]) {
                    heading(2, t[.coachWeekClients], [("id", "clients-heading")])
                    if week.rows.isEmpty {
                        p([("class", "muted")], t[.coachWeekNoClients])
                    } else {
                        scheduleTable(workdays, t)
                        p([("class", "hint")], t[.coachWeekLegend])
                    }
                }
                Tag("section", [("aria-labelledby", "visits-heading")]) {
                    heading(2, t[.coachWeekVisits], [("id", "visits-heading")])
                    if week.visits.isEmpty {
                        p([("class", "muted")], t[.visitsNone])
                    } else {
                        DataTable(qa: "week-visits", caption: t[.coachWeekVisits],
                                  headers: [t[.visitWhen], t[.colName], t[.queuePlace], t[.visitAccompaniedBy], t[.visitOutcome]],
                                  rows: week.visits.map { visit in
                                      DataTable.Row(qa: "week-visit", cells: [
                                          Txt(FinnishFormat.date(visit.date) + " " + visit.timeOfDay),
                                          clientCell(visit.clientID, visit.clientName, visit.identityCode, visit.phone, visit.mayOpen),
                                          Txt(visit.placeName), Txt(visit.accompaniedBy),
                                          Txt(visit.outcome.map { t[$0.textKey] } ?? t[.visitOutcomeNone]),
                                      ])
                                  })
                    }
                }
                Tag("section", [("aria-labelledby", "queues-heading")]) {
                    heading(2, t[.queuesTitle], [("id", "queues-heading")])
                    if week.queues.isEmpty { p([("class", "muted")], t[.queueEmpty]) }
                    for queue in week.queues {
                        heading(3, queue.placeName)
                        PlaceQueueTable(queue: queue, texts: t)
                    }
                    link(t[.queuesAll], to: SiteRoute.queues.path)
                }
            }
        }
    }

    private func scheduleTable(_ workdays: [CoachWeek.Day], _ t: Texts) -> Component {
        div([("class", "table-wrap")]) {
            Tag("table", [("class", "data"), ("data-qa", "week-schedule")]) {
                Tag("caption", [("class", "visually-hidden")]) { Txt(t[.coachWeekClients]) }
                Tag("thead") {
                    Tag("tr") {
                        Tag("th", [("scope", "col")]) { Txt(t[.colName]) }
                        Tag("th", [("scope", "col")]) { Txt(t[.queuePlace]) }
                        Tag("th", [("scope", "col")]) { Txt(t[.planSchedule]) }
                        for day in workdays {
                            Tag("th", [("scope", "col"), ("class", dayClass(day))]) {
                                Txt(t[day.date.weekday.shortTextKey] + " " + "\(day.date.day).\(day.date.month).")
                            }
                        }
                    }
                }
                Tag("tbody") {
                    for row in week.rows {
                        Tag("tr", [("data-qa", "week-row")]) {
                            Tag("th", [("scope", "row"), ("data-label", t[.colName])]) {
                                clientCell(row.clientID, row.clientName, row.identityCode, row.phone, row.mayOpen)
                            }
                            Tag("td", [("data-label", t[.queuePlace])]) {
                                Txt(row.placeName + ", " + FinnishFormat.date(row.period.start) + "–" + FinnishFormat.date(row.period.end))
                            }
                            Tag("td", [("data-label", t[.planSchedule])]) {
                                Txt(row.daysPerWeek.map { days in t(.planScheduleValue, ["days": "\(days)", "hours": PolicyForm.hours(row.minutesPerDay ?? 0)]) } ?? "–")
                            }
                            for (index, day) in workdays.enumerated() {
                                Tag("td", [("data-label", t[day.date.weekday.shortTextKey] + " " + FinnishFormat.date(day.date)), ("class", dayClass(day)),
                                           ("data-expectation", row.expectations[index].rawValue)]) {
                                    Txt(mark(row.expectations[index], day, t))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The client's name, a link to their page when the coach may open it, and their phone to call.
    private func clientCell(_ id: UUID, _ name: String, _ identityCode: String, _ phone: String?, _ mayOpen: Bool) -> Component {
        ComponentGroup(members: [
            mayOpen ? link(name, to: SiteRoute.client(ClientID(id)).path, [("data-qa", "week-client-link")]) : Txt(name),
            Txt(" (" + identityCode + ")"),
            phone.map { number in Tag("span", [("class", "week-phone")]) { Txt(" · "); ContactLinks.phone(number, [("data-qa", "week-client-phone")]) } }
                ?? Txt(""),
        ])
    }

    private func dayClass(_ day: CoachWeek.Day) -> String? {
        [day.holiday == nil ? nil : "holiday", day.isToday ? "today" : nil].compactMap { $0 }.joined(separator: " ").nilIfEmpty
    }

    private func mark(_ expectation: Attendance.Expectation, _ day: CoachWeek.Day, _ t: Texts) -> String {
        if let holiday = day.holiday { return t[holiday.textKey] }
        switch expectation {
        case .expected: return t[.coachWeekExpected]
        case .someDays: return t[.coachWeekMaybe]
        case .notExpected: return "–"
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
