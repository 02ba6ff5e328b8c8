import Foundation

// Coded values of the place registry. Raw values are stored, sent by the API and used as text
// keys, so a case may be added but never renamed.

/// What one does at a place (seed 002 lists workshop, kitchen, cleaning, IT, recycling, outdoor
/// work…). The same list codes a client's interests, so the two can be matched.
public enum PlaceTask: String, Sendable, Codable, CaseIterable {
    case workshop, kitchenCatering, cleaning, it, recycling, outdoorProperty, textile, wood, metal, office, shopCustomerService
    case careAssistance, other
}

/// How much support and guidance a place gives, or a client needs. Ordered: a place gives what a
/// client needs when its level is at least the need.
public enum SupportLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case light, moderate, intensive

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: SupportLevel, rhs: SupportLevel) -> Bool { lhs.rank < rhs.rank }
}

public enum AccessibilityFeature: String, Sendable, Codable, CaseIterable {
    case stepFree, accessibleToilet, hearingLoop, accessibleParking, publicTransport, quietSpace
}

/// Languages a place works in; "other" is explained in the place's description.
public enum PlaceLanguage: String, Sendable, Codable, CaseIterable {
    case fi, sv, en, other
}

/// Comma-separated storage of a set of codes in the order of `allCases`, so equal sets are stored alike.
public enum CodeList {
    public static func stored<Code: RawRepresentable & CaseIterable & Equatable>(_ codes: some Collection<Code>) -> String
        where Code.RawValue == String {
        Code.allCases.filter(codes.contains).map(\.rawValue).joined(separator: ",")
    }

    public static func parse<Code: RawRepresentable>(_ text: String, as: Code.Type = Code.self) -> [Code] where Code.RawValue == String {
        text.split(separator: ",").compactMap { Code(rawValue: String($0)) }
    }
}
