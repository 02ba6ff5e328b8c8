import Foundation

/// How a decision is delivered to the client (hallintolaki 434/2003, 59–60 §; laki sähköisestä asioinnista
/// viranomaistoiminnassa 13/2003, 19 §), recorded on the decision because it sets when the 30 days for a
/// request for a review begin (decision 201).
public enum DecisionNotification: String, Sendable, Codable, CaseIterable {
    /// By ordinary letter: received on the 7th day after posting unless shown otherwise (hallintolaki 59 §).
    case post
    /// Handed to the client in person: received on the day it is handed over.
    case hand
    /// Sent electronically: received on the 3rd day after sending unless shown otherwise (13/2003, 19 §).
    case electronic

    /// What a decision recorded before the field existed, or one made without naming it, was: a letter.
    public static let `default`: DecisionNotification = .post

    /// The day after sending on which the decision counts as received; the 30 days run from the day after it.
    public var daysUntilReceived: Int {
        switch self {
        case .post: 7
        case .hand: 0
        case .electronic: 3
        }
    }
}

/// The case number (diaarinumero) a decision gets when it is made: `KTT-2026-000123`, numbered per organizer
/// and year from 1 in the order decisions are made, never reused (decision 200).
public enum CaseNumber {
    public static let prefix = "KTT"

    public static func format(year: Int, number: Int) -> String {
        let digits = String(number)
        return "\(prefix)-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The year and the running number of a case number made by `format`; nil for anything else.
    public static func parse(_ text: String) -> (year: Int, number: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == prefix, parts[1].count == 4, let year = Int(parts[1]),
              parts[2].count >= 6, let number = Int(parts[2]), number > 0 else { return nil }
        return (year, number)
    }
}
