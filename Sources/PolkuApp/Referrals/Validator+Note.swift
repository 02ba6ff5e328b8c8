import Foundation
import PolkuDomain

extension Validator {
    /// Free text of several lines (`TextRules.isNote`), at most `maxLength` code points. Returned
    /// trimmed; nil when blank and not required.
    mutating func note(_ field: String, _ value: String?, required: Bool, maxLength: Int) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty && required { add(field, .errorRequired); return nil }
        guard let value else { return nil }
        if TextRules.length(value) > maxLength { add(field, .errorTooLong, ["max": "\(maxLength)"]); return nil }
        guard TextRules.isNote(value, allowBlank: !required) else { add(field, .errorInvalidCharacters); return nil }
        return trimmed.isEmpty ? nil : trimmed
    }
}
