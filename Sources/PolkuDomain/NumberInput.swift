/// Numbers as people type them into forms: "7", "7,5", "7.5", "-2". Every number Polku reads from text
/// comes through here (decision 84). The digits are read one by one into an `Int`, never through `Double`:
/// converting "1e309" (infinity), "NaN" or twenty nines from a `Double` to an `Int` traps and stops the
/// whole server. Only plain decimal digits are numbers here, so "inf", "0x10", "1_000", "1e18" and "+5"
/// are refused as malformed, like letters.
public enum NumberInput {
    public enum Failure: Error, Equatable, Sendable {
        /// Not a number as written here: letters, an exponent, more decimals than the field takes, "-0".
        case malformed
        /// A number, but outside the field's range (or too long for any field).
        case outOfRange
    }

    /// No field takes more digits than this, and the sum of digits stays far from `Int`'s limits.
    public static let maxDigits = 15

    /// A whole number within `range`: "42", " 42 ", "-2".
    public static func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, Failure> {
        decimal(text, fractionDigits: 0, in: range)
    }

    /// A number with at most `fractionDigits` decimals after a comma or a point, returned in those units:
    /// ("7,5", 2) → 750, ("42,50", 2) → 4250, ("8", 2) → 800. `range` is in the same units.
    public static func decimal(_ text: String, fractionDigits: Int, in range: ClosedRange<Int>) -> Result<Int, Failure> {
        precondition((0...maxDigits).contains(fractionDigits), "fractionDigits must be 0...\(maxDigits)")
        var rest = Array(text.trimmingCharacters(in: .whitespaces).utf8)[...]
        let negative = rest.first == UInt8(ascii: "-")
        if negative { rest = rest.dropFirst() }
        let separator = rest.firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
        let whole = separator.map { rest[..<$0] } ?? rest
        let fraction = separator.map { rest[($0 + 1)...] } ?? []
        guard !whole.isEmpty, whole.allSatisfy(isDigit), fraction.allSatisfy(isDigit),
              separator == nil || !fraction.isEmpty, fraction.count <= fractionDigits
        else { return .failure(.malformed) }
        // Leading zeros do not count: "007" is 7. Digits beyond the limit cannot be in any field's range.
        let significant = whole.drop { $0 == UInt8(ascii: "0") }
        guard significant.count + fractionDigits <= maxDigits else { return .failure(.outOfRange) }
        var value = 0
        for digit in significant { value = value * 10 + Int(digit - UInt8(ascii: "0")) }
        for digit in fraction { value = value * 10 + Int(digit - UInt8(ascii: "0")) }
        for _ in fraction.count..<fractionDigits { value *= 10 }
        if negative {
            // "-0" is nobody's way of writing zero; it is someone trying the parser.
            guard value != 0 else { return .failure(.malformed) }
            value = -value
        }
        return range.contains(value) ? .success(value) : .failure(.outOfRange)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
