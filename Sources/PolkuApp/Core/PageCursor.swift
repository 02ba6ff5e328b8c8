import Foundation

/// A place in a long list sorted by a few keys (keyset pagination, decision 80): the keys of the row a page
/// ends or starts at. The next page is read from the sort index right after it, however deep in the list, and
/// rows saved meanwhile neither repeat nor go missing as they would with an offset. Opaque to the caller
/// (base64url), and it carries the keys themselves, so the server looks nothing up by it: a cursor made up by
/// hand reveals nothing about rows outside the caller's reach.
struct PageCursor: Equatable, Sendable {
    var keys: [String]

    static let maxTokenLength = 600
    private static let separator: Character = "\u{1F}"

    init(keys: [String]) { self.keys = keys }

    /// Reads a token made by `token`; nil for anything else, or for a token with another number of keys.
    init?(token: String, keyCount: Int) {
        guard token.count <= Self.maxTokenLength,
              token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        let keys = text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        guard keys.count == keyCount else { return nil }
        self.keys = keys
    }

    var token: String {
        Data(keys.joined(separator: String(Self.separator)).utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Which way a keyset page goes from its cursor.
enum PageDirection: Sendable {
    /// The rows after the cursor (the next page).
    case after(PageCursor)
    /// The rows before the cursor (the previous page).
    case before(PageCursor)

    var cursor: PageCursor {
        switch self {
        case .after(let cursor), .before(let cursor): return cursor
        }
    }

    /// The query parameter it came from.
    var parameterName: String {
        switch self {
        case .after: return "after"
        case .before: return "before"
        }
    }
}
