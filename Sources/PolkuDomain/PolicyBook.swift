import Foundation

/// All dated policies of one organizer; answers which rules applied on a given day, so that a
/// decision made last spring is judged by last spring's rules.
public struct PolicyBook: Sendable, Equatable {
    public let policies: [Policy]

    public init(_ policies: [Policy]) {
        self.policies = policies
    }

    /// The policy in force on `date`. The app refuses overlapping periods on save, but data
    /// imported or saved before that check may still overlap; then the most recently started
    /// policy wins, since it is the newer decision. Equal start dates: the later one in the list.
    public func policy(on date: LocalDate) -> Policy? {
        var found: Policy?
        for policy in policies where policy.isInForce(on: date) {
            if let current = found, policy.validFrom < current.validFrom { continue }
            found = policy
        }
        return found
    }

    /// Every pair of policies that share at least one day, each pair ordered by `validFrom`,
    /// so that an administrator's save can be refused with both periods named.
    public static func overlapping(_ policies: [Policy]) -> [(Policy, Policy)] {
        var pairs: [(Policy, Policy)] = []
        for (index, first) in policies.enumerated() {
            for second in policies[(index + 1)...] where first.overlaps(second) {
                pairs.append(second.validFrom < first.validFrom ? (second, first) : (first, second))
            }
        }
        return pairs
    }
}
