import PolkuDomain
import Vapor

/// A goal as the plan form sends it: the weight as typed, so that a weight the form cannot read comes back
/// next to its field with what was typed (422), not as a request that could not be read.
struct PlanFormGoal: Content, Equatable {
    var text: String?
    var minus2: String?
    var minus1: String?
    var zero: String?
    var plus1: String?
    var plus2: String?
    var weight: String?

    init() {}

    init(_ goal: PlanGoal) {
        text = goal.text
        minus2 = goal.minus2
        minus1 = goal.minus1
        zero = goal.zero
        plus1 = goal.plus1
        plus2 = goal.plus2
        weight = "\(goal.effectiveWeight)"
    }

    /// The goal's texts; the weight is read with the other numbers of the form.
    var goal: PlanGoal {
        PlanGoal(text: text, minus2: minus2, minus1: minus1, zero: zero, plus1: plus1, plus2: plus2)
    }
}
