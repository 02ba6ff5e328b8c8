import PolkuDomain

/// Numbers, range-checked and named by field (decision 84). Typed ones are read with `NumberInput`: a blank
/// field is nil without a problem (whoever reads the value decides whether it is required); anything else is
/// a number in `range` or a problem, with the range in the units the person typed. The API's numbers arrive
/// decoded; one that no `Int` holds never gets here (`DecodingError.field`).
extension Validator {
    /// A number the API sent, or a form read: required, and in `range`. Nil from a form that noted why is not also missing.
    mutating func integer(_ field: String, _ value: Int?, in range: ClosedRange<Int>) -> Int? {
        guard let value else {
            if !hasProblem(field) { add(field, .errorRequired) }
            return nil
        }
        guard range.contains(value) else { add(field, .errorNumberRange, ["min": "\(range.lowerBound)", "max": "\(range.upperBound)"]); return nil }
        return value
    }

    /// A whole number typed: "5".
    mutating func integer(_ field: String, text: String?, in range: ClosedRange<Int>) -> Int? {
        parse(field, text, fractionDigits: 0, in: range, .errorNumberRange, ["min": "\(range.lowerBound)", "max": "\(range.upperBound)"])
    }

    /// Hours as "7,5", "7.5" or "8", returned in minutes; `range` is in minutes.
    mutating func minutes(_ field: String, hours text: String?, in range: ClosedRange<Int>) -> Int? {
        // Hundredths of an hour, so that the range is checked in what was typed and the minutes never leave it.
        let hundredths = (range.lowerBound * 100 + 59) / 60...range.upperBound * 100 / 60
        let values = ["min": PolicyForm.hours(range.lowerBound), "max": PolicyForm.hours(range.upperBound)]
        return parse(field, text, fractionDigits: 2, in: hundredths, .errorHoursRange, values).map { ($0 * 60 + 50) / 100 }
    }

    /// Euros as "42,50", "42.5" or "42 €", returned in cents; `range` is in cents.
    mutating func cents(_ field: String, euros text: String?, in range: ClosedRange<Int>) -> Int? {
        let amount = text.map { $0.replacingOccurrences(of: "€", with: "") }
        return parse(field, amount, fractionDigits: 2, in: range, .errorMoney, [:])
    }

    /// True when `field` has a problem already, so that a value the form could not read is not also called missing.
    func hasProblem(_ field: String) -> Bool {
        problems.contains { $0.field == field }
    }

    private mutating func parse(_ field: String, _ text: String?, fractionDigits: Int, in range: ClosedRange<Int>,
                                _ key: TextKey, _ values: [String: String]) -> Int? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        switch NumberInput.decimal(text, fractionDigits: fractionDigits, in: range) {
        case .success(let value): return value
        case .failure(.malformed) where !Self.isNumber(text):
            // "abc", "1e3": not a number at all, which the range would not explain (issue 13, item 2).
            add(field, .errorNotANumber); return nil
        case .failure: add(field, key, values); return nil
        }
    }

    /// A number as people write one here, whatever its decimals: "1,5" is a number that a whole-number field
    /// refuses by its range message ("a whole number from 1 to 10"), "abc" is none.
    private static func isNumber(_ text: String) -> Bool {
        if case .failure(.malformed) = NumberInput.decimal(text, fractionDigits: NumberInput.maxDigits, in: Int.min...Int.max) { return false }
        return true
    }
}
