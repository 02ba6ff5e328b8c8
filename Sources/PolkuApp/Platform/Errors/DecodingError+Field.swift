import Foundation
import NIOCore

/// The field a body could not be decoded at, named as validation names fields ("goals[0].level",
/// "ratings.welcomed"), so that a 400 says which value it could not read (decision 84).
extension DecodingError {
    /// `json`: the body, when it is JSON, to find a number Foundation refused without saying where.
    func field(json: ByteBuffer?) -> String? {
        switch self {
        case .keyNotFound(let key, let context):
            return Self.name(context.codingPath + [key])
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            if !context.codingPath.isEmpty { return Self.name(context.codingPath) }
            return json.flatMap(NumberProbe.path(in:)).map(Self.name)
        @unknown default:
            return nil
        }
    }

    static func name(_ path: [any CodingKey]) -> String {
        path.reduce("") { name, key in
            if let index = key.intValue { return name + "[\(index)]" }
            return name.isEmpty ? key.stringValue : name + "." + key.stringValue
        }
    }
}

/// Foundation's JSON decoder refuses a number that no `Int` holds (1e309, 99999999999999999999, 7.5) as
/// "not valid JSON", with no path. Every number in Polku's API bodies is a whole number, so the number in
/// the body that does not decode as an `Int` is the one refused.
private struct NumberProbe: Decodable {
    struct Found: Error {
        let path: [any CodingKey]
    }

    struct Key: CodingKey {
        let stringValue: String
        let intValue: Int? = nil
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            for key in object.allKeys { _ = try object.decode(NumberProbe.self, forKey: key) }
        } else if var array = try? decoder.unkeyedContainer() {
            while !array.isAtEnd { _ = try array.decode(NumberProbe.self) }
        } else {
            let value = try decoder.singleValueContainer()
            let readable = value.decodeNil() || (try? value.decode(Bool.self)) != nil || (try? value.decode(String.self)) != nil
                || (try? value.decode(Int.self)) != nil
            if !readable { throw Found(path: decoder.codingPath) }
        }
    }

    static func path(in body: ByteBuffer) -> [any CodingKey]? {
        do {
            _ = try JSONDecoder().decode(NumberProbe.self, from: Data(body.readableBytesView))
            return nil
        } catch let found as Found {
            return found.path
        } catch {
            return nil
        }
    }
}
