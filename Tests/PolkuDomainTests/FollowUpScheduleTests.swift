import Foundation
import PolkuDomain
import Testing

struct FollowUpScheduleTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func pointsFallDueThreeAndSixMonthsAfterTheEnd() {
        let schedule = FollowUpSchedule(endedOn: day(2026, 3, 31), done: [], today: day(2026, 4, 1), timings: PolicyTimings())
        #expect(schedule.items.map(\.point) == [.threeMonths, .sixMonths])
        // Month arithmetic clamps to the month's last day.
        #expect(schedule.items.map(\.dueOn) == [day(2026, 6, 30), day(2026, 9, 30)])
        #expect(schedule.items.map(\.state) == [.upcoming, .upcoming])
        #expect(schedule.next?.point == .threeMonths)
    }

    @Test func aPointIsDueOnItsDayAndStaysDueUntilRecorded() {
        let ended = day(2026, 1, 15)
        #expect(FollowUpSchedule(endedOn: ended, done: [], today: day(2026, 4, 14), timings: PolicyTimings()).items[0].state == .upcoming)
        #expect(FollowUpSchedule(endedOn: ended, done: [], today: day(2026, 4, 15), timings: PolicyTimings()).items[0].state == .due)
        let late = FollowUpSchedule(endedOn: ended, done: [.threeMonths], today: day(2026, 12, 1), timings: PolicyTimings())
        #expect(late.items.map(\.state) == [.done, .due])
        #expect(late.next?.point == .sixMonths)
        #expect(FollowUpSchedule(endedOn: ended, done: Set(FollowUpPoint.allCases), today: ended, timings: PolicyTimings()).next == nil)
    }

    @Test func pointsAreTheOrganizersMonths() {
        let schedule = FollowUpSchedule(endedOn: day(2026, 3, 31), done: [], today: day(2026, 4, 1),
                                        timings: PolicyTimings(firstFollowUpMonths: 2, secondFollowUpMonths: 12))
        #expect(schedule.items.map(\.dueOn) == [day(2026, 5, 31), day(2027, 3, 31)])
    }
}

struct PathRecordAccessTests {
    @Test func onlySocialCareWritesAssessmentsAndEmploymentServicesJoinForTheEnding() {
        #expect(Role.allCases.filter(Action.Assessment.write.isGranted) == [.socialWorker, .socialCounsellor])
        for action in [Action.ending(.write), .followUp(.write)] {
            #expect(Role.allCases.filter(action.isGranted) == [.socialWorker, .socialCounsellor, .employmentSpecialist])
        }
    }
}
