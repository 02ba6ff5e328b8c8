import PolkuDomain
import Vapor

/// One invalid field, with the text that explains it in the user's language.
struct FieldProblem: Sendable, Equatable {
    var field: String
    let key: TextKey
    var values: [String: String] = [:]
}

/// Bad input: 422 with every invalid field named (409 when the input is fine but collides with
/// what is stored, such as an identity code already registered). Nothing has been saved.
struct ValidationFailure: Error {
    var problems: [FieldProblem]
    var status: HTTPStatus = .unprocessableEntity
    init(_ problems: [FieldProblem], status: HTTPStatus = .unprocessableEntity) {
        self.problems = problems
        self.status = status
    }

    /// "Check 3 fields below": the fields marked, each counted once, in the language's plural form (issue 13, item 1).
    func summary(_ texts: Texts) -> String {
        texts.count(Set(problems.map(\.field)).count, one: .errorSummaryOne, other: .errorSummaryOther)
    }

    func message(for field: String, texts: Texts) -> String? {
        problems.first { $0.field == field }.map { texts($0.key, $0.values) }
    }
}

/// Collects problems field by field; `finish()` throws when there are any.
struct Validator {
    private(set) var problems: [FieldProblem]

    /// `noted`: what a form found while reading its own fields (numbers it could not read), named as the API names them.
    init(noted: [FieldProblem] = []) {
        problems = noted
    }

    mutating func add(_ field: String, _ key: TextKey, _ values: [String: String] = [:]) {
        problems.append(FieldProblem(field: field, key: key, values: values))
    }

    /// A name-like text: present, at most `maxLength` code points, no control characters and something
    /// visible (`TextRules.namePattern`, the same rule the API contract states). Returned trimmed.
    mutating func requiredText(_ field: String, _ value: String?, maxLength: Int = 100) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { add(field, .errorRequired); return nil }
        if TextRules.length(value) > maxLength { add(field, .errorTooLong, ["max": "\(maxLength)"]); return nil }
        guard TextRules.matches(value, TextRules.namePattern) else { add(field, .errorInvalidCharacters); return nil }
        return value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An optional text that must match `pattern` as given (white space included): nil when blank, whatever the
    /// pattern asks of a text that is there (issue 13, item 2: an empty field is never "characters that cannot be saved").
    mutating func optionalText(_ field: String, _ value: String?, maxLength: Int, pattern: String, invalid: TextKey) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        if TextRules.length(value) > maxLength { add(field, .errorTooLong, ["max": "\(maxLength)"]); return nil }
        guard TextRules.matches(value, pattern) else { add(field, invalid); return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    func finish() throws {
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }
}
