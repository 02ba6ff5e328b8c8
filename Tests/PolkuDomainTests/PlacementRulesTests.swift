import Foundation
import PolkuDomain
import Testing

struct FinnishCalendarTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test(arguments: [(2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2038, 4, 25)])
    func easter(year: Int, month: Int, dayOfMonth: Int) {
        #expect(FinnishCalendar.easterSunday(year: year) == day(year, month, dayOfMonth))
    }

    @Test func theHolidaysOf2026() {
        let holidays = FinnishCalendar.holidays(in: 2026)
        #expect(holidays == [
            day(2026, 1, 1): .newYearsDay, day(2026, 1, 6): .epiphany, day(2026, 4, 3): .goodFriday, day(2026, 4, 5): .easterSunday,
            day(2026, 4, 6): .easterMonday, day(2026, 5, 1): .mayDay, day(2026, 5, 14): .ascensionDay, day(2026, 5, 24): .whitsunday,
            day(2026, 6, 19): .midsummerEve, day(2026, 6, 20): .midsummerDay, day(2026, 10, 31): .allSaintsDay,
            day(2026, 12, 6): .independenceDay, day(2026, 12, 24): .christmasEve, day(2026, 12, 25): .christmasDay, day(2026, 12, 26): .boxingDay,
        ])
    }

    /// Midsummer Day is the Saturday of 20–26 June and All Saints' Day the Saturday of 31.10.–6.11., at both ends.
    @Test func movingSaturdaysAtTheirBoundaries() {
        #expect(FinnishCalendar.holiday(on: day(2026, 6, 20)) == .midsummerDay)  // the first possible day
        #expect(FinnishCalendar.holiday(on: day(2021, 6, 26)) == .midsummerDay)  // the last
        #expect(FinnishCalendar.holiday(on: day(2021, 6, 25)) == .midsummerEve)
        #expect(FinnishCalendar.holiday(on: day(2026, 10, 31)) == .allSaintsDay)
        #expect(FinnishCalendar.holiday(on: day(2025, 11, 1)) == .allSaintsDay)
        #expect(FinnishCalendar.holiday(on: day(2020, 11, 7)) == nil)
        #expect(FinnishCalendar.holiday(on: day(2020, 10, 31)) == .allSaintsDay)
    }

    @Test func mayDayOnAscensionKeepsOneName() {
        #expect(FinnishCalendar.holiday(on: day(2008, 5, 1)) == .mayDay)
        #expect(FinnishCalendar.holidays(in: 2008).count == 14)
    }

    @Test func workingDays() {
        #expect(FinnishCalendar.isWorkingDay(day(2026, 5, 28)))  // Thursday
        #expect(!FinnishCalendar.isWorkingDay(day(2026, 5, 30)))  // Saturday
        #expect(!FinnishCalendar.isWorkingDay(day(2026, 5, 14)))  // Ascension, a Thursday
        #expect(!FinnishCalendar.isWorkingDay(day(2026, 12, 24)))
    }
}

struct PlacementRulesTests {
    private let today = LocalDate(isoString: "2026-05-28")!
    private func day(_ offset: Int) -> LocalDate { today.adding(days: offset) }
    @Test func urgentFirstThenFirstComeFirstServed() {
        let t = Date(timeIntervalSince1970: 1_780_000_000)
        let early = PlacementQueue.Entry(id: UUID(), queuedAt: t, isUrgent: false)
        let late = PlacementQueue.Entry(id: UUID(), queuedAt: t.addingTimeInterval(60), isUrgent: false)
        let urgentLate = PlacementQueue.Entry(id: UUID(), queuedAt: t.addingTimeInterval(3600), isUrgent: true)
        let urgentEarly = PlacementQueue.Entry(id: UUID(), queuedAt: t.addingTimeInterval(120), isUrgent: true)
        #expect(PlacementQueue.ordered([late, urgentLate, early, urgentEarly]) == [urgentEarly, urgentLate, early, late])
    }

    @Test func waitingDays() {
        #expect(PlacementQueue.waitingDays(queuedOn: today, until: today) == 0)
        #expect(PlacementQueue.waitingDays(queuedOn: day(-45), until: today) == 45)
        #expect(PlacementQueue.waitingDays(queuedOn: day(2), until: today) == 0)
    }

