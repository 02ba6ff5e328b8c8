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

    /// How much a goal counts in the T-score compared with the others. 1 is the default; 10 lets one goal
    /// outweigh nine others together, which is as far as anyone ranks goals of one plan (decision 129).
    public static let weights = 1...10
    public static let defaultWeight = 1

    /// The goal-attainment T-score: 50 + 10·Σwᵢxᵢ / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²). 50 is every goal reached as
    /// expected; about 60 and 40 are one level above and below on every goal. Without weights every goal
    /// weighs the same, and equal weights of any size give the unweighted 50 + 10·Σx / √((1 − ρ)·n + ρ·n²).
    /// Nil like `score`, and when the weights do not match the goals or are off their range.
    public static func tScore(achieved: [Int], weights: [Int]? = nil, correlation rho: Double = assumedCorrelation) -> Double? {
        guard !achieved.isEmpty, achieved.allSatisfy(levels.contains) else { return nil }
        let w = weights ?? Array(repeating: defaultWeight, count: achieved.count)
        guard w.count == achieved.count, w.allSatisfy(Self.weights.contains) else { return nil }
        let weighted = Double(zip(w, achieved).map { $0 * $1 }.reduce(0, +))
        let sumOfSquares = Double(w.map { $0 * $0 }.reduce(0, +))
        let sum = Double(w.reduce(0, +))
        return 50 + 10 * weighted / ((1 - rho) * sumOfSquares + rho * sum * sum).squareRoot()
    }
}
