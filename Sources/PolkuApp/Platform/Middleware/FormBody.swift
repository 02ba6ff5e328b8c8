import NIOConcurrencyHelpers
import Vapor

/// A page's request body, read whole however many pieces it arrives in, with at most `maxBytes` of it kept
/// (decision 96).
enum FormBody {
    /// The most of a body Polku keeps, for pages and the API alike (`routes.defaultMaxBodySize`). Every form's texts
    /// at their limits fit in it more than twice over even in four-byte letters, which a browser sends as twelve
    /// bytes each (`LongTextTests` checks it against every form); a body over it can only carry a text far over its
    /// field's limit.
    static let maxBytes = 2 * 1024 * 1024
    /// `maxBytes` in whole mebibytes, for the messages.
    static var maxMegabytes: Int { maxBytes / (1024 * 1024) }

    struct Received: Sendable {
        /// The body's first `maxBytes`.
        var kept: ByteBuffer
        /// How many bytes arrived in all.
        var total: Int
        var isCut: Bool { total > kept.readableBytes }
    }

    /// Reads the whole body and keeps its first `limit` bytes as the request's body; the rest is read and dropped,
    /// so the connection stays usable and memory stays bounded however much is sent.
    static func read(_ req: Request, keeping limit: Int = maxBytes) async throws -> Received {
        if let data = req.body.data {
            guard data.readableBytes > limit else { return Received(kept: data, total: data.readableBytes) }
            let received = Received(kept: data.getSlice(at: data.readerIndex, length: limit)!, total: data.readableBytes)
            try replace(req, with: received.kept)
            return received
        }
        let state = NIOLockedValueBox(Received(kept: req.byteBufferAllocator.buffer(capacity: 0), total: 0))
        let promise = req.eventLoop.makePromise(of: Received.self)
        req.body.drain { part in
            switch part {
            case .buffer(var buffer):
                state.withLockedValue { received in
                    received.total += buffer.readableBytes
                    let room = limit - received.kept.readableBytes
                    if room > 0, var piece = buffer.readSlice(length: min(room, buffer.readableBytes)) { received.kept.writeBuffer(&piece) }
                }
            case .error(let error):
                promise.fail(error)
            case .end:
                promise.succeed(state.withLockedValue { $0 })
            }
            return req.eventLoop.makeSucceededVoidFuture()
        }
        let received: Received
        do {
            received = try await promise.futureResult.get()
        } catch {
            // The sender stopped halfway (a closed connection): there is nobody to answer and nothing to save.
            throw Abort(.badRequest, reason: "The body did not arrive whole.")
        }
        try replace(req, with: received.kept)
        return received
    }

    /// Makes `bytes` the request's body, as the route and `req.content` read it.
    static func replace(_ req: Request, with bytes: ByteBuffer) throws {
        try req.content.encode(Empty(), using: Raw(bytes: bytes))
    }

    /// A form sends each line break of a text area as CR LF, while the browser counted it as one letter against the
    /// field's `maxlength`: it is read as LF, one letter, as it is stored and shown (decision 97).
    static func normalizeLineBreaks(_ req: Request) throws {
        guard req.headers.contentType == .urlEncodedForm, let data = req.body.data else { return }
        let bytes = Array(data.readableBytesView)
        guard let normalized = lineBreaksAsLF(bytes) else { return }
        try replace(req, with: ByteBuffer(bytes: normalized))
    }

    /// `%0D%0A` as `%0A` in a form-encoded body (hex digits in either case); nil when there is none.
    static func lineBreaksAsLF(_ bytes: [UInt8]) -> [UInt8]? {
        func isCRLF(at i: Int) -> Bool {
            i + 5 < bytes.count && bytes[i] == UInt8(ascii: "%") && bytes[i + 1] == UInt8(ascii: "0") && (bytes[i + 2] | 0x20) == UInt8(ascii: "d")
                && bytes[i + 3] == UInt8(ascii: "%") && bytes[i + 4] == UInt8(ascii: "0") && (bytes[i + 5] | 0x20) == UInt8(ascii: "a")
        }
        guard let first = bytes.indices.first(where: isCRLF) else { return nil }
        var out = Array(bytes[..<first])
        out.reserveCapacity(bytes.count)
        var i = first
        while i < bytes.count {
            if isCRLF(at: i) {
                out += Array("%0A".utf8)
                i += 6
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private struct Empty: Encodable {}

    /// Writes the given bytes as they are.
    private struct Raw: ContentEncoder {
        let bytes: ByteBuffer

        func encode<E: Encodable>(_ encodable: E, to body: inout ByteBuffer, headers: inout HTTPHeaders) throws {
            var bytes = bytes
            body.writeBuffer(&bytes)
        }
    }
}

/// The fields of a form-encoded body as they arrived, in order, read leniently: a body cut at the limit may end
/// inside a field, a percent escape or a letter, and what arrived of that field is kept.
struct ReceivedFields {
    var fields: [(name: String, value: String)]

    init(_ body: ByteBuffer) {
        var bytes = Array(body.readableBytesView)[...]
        fields = []
        while !bytes.isEmpty {
            let end = bytes.firstIndex(of: UInt8(ascii: "&")) ?? bytes.endIndex
            let pair = bytes[bytes.startIndex..<end]
            bytes = end == bytes.endIndex ? [] : bytes[(end + 1)...]
            guard !pair.isEmpty else { continue }
            let equals = pair.firstIndex(of: UInt8(ascii: "=")) ?? pair.endIndex
            let name = Self.decoded(pair[pair.startIndex..<equals])
            let value = equals == pair.endIndex ? "" : Self.decoded(pair[(equals + 1)...])
            fields.append((name, value))
        }
    }

    func first(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Percent-decoded with `+` as a space; a broken escape or letter at the end (where the body was cut) is dropped,
    /// any other byte that is not UTF-8 becomes U+FFFD.
    static func decoded(_ part: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(part.count)
        var i = part.startIndex
        while i < part.endIndex {
            let byte = part[i]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
                i += 1
            } else if byte == UInt8(ascii: "%") {
                if i + 2 < part.endIndex, let high = hex(part[i + 1]), let low = hex(part[i + 2]) {
                    out.append(high << 4 | low)
                    i += 3
                } else if part.endIndex - i <= 2 {
                    break  // an escape cut short at the end
                } else {
                    out.append(byte)
                    i += 1
                }
            } else {
                out.append(byte)
                i += 1
            }
        }
        // A letter whose last bytes did not arrive.
        out.removeLast(cutLetterLength(out))
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The bytes of an incomplete UTF-8 sequence at the end, or 0.
    private static func cutLetterLength(_ bytes: [UInt8]) -> Int {
        guard !bytes.isEmpty else { return 0 }
        for back in 1...min(4, bytes.count) {
            let byte = bytes[bytes.count - back]
            if byte & 0xC0 == 0x80 { continue }  // a continuation byte: look further back
            guard (0xC2...0xF4).contains(byte) else { return 0 }  // ASCII, or no letter's first byte
            let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            return needed > back ? back : 0
        }
        return 0
    }
}
