import PolkuDomain
import Tagged
import Vapor

/// Reads query parameters with the problems noted by name: 400 when any is malformed.
/// A page's form sends empty fields for "no filter"; the API takes an empty value as malformed,
/// as its contract says.
struct QueryParameters {
    let req: Request
    private(set) var validator = Validator()

    init(_ req: Request) { self.req = req }

    /// The raw value, or nil when absent (or empty on a page).
    func raw(_ name: String) -> String? {
        guard let value = req.query[String.self, at: name], !value.isEmpty || req.wantsJSON else { return nil }
        return value
    }

    /// Notes a problem with a parameter that the helpers below do not check.
    mutating func note(_ name: String, _ key: TextKey) {
        validator.add(name, key)
    }

    mutating func integer(_ name: String, in range: ClosedRange<Int>) -> Int? {
        guard let raw = raw(name) else { return nil }
        guard case .success(let value) = NumberInput.integer(raw, in: range) else {
            validator.add(name, .errorNumberRange, ["min": "\(range.lowerBound)", "max": "\(range.upperBound)"])
            return nil
        }
        return value
    }

    mutating func uuid(_ name: String) -> UUID? {
        guard let raw = raw(name) else { return nil }
        guard let value = UUID(uuidString: raw.trimmingCharacters(in: .whitespaces)) else { validator.add(name, .errorUUID); return nil }
        return value
    }

    /// A record's id, typed by its kind: `parameters.id(Ending.self, "endingId")` is an `EndingID?`.
    mutating func id<Record>(_ record: Record.Type, _ name: String) -> Tagged<Record, UUID>? {
        uuid(name).map(Tagged.init(rawValue:))
    }

    /// One of the raw values of `T`, such as a state to filter by.
    mutating func choice<T: RawRepresentable>(_ name: String, of type: T.Type) -> T? where T.RawValue == String {
        guard let raw = raw(name) else { return nil }
        guard let value = T(rawValue: raw) else { validator.add(name, .errorInvalidChoice); return nil }
        return value
    }

    mutating func text(_ name: String, maxLength: Int) -> String {
        let value = raw(name) ?? ""
        if TextRules.length(value) > maxLength { validator.add(name, .errorTooLong, ["max": "\(maxLength)"]) }
        return value.trimmingCharacters(in: .whitespaces)
    }

    /// `after`, `before` or both: a keyset page's cursors of `keyCount` keys.
    mutating func pageDirection(keyCount: Int) -> PageDirection? {
        func cursor(_ name: String) -> PageCursor? {
            guard let token = raw(name) else { return nil }
            guard let cursor = PageCursor(token: token, keyCount: keyCount, seal: req.application.querySeal) else {
                noteCursor(name)
                return nil
            }
            return cursor
        }
        switch (cursor("after"), cursor("before")) {
        case (let after?, let before?): return .between(after: after, before: before)
        case (let after?, nil): return .after(after)
        case (nil, let before?): return .before(before)
        case (nil, nil): return nil
        }
    }

    /// A cursor that does not open, or names no row of this list: no such place in the list (404, decision 103),
    /// like an id that names nothing, unless something else in the query is malformed.
    mutating func noteCursor(_ name: String) {
        validator.add(name, .errorCursor)
        cursorsNotFound = true
    }

    private var cursorsNotFound = false

    /// `page` (from 1) and `perPage` (1…100).
    mutating func paging(defaultPerPage: Int) -> (page: Int, perPage: Int) {
        (integer("page", in: 1...100_000) ?? 1, integer("perPage", in: 1...Self.maxPerPage) ?? defaultPerPage)
    }

    static let maxPerPage = 100

    func finish() throws {
        guard !validator.problems.isEmpty else { return }
        let onlyCursors = cursorsNotFound && validator.problems.allSatisfy { $0.key == .errorCursor }
        throw BadQuery(problems: validator.problems, status: onlyCursors ? .notFound : .badRequest)
    }
}

/// Malformed query parameters: 400 with each parameter named (404 for a place in a list that is not there).
struct BadQuery: Error {
    var problems: [FieldProblem]
    var status: HTTPStatus = .badRequest
}
