import Foundation
import PolkuDomain
import XCTest

/// Lists and audit events are ordered by the ids' spelled form; the order must not change when it is
/// computed from the bytes instead.
final class UUIDOrderTests: XCTestCase {
    func testTheByteOrderIsTheOrderOfTheSpelledIDs() {
        var generator = SystemRandomNumberGenerator()
        var ids = (0..<500).map { _ in UUID() }
        // Ids that differ only late, only in a letter digit, or not at all.
        let base = UUID(uuidString: "0A7B98C9-1A20-49F8-B279-EC2D8A164376")!
        ids += [base, base, UUID(uuidString: "0A7B98C9-1A20-49F8-B279-EC2D8A164377")!, UUID(uuidString: "0A7B98C9-1A20-49F8-B279-EC2D8A16437A")!,
                UUID(uuidString: "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")!, UUID(uuidString: "00000000-0000-0000-0000-000000000000")!]
        ids.shuffle(using: &generator)
        XCTAssertEqual(ids.sorted(by: UUID.inStringOrder), ids.sorted { $0.uuidString < $1.uuidString })
        for (a, b) in zip(ids, ids.reversed()) {
            XCTAssertEqual(UUID.inStringOrder(a, b), a.uuidString < b.uuidString, "\(a) \(b)")
        }
    }
}
