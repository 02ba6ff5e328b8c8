import Foundation

/// Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ.
public struct PersonalIdentityCode: Sendable, Hashable, CustomStringConvertible {
    /// Normalized form: trimmed and uppercased.
    public let value: String
    public let birthDate: LocalDate
    /// Individual numbers 900–999 are temporary codes given before a permanent one exists.
    public let isTemporary: Bool

    public enum ValidationError: Error, Sendable, Equatable {
        case empty, wrongLength, invalidDate, invalidCenturySign, invalidIndividualNumber
        case invalidCheckCharacter(expected: Character)

        /// Stable key that the app maps to a localized message.
        public var code: String {
            switch self {
            case .empty: "empty"
            case .wrongLength: "wrongLength"
            case .invalidDate: "invalidDate"
            case .invalidCenturySign: "invalidCenturySign"
            case .invalidIndividualNumber: "invalidIndividualNumber"
            case .invalidCheckCharacter: "invalidCheckCharacter"
            }
        }
    }

    static let checkCharacters = Array("0123456789ABCDEFHJKLMNPRSTUVWXY")

    // The letters Y–U and B–F were added on 1.1.2023 so that more codes fit in each day;
    // codes issued with them are as valid as those with "-" and "A".
    private static let centuries: [Character: Int] = [
        "+": 1800,
        "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
        "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
    ]

    public init(validating raw: String) throws(ValidationError) {
        let normalized = raw.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard !normalized.isEmpty else { throw .empty }
        let characters = Array(normalized)
        guard characters.count == 11 else { throw .wrongLength }

        guard let century = Self.centuries[characters[6]] else { throw .invalidCenturySign }
        guard let dayMonthYear = Self.number(characters[0..<6]),
              let birthDate = LocalDate(year: century + dayMonthYear % 100,
                                        month: dayMonthYear / 100 % 100,
                                        day: dayMonthYear / 10_000)
        else { throw .invalidDate }
        guard let individualNumber = Self.number(characters[7..<10]), individualNumber >= 2
        else { throw .invalidIndividualNumber }

        let expected = Self.checkCharacters[(dayMonthYear * 1000 + individualNumber) % 31]
        guard characters[10] == expected else { throw .invalidCheckCharacter(expected: expected) }

        value = normalized
        self.birthDate = birthDate
        isTemporary = individualNumber >= 900
    }

    /// Birth date part only, for lists where the full code must not be shown.
    public var masked: String { String(value.prefix(7)) + "****" }

    // Masked so that string interpolation into logs or errors never leaks the full code;
    // use `value` where the full code is really meant.
    public var description: String { masked }

    private static func number(_ digits: ArraySlice<Character>) -> Int? {
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(String(digits))
    }
}
