import Crypto
import Foundation
import Vapor

/// Encryption of sensitive fields at rest (AES-256-GCM) and their keyed lookup hash (HMAC-SHA256),
/// so that an exact personal identity code can be found without storing it in clear text.
struct FieldCrypto: Sendable {
    private let encryptionKey: SymmetricKey
    private let lookupKey: SymmetricKey

    init(config: AppConfig) {
        encryptionKey = SymmetricKey(data: config.encryptionKey.bytes)
        lookupKey = SymmetricKey(data: config.lookupKey.bytes)
    }

    func encrypt(_ plain: String) throws -> String {
        let sealed = try AES.GCM.seal(Data(plain.utf8), using: encryptionKey)
        guard let combined = sealed.combined else { throw Abort(.internalServerError) }
        return combined.base64EncodedString()
    }

    func decrypt(_ stored: String) throws -> String {
        guard let data = Data(base64Encoded: stored) else { throw Abort(.internalServerError, reason: "unreadable ciphertext") }
        let box = try AES.GCM.SealedBox(combined: data)
        return String(decoding: try AES.GCM.open(box, using: encryptionKey), as: UTF8.self)
    }

    func lookupHash(_ plain: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(plain.utf8), using: lookupKey)
        return Data(mac).hexString
    }
}

enum Digest {
    static func sha256Hex(_ text: String) -> String {
        Data(SHA256.hash(data: Data(text.utf8))).hexString
    }
}

extension Data {
    /// Lower-case hex, two digits a byte. Spelled out rather than `String(format: "%02x")` per byte: that
    /// formatter was a fifth of the front page's CPU, which seals 50 audit events of 32 bytes each per view.
    var hexString: String {
        var text = [UInt8]()
        text.reserveCapacity(count * 2)
        for byte in self {
            text.append(Self.hexDigits[Int(byte >> 4)])
            text.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

extension Application {
    private struct CryptoKey: StorageKey { typealias Value = FieldCrypto }
    var fieldCrypto: FieldCrypto {
        get { storage[CryptoKey.self]! }
        set { storage[CryptoKey.self] = newValue }
    }
}
