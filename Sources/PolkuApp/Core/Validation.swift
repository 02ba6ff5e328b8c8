import Vapor

/// One invalid field, with the text that explains it in the user's language.
struct FieldProblem: Sendable, Equatable {
    let field: String
    let key: TextKey
    var values: [String: String] = [:]
}

/// Bad input: 422 with every invalid field named. Nothing has been saved when this is thrown.
struct ValidationFailure: Error {
    var problems: [FieldProblem]
    init(_ problems: [FieldProblem]) { self.problems = problems }

    func message(for field: String, texts: Texts) -> String? {
        problems.first { $0.field == field }.map { texts($0.key, $0.values) }
    }
}

/// Collects problems field by field; `finish()` throws when there are any.
struct Validator {
    private(set) var problems: [FieldProblem] = []

    mutating func add(_ field: String, _ key: TextKey, _ values: [String: String] = [:]) {
        problems.append(FieldProblem(field: field, key: key, values: values))
    }

    /// A trimmed, non-empty text of at most `maxLength` characters, or nil with a problem noted.
    mutating func requiredText(_ field: String, _ value: String?, maxLength: Int = 100) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty { add(field, .errorRequired); return nil }
        if trimmed.count > maxLength { add(field, .errorTooLong, ["max": "\(maxLength)"]); return nil }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            add(field, .errorInvalidCharacters); return nil
        }
        return trimmed
    }

    /// An optional text: nil when empty.
    mutating func optionalText(_ field: String, _ value: String?, maxLength: Int) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty { return nil }
        return requiredText(field, trimmed, maxLength: maxLength)
    }

    func finish() throws {
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }
}
