import Foundation

/// A client record's `pic_lookup`: the identity code's keyed hash bound to the client's municipality,
/// `<hmac>:<municipality code>` (decision 93). One person has at most one record per municipality (the
/// column is unique), so a duplicate is refused wherever the worker's reach would show it, and a code in use
/// only outside that reach answers exactly as an unused one.
extension FieldCrypto {
    func identityLookup(_ code: String, municipality: String) -> String {
        Self.identityLookup(hash: lookupHash(code), municipality: municipality)
    }

    /// The lookups of one code in each of `municipalities`: an exact search is an `IN` over these.
    func identityLookups(_ code: String, municipalities: some Sequence<String>) -> [String] {
        let hash = lookupHash(code)
        return municipalities.map { Self.identityLookup(hash: hash, municipality: $0) }
    }

    static func identityLookup(hash: String, municipality: String) -> String {
        hash + ":" + municipality
    }

    /// The code's hash without the municipality: the same person wherever their records are.
    static func codeHash(ofLookup lookup: String) -> Substring {
        lookup.prefix { $0 != ":" }
    }
}
