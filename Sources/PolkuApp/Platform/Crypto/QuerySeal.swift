import Crypto
import Foundation
import Vapor

/// Seals what a link must carry but nobody may read from it (ASVS V8.3.1, decision 94): a client search's
/// text (a name or an identity code) and a list's cursor (the sort keys of a row, such as a client's name).
/// Browsers keep links in their history and proxies log them; a sealed value is ChaCha20-Poly1305 under a
/// key derived from the encryption key, so it reads the same on every instance and after a restart, and a
/// value changed by hand does not open.
struct QuerySeal: Sendable {
    private let key: SymmetricKey

    init(encryptionKey: SymmetricKeyData) {
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: encryptionKey.bytes),
                                     info: Data("polku-link-seal-v1".utf8), outputByteCount: 32)
    }

    /// base64url without padding, safe in a query string as it is.
    func seal(_ text: String) -> String {
        // Sealing with a fresh nonce fails only if the system has no randomness, which would stop far more than this.
        let box = try! ChaChaPoly.seal(Data(text.utf8), using: key)
        return box.combined.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The text, or nil for anything not sealed by `seal` with this key, or longer than `maxLength` characters.
    func open(_ token: String, maxLength: Int = 2_000) -> String? {
        guard token.count <= maxLength,
              token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let box = try? ChaChaPoly.SealedBox(combined: data),
              let plain = try? ChaChaPoly.open(box, using: key) else { return nil }
        return String(data: plain, encoding: .utf8)
    }
}

extension Application {
    private struct QuerySealKey: StorageKey { typealias Value = QuerySeal }
    /// Set once in `configure`.
    var querySeal: QuerySeal {
        get { storage[QuerySealKey.self]! }
        set { storage[QuerySealKey.self] = newValue }
    }
}
