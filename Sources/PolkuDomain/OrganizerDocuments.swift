import Foundation

/// The organizer's own texts that its decisions and contracts print (decision 123); the legal basis its
/// decisions cite (the law and sections in force, decision 202).
public enum OrganizerDocumentKind: String, Sendable, CaseIterable, Codable {
    case appealInstructions, insurance, providerInstructions, legalBasis
}

/// Dated versions of one organizer's document of one kind: each is in force from its first day until the
/// next one begins. A version is never changed once it has come into force, and a new one begins tomorrow at
/// the earliest (a decision may already have printed today's), so the version a decision printed on its day
/// stays the version in force on that day.
public enum OrganizerDocumentRules {
    public enum Problem: Sendable, Equatable {
        /// A new or changed version would begin today or earlier.
        case beginsTooEarly
        /// The version has come into force (today or earlier): add a new one instead.
        case alreadyInForce
        /// Another version of the same document begins on the same day.
        case sameDay
    }

    /// The version in force on `day`: the one that began last on or before it.
    public static func inForce<T>(on day: LocalDate, among versions: [T], validFrom: (T) -> LocalDate) -> T? {
        versions.filter { validFrom($0) <= day }.max { validFrom($0) < validFrom($1) }
    }

    /// Why a version beginning on `validFrom` cannot be saved today. `current`: the version's first day as
    /// stored, for a change; `others`: the first days of the other versions of the same document.
    public static func problems(validFrom: LocalDate, current: LocalDate?, others: [LocalDate], today: LocalDate) -> [Problem] {
        if let current, current <= today { return [.alreadyInForce] }
        var problems: [Problem] = []
        if validFrom <= today { problems.append(.beginsTooEarly) }
        if others.contains(validFrom) { problems.append(.sameDay) }
        return problems
    }
}
