import Foundation
import PolkuDomain
import Testing

struct FeedbackResultsTests {
    private func answer(_ rating: Int, good: String? = nil, improve: String? = nil) -> FeedbackAnswerFacts {
        FeedbackAnswerFacts(ratings: Dictionary(uniqueKeysWithValues: FeedbackForm.client.questions.map { ($0, rating) }),
                            whatWasGood: good, whatToImprove: improve)
    }

    @Test func fourAnswersShowNothingNotEvenTheirTexts() {
        let four = (1...4).map { answer($0, good: "Hyvä \($0)", improve: "Parannettavaa \($0)") }
        #expect(FeedbackResults.summarize(.client, four) == .tooFew)
        #expect(!FeedbackResults.isShown(answerCount: 4))
        #expect(FeedbackResults.summarize(.client, []) == .tooFew)
        #expect(FeedbackResults.summarize(.place, [FeedbackAnswerFacts(ratings: [.goalClear: 5])]) == .tooFew)
    }

    @Test func fiveAnswersShowCountsMeansDistributionAndSortedTexts() {
        let five = [answer(5, good: "Ruoka"), answer(4, improve: "Lisää ohjausta"), answer(4, good: "Aamukahvit"), answer(3, good: ""), answer(1)]
        #expect(FeedbackResults.isShown(answerCount: 5))
        guard case let .shown(count, questions, good, improve) = FeedbackResults.summarize(.client, five) else {
            Issue.record("five answers are shown"); return
        }
        #expect(count == 5)
        #expect(questions.map(\.question) == FeedbackForm.client.questions)
        #expect(questions[0].count == 5)
        #expect(questions[0].mean == 17.0 / 5.0)
        #expect(questions[0].distribution == [1, 0, 1, 2, 1])
        // Sorted, blank ones left out: the order says nothing of who answered when.
        #expect(good == ["Aamukahvit", "Ruoka"])
        #expect(improve == ["Lisää ohjausta"])
    }

    @Test func eachFormAsksItsOwnQuestions() {
        #expect(FeedbackForm.client.questions.count == 6)
        #expect(FeedbackForm.place.questions.count == 5)
        #expect(Set(FeedbackForm.client.questions).isDisjoint(with: FeedbackForm.place.questions))
        #expect(Set(FeedbackForm.allCases.flatMap(\.questions)) == Set(FeedbackQuestion.allCases))
    }
}

struct FeedbackWindowTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func opensOnTheFirstDayAndClosesSixtyDaysAfterTheLast() {
        let start = day(2026, 5, 1), end = day(2026, 7, 31)
        let timings = PolicyTimings()
        #expect(!FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: day(2026, 4, 30), timings: timings))
        #expect(FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: start, timings: timings))
        #expect(FeedbackWindow.closesOn(endsOn: end, timings: timings) == day(2026, 9, 29))
        #expect(FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: day(2026, 9, 29), timings: timings))
        #expect(!FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: day(2026, 9, 30), timings: timings))
    }

    @Test func theOrganizersWindow() {
        let start = day(2026, 5, 1), end = day(2026, 7, 31), timings = PolicyTimings(feedbackDaysAfterEnd: 30)
        #expect(FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: day(2026, 8, 30), timings: timings))
        #expect(!FeedbackWindow.isOpen(startsOn: start, endsOn: end, today: day(2026, 8, 31), timings: timings))
    }
}

struct FeedbackAccessTests {
    @Test func theClientAndTheCoachGiveOnlineAndWorkersRecordEitherFromPaper() {
        #expect(FeedbackAccess.channel(for: .client, by: .client) == .online)
        for role in [Role.socialWorker, .socialCounsellor, .employmentSpecialist] {
            #expect(FeedbackAccess.channel(for: .client, by: role) == .paper)
            #expect(FeedbackAccess.channel(for: .place, by: role) == .paper)
        }
        #expect(FeedbackAccess.channel(for: .place, by: .workCoach) == .online)
        #expect(FeedbackAccess.channel(for: .client, by: .workCoach) == nil)
        for role in [Role.admin, .manager] { #expect(FeedbackForm.allCases.allSatisfy { FeedbackAccess.channel(for: $0, by: role) == nil }) }
        // A worker never rewrites what the client typed, and the client does not edit what was copied from paper.
        #expect(!FeedbackAccess.mayChange(.client, givenThrough: .online, by: .socialWorker))
        #expect(!FeedbackAccess.mayChange(.client, givenThrough: .paper, by: .client))
        #expect(FeedbackAccess.mayChange(.client, givenThrough: .paper, by: .socialCounsellor))
        #expect(!FeedbackAccess.mayChange(.place, givenThrough: .online, by: .socialWorker))
        #expect(!FeedbackAccess.mayChange(.place, givenThrough: .paper, by: .workCoach))
        // The place never reads one client's feedback about itself, only the results.
        #expect(!FeedbackAccess.mayRead(.client, by: .workCoach))
        #expect(FeedbackAccess.mayRead(.place, by: .workCoach))
        #expect(FeedbackAccess.mayRead(.client, by: .client) && FeedbackAccess.mayRead(.client, by: .employmentSpecialist))
    }

    @Test func resultsReachFollowsTheRole() {
        let county = Set(["167", "422"]), other = Set(["091"])
        let provider = UUID()
        #expect(FeedbackAccess.resultScope(role: .client, coveredMunicipalityCodes: [], organizationID: nil, counties: [county]) == .forbidden)
        #expect(FeedbackAccess.resultScope(role: .admin, coveredMunicipalityCodes: [], organizationID: nil, counties: [county]) == .allPlaces)
        #expect(FeedbackAccess.resultScope(role: .workCoach, coveredMunicipalityCodes: ["167"], organizationID: provider, counties: [county])
                == .provider(provider))
        // An area's counsellor sees the whole county's places, not another county's.
        let area = FeedbackAccess.resultScope(role: .socialCounsellor, coveredMunicipalityCodes: ["167"], organizationID: UUID(), counties: [county, other])
        #expect(area == .municipalities(county))
        #expect(FeedbackAccess.sees(area, placeOf: provider, in: "422"))
        #expect(!FeedbackAccess.sees(area, placeOf: provider, in: "091"))
        #expect(!FeedbackAccess.sees(.provider(UUID()), placeOf: provider, in: "167"))
    }
}
