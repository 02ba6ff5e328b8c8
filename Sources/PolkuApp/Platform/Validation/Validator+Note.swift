import PolkuDomain

extension Validator {
    /// Free text of several lines (`TextRules.isNote`: line breaks and tabs allowed, other control
    /// characters not, anywhere in the text), at most `maxLength` code points: exactly the contract's
    /// `notePattern`. Returned trimmed; nil when blank and not required.
    mutating func note(_ field: String, _ value: String?, required: Bool, maxLength: Int) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty && required { add(field, .errorRequired); return nil }
        guard let value else { return nil }
        if TextRules.length(value) > maxLength { add(field, .errorTooLong, ["max": "\(maxLength)"]); return nil }
        guard TextRules.isNote(value, allowBlank: !required) else { add(field, .errorInvalidCharacters); return nil }
        return trimmed.isEmpty ? nil : trimmed
    }
}
