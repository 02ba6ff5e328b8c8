extension Validator {
    /// One of the codes of `T`, exactly as the contract lists them: required, and one of its raw values.
    mutating func choice<T: RawRepresentable>(_ field: String, _ value: String?, as type: T.Type) -> T? where T.RawValue == String {
        let raw = value ?? ""
        if raw.isEmpty { add(field, .errorRequired); return nil }
        guard let choice = T(rawValue: raw) else { add(field, .errorInvalidChoice); return nil }
        return choice
    }

    /// Any number of the codes of `T`, each at most once; an unknown or repeated code names the field.
    mutating func choices<T: RawRepresentable & Hashable>(_ field: String, _ values: [String]?, as type: T.Type) -> Set<T> where T.RawValue == String {
        var result: Set<T> = []
        for raw in values ?? [] {
            guard let choice = T(rawValue: raw), result.insert(choice).inserted else { add(field, .errorInvalidChoice); return [] }
        }
        return result
    }
}
