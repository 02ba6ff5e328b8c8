import Fluent
import SQLKit
import XCTest
@testable import PolkuApp

/// The statistics read every evaluation a chunk at a time; a chunk boundary must neither lose nor repeat a row.
final class KeysetScanTests: XCTestCase {
    func testEveryRowIsReadExactlyOnceWhateverTheChunk() async throws {
        try await withApp { app, _ in
            let sql = try XCTUnwrap(app.db as? any SQLDatabase)
            let stored = try await Client.query(on: app.db).all().compactMap(\.id)
            XCTAssertGreaterThanOrEqual(stored.count, 3, "enough clients for several chunks")
            for chunk in [1, 2, 3, stored.count, stored.count + 1] {
                var seen: [UUID] = []
                let count = try await KeysetScan.rows(of: Client.schema, columns: ["last_name"], chunk: chunk, on: sql) { row in
                    seen.append(try row.decode(column: "id", as: UUID.self))
                }
                XCTAssertEqual(count, stored.count, "chunk \(chunk)")
                XCTAssertEqual(Set(seen), Set(stored), "chunk \(chunk): every client once")
                XCTAssertEqual(seen.count, Set(seen).count, "chunk \(chunk): none twice")
            }
        }
    }
}
