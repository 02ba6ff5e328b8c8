import Foundation

/// What records of the client path share: the version read, and references to other records.
extension Validator {
    /// The version an editor read: required when changing a record.
    mutating func version(_ value: Int?, required: Bool) {
        if let value, value < 1 { add("version", .errorNumberRange, ["min": "1", "max": "\(Int.max)"]) }
        if required, value == nil { add("version", .errorRequired) }
    }

    /// An optional record id: absent (or null) is none, anything else must be a UUID as the contract
    /// writes it. Forms send an empty choice for none and turn it into nil first.
    mutating func optionalID(_ field: String, _ value: String?) -> UUID? {
        guard let value else { return nil }
        guard let id = UUID(uuidString: value) else { add(field, .errorUUID); return nil }
        return id
    }
}
