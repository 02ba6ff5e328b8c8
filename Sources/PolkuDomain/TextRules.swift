import Foundation

/// The shape of free-text fields, as regular expressions that mean the same in ICU (the server),
/// ECMA-262 and Python (API clients and fuzzers read them from the OpenAPI contract).
/// Control characters are listed explicitly because the engines disagree on what `\s` holds
/// among them; outside them they agree.
public enum TextRules {
    static let control = "\\u0000-\\u001f\\u007f-\\u009f"
    /// Unicode White_Space, spelled out.
    static let space = "\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"

    /// A name: no control characters and at least one visible character.
    public static let namePattern = "^[^\(control)]*[^\\s\(control)][^\(control)]*$"
    /// A phone number: digits, spaces and + - ( ).
    public static let phonePattern = "^[0-9 +()\\-]*$"
    /// Blank, or one address local@domain.tld, with white space around it allowed.
    public static let emailPattern =
        "^[\(space)]*(?:[^@\\s\(control)]+@[^@\\s\(control).]+(?:\\.[^@\\s\(control).]+)+[\(space)]*)?$"

    /// The most a name-like text takes (a person's, a place's or an organization's name, an address line), in code points.
    public static let maxNameLength = 200
    /// The most a phone number takes.
    public static let maxPhoneLength = 40
    /// The most an e-mail address takes.
    public static let maxEmailLength = 200

    /// Any one-line text without control characters, blank included.
    public static let optionalTextPattern = "^[^\(control)]*$"

    public static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = compiled(pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// JSON Schema counts length in code points, and so does the server.
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }

    private static let cache: [String: NSRegularExpression] = {
        var result: [String: NSRegularExpression] = [:]
        for pattern in [namePattern, phonePattern, emailPattern, optionalTextPattern, "^([01]?[0-9]|2[0-3])[.:][0-5][0-9]$"] {
            result[pattern] = try? NSRegularExpression(pattern: pattern)
        }
        return result
    }()

    private static func compiled(_ pattern: String) -> NSRegularExpression? {
        cache[pattern] ?? (try? NSRegularExpression(pattern: pattern))
    }
}
