import Foundation

/// One goal of the plan, written as a goal-attainment scale: a description of each outcome from
/// −2 (much less than expected) through 0 (the expected outcome) to +2 (much more than expected).
/// Writing all five in advance is what makes the later rating comparable, so all are required.
public struct Goal: Sendable, Codable, Equatable {
    public var text: String
    /// Level (−2…+2) → what that outcome looks like for this client.
    public var levels: [Int: String]

    public init(text: String, levels: [Int: String] = [:]) {
        self.text = text
        self.levels = levels
    }

    /// Empty when the goal is complete; otherwise in a stable order: text, missing levels
    /// from −2 up, then levels outside the scale.
    public func problems() -> [GoalProblem] {
        var problems: [GoalProblem] = []
        if Self.isBlank(text) { problems.append(.missingText) }
        for level in GoalAttainment.levels where Self.isBlank(levels[level] ?? "") {
            problems.append(.missingLevel(level))
        }
        for level in levels.keys.sorted() where !GoalAttainment.levels.contains(level) {
            problems.append(.levelOutOfRange(level))
        }
        return problems
    }

    private static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}

/// What is wrong with a goal; like `PolicyViolation`, a code and parameters for a localized message.
public enum GoalProblem: Sendable, Equatable {
    case missingText
    case missingLevel(Int)
    /// Only reachable through the API, whose callers can send any key.
    case levelOutOfRange(Int)

    public var code: String {
        switch self {
        case .missingText: "missingText"
        case .missingLevel: "missingLevel"
        case .levelOutOfRange: "levelOutOfRange"
        }
    }

    public var field: String {
        switch self {
        case .missingText: "text"
        case .missingLevel, .levelOutOfRange: "levels"
        }
    }

    public var values: [String: String] {
        switch self {
        case .missingText: [:]
        case .missingLevel(let level), .levelOutOfRange(let level): ["level": String(level)]
        }
    }
}

/// Scoring of goal-attainment ratings.
public enum GoalAttainment {
    /// The scale of the method itself, not an organizer's rule.
    public static let levels = -2...2

    /// The mean of the achieved levels. Nil when there is nothing to score, or when a level is off
    /// the scale: a wrong number in a report is worse than none.
    public static func score(achieved: [Int]) -> Double? {
        guard !achieved.isEmpty, achieved.allSatisfy(levels.contains) else { return nil }
        return Double(achieved.reduce(0, +)) / Double(achieved.count)
    }

    /// The correlation between goals that Kiresuk and Sherman assumed; the usual default.
    public static let assumedCorrelation = 0.3

    /// The goal-attainment T-score with equal weights: 50 + 10·Σx / √((1 − ρ)·n + ρ·n²). 50 is every goal
    /// reached as expected; about 60 and 40 are one level above and below on every goal. Nil like `score`.
    public static func tScore(achieved: [Int], correlation rho: Double = assumedCorrelation) -> Double? {
        guard !achieved.isEmpty, achieved.allSatisfy(levels.contains) else { return nil }
        let n = Double(achieved.count)
        let sum = Double(achieved.reduce(0, +))
        return 50 + 10 * sum / ((1 - rho) * n + rho * n * n).squareRoot()
    }
}
