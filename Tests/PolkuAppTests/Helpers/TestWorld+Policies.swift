@testable import PolkuApp
import PolkuDomain

extension TestWorld {
    /// The minimum period and the timings as the policy form sends them, at the values a new policy starts from.
    static let policyTimingFields: [String: String] = {
        let policy = Policy.legalDefaults(validFrom: today)
        let input = PolicyInput(policy, organizerID: nil, version: nil)
        return Dictionary(uniqueKeysWithValues: PolicyTimingField.all.map { ($0.name, "\(input[keyPath: $0.input]!)") })
    }()
}
