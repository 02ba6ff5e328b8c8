import Foundation

/// Free text of several lines (a referral's reason, a decision's note): tabs and line breaks are
/// allowed, other control characters are not.
extension TextRules {
    /// Control characters without tab, line feed and carriage return.
    static let noteControl = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f"

    /// Something visible among allowed characters. White space is spelled out (not `\s`) because
    /// Python and ECMAScript disagree on what `\s` holds.
    public static let notePattern = "^[^\(noteControl)]*[^\(space)\(control)][^\(noteControl)]*$"
    /// The same, but blank is allowed: an optional note.
    public static let optionalNotePattern = "^[^\(noteControl)]*$"

    /// Checks characters one by one rather than with the pattern: ICU lets `$` match before a final
    /// line terminator such as U+0085, which would accept what the contract refuses.
    public static func isNote(_ text: String, allowBlank: Bool) -> Bool {
        var visible = false
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !["\t", "\n", "\r"].contains(scalar) { return false }
            if !isControl(scalar) && !isSpace(scalar) { visible = true }
        }
        return visible || allowBlank
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x1F || (0x7F...0x9F).contains(scalar.value)
    }

    /// Unicode White_Space, the same set as `space`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
