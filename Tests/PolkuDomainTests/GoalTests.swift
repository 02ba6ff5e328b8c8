import Foundation
import PolkuDomain
import Testing

struct GoalTests {
    private static let complete = Goal(text: "Arkirytmi vakiintuu", levels: [
        -2: "Ei osallistu lainkaan", -1: "Osallistuu kerran viikossa", 0: "Osallistuu kahtena päivänä viikossa",
        1: "Osallistuu kolmena päivänä", 2: "Osallistuu neljänä päivänä",
    ])

    @Test func completeGoalHasNoProblems() {
        #expect(Self.complete.problems().isEmpty)
    }

    @Test func emptyGoalMissesEverything() {
        #expect(Goal(text: "").problems() == [.missingText, .missingLevel(-2), .missingLevel(-1), .missingLevel(0),
                                              .missingLevel(1), .missingLevel(2)])
    }

    @Test func blankCountsAsMissing() {
        var goal = Self.complete
        goal.text = " \n\t"
        goal.levels[0] = "   "
        goal.levels[2] = nil
        #expect(goal.problems() == [.missingText, .missingLevel(0), .missingLevel(2)])
    }

    @Test func levelsOffTheScaleAreReported() {
        var goal = Self.complete
        goal.levels[3] = "Työllistyy"
        goal.levels[-3] = "?"
        #expect(goal.problems() == [.levelOutOfRange(-3), .levelOutOfRange(3)])
    }

    @Test func problemsNameTheirCodeFieldAndValues() {
        #expect((GoalProblem.missingText.code, GoalProblem.missingText.field, GoalProblem.missingText.values) == ("missingText", "text", [:]))
        let missing = GoalProblem.missingLevel(-2)
        #expect((missing.code, missing.field, missing.values) == ("missingLevel", "levels", ["level": "-2"]))
        let outside = GoalProblem.levelOutOfRange(3)
        #expect((outside.code, outside.field, outside.values) == ("levelOutOfRange", "levels", ["level": "3"]))
    }

    @Test func codableRoundTrip() throws {
        let json = try JSONEncoder().encode(Self.complete)
        #expect(try JSONDecoder().decode(Goal.self, from: json) == Self.complete)
    }

    @Test(arguments: [([Int](), nil), ([0], 0.0), ([-2, 2], 0.0), ([2, 2, 1], 5.0 / 3.0), ([-2, -1], -1.5),
                      ([3], nil), ([1, -3], nil)] as [([Int], Double?)])
    func score(achieved: [Int], expected: Double?) {
        #expect(GoalAttainment.score(achieved: achieved) == expected)
    }
}