    @Test func aNoticeAfterTheStartIsLate() {
        #expect(!ShopStewardNotice.isLate(notifiedOn: day(-1), periodStartsOn: today))
        #expect(!ShopStewardNotice.isLate(notifiedOn: today, periodStartsOn: today))
        #expect(ShopStewardNotice.isLate(notifiedOn: day(1), periodStartsOn: today))
    }

    @Test func whoIsExpected() {
        let period = DateRange(start: day(-10), end: day(10))
        #expect(Attendance.expectation(on: today, period: period, status: .active, daysPerWeek: 5) == .expected)
        #expect(Attendance.expectation(on: today, period: period, status: .active, daysPerWeek: 3) == .someDays)
        #expect(Attendance.expectation(on: day(2), period: period, status: .active, daysPerWeek: 5) == .notExpected)  // Saturday
        #expect(Attendance.expectation(on: day(-14), period: DateRange(start: day(-20), end: day(0)), status: .active, daysPerWeek: 5) == .notExpected)  // Ascension
        #expect(Attendance.expectation(on: day(11), period: period, status: .active, daysPerWeek: 5) == .notExpected)
        #expect(Attendance.expectation(on: today, period: period, status: .interrupted, daysPerWeek: 5) == .notExpected)
    }

    @Test func theDecisionsWeekdaysSayWhoIsExpected() {
        let period = DateRange(start: day(-20), end: day(10))
        let monWedFri: [Weekday] = [.monday, .wednesday, .friday]
        #expect(Attendance.expectation(on: today, period: period, status: .active, daysPerWeek: 3, weekdays: monWedFri) == .notExpected)  // Thursday
        #expect(Attendance.expectation(on: day(1), period: period, status: .active, daysPerWeek: 3, weekdays: monWedFri) == .expected)  // Friday
        #expect(Attendance.expectation(on: day(-14), period: period, status: .active, daysPerWeek: 1, weekdays: [.thursday]) == .notExpected)  // Ascension
        #expect(Attendance.expectation(on: day(-14), period: period, status: .active, daysPerWeek: 1, weekdays: [.friday]) == .notExpected)
        #expect(Attendance.expectation(on: day(-13), period: period, status: .active, daysPerWeek: 1, weekdays: [.friday]) == .expected)
    }

    @Test func weekdaysAreStoredInWeekOrder() {
        #expect(Weekday.stored([.friday, .monday, .wednesday]) == "1,3,5")
        #expect(Weekday.days(stored: "5,1,3") == [.monday, .wednesday, .friday])
        #expect(Weekday.days(stored: "") == [])
        #expect(Weekday.days(stored: "0,8,x,2") == [.tuesday])
    }
}

struct ShopStewardReminderTests {
    private let today = LocalDate(isoString: "2026-05-28")!
    private let client = UUID()
    private let subject = UUID()

    private func reminders(startsIn: Int, needsNotice: Bool = true, status: PeriodStatus = .planned) -> [Reminder] {
        let period = ReminderInputs.Period(id: subject, clientID: client, startsOn: today.adding(days: startsIn), endsOn: today.adding(days: startsIn + 90),
                                           status: status, nextStepActedOn: true, hasInterimEvaluation: true, needsShopStewardNotice: needsNotice,
                                           timings: PolicyTimings())
        return Reminders.reminders(ReminderInputs(today: today, periods: [period])).filter { $0.kind == .shopStewardNoticeMissing }
    }

    @Test(arguments: [(15, false), (14, true), (0, true), (-3, true)])
    func remindedFromFourteenDaysBeforeTheStart(startsIn: Int, reminded: Bool) {
        let expected = reminded ? [Reminder(kind: .shopStewardNoticeMissing, clientID: client, dueOn: today.adding(days: startsIn), subjectID: subject,
                                           lateAfter: today.adding(days: startsIn - 1))] : []
        #expect(reminders(startsIn: startsIn, status: startsIn <= 0 ? .active : .planned) == expected)
    }

    @Test func notWhenRecordedOrNotOwnProductionOrOver() {
        #expect(reminders(startsIn: 3, needsNotice: false).isEmpty)
        #expect(reminders(startsIn: 3, status: .interrupted).isEmpty)
    }
}
