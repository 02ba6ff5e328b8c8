@testable import PolkuApp
import Vapor
import XCTest

/// Where the keys come from (decision 92 added the audit key).
final class SecretsTests: XCTestCase {
    /// Stored session keys and audit hashes are lower-case hex; a change of spelling would orphan every session
    /// and break the audit chain's seal.
    func testDigestsAreSpelledAsStoredLowerCaseHex() {
        XCTAssertEqual(Digest.sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(Data([0x00, 0x0F, 0xA5, 0xFF]).hexString, "000fa5ff")
        XCTAssertEqual(Data().hexString, "")
    }

    func testAKeysFileFromBeforeTheAuditKeyGainsOneAndKeepsTheOthers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("polku-secrets-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("keys.json")
        let encryption = Data(repeating: 1, count: 32).base64EncodedString(), lookup = Data(repeating: 2, count: 32).base64EncodedString()
        try Data(#"{"encryption":"\#(encryption)","lookup":"\#(lookup)"}"#.utf8).write(to: file)
        let database = AppConfig.Database.sqliteFile(folder.appendingPathComponent("polku.sqlite").path)

        let keys = try Secrets.load(environment: .development, env: [:], database: database)
        XCTAssertEqual(keys.encryption, SymmetricKeyData(bytes: Array(repeating: 1, count: 32)), "the data stays readable")
        XCTAssertEqual(keys.lookup, SymmetricKeyData(bytes: Array(repeating: 2, count: 32)))
        XCTAssertEqual(try Secrets.load(environment: .development, env: [:], database: database).audit, keys.audit,
                       "the new audit key is kept for the next start")
        XCTAssertNotEqual(keys.audit, keys.encryption)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testProductionNamesEveryMissingKeyAndAVariableWins() throws {
        let key = Data(repeating: 5, count: 32).base64EncodedString()
        let twoKeys = ["POLKU_ENCRYPTION_KEY": key, "POLKU_LOOKUP_KEY": key]
        XCTAssertThrowsError(try Secrets.load(environment: .production, env: twoKeys, database: .postgres(url: "postgres://x"))) {
            XCTAssertTrue("\($0)".contains("POLKU_AUDIT_KEY"), "\($0)")
            XCTAssertFalse("\($0)".contains("POLKU_LOOKUP_KEY"), "\($0)")
        }
        let all = twoKeys.merging(["POLKU_AUDIT_KEY": Data(repeating: 6, count: 32).base64EncodedString()]) { $1 }
        let keys = try Secrets.load(environment: .production, env: all, database: .postgres(url: "postgres://x"))
        XCTAssertEqual(keys.audit, SymmetricKeyData(bytes: Array(repeating: 6, count: 32)))
        XCTAssertThrowsError(try Secrets.load(environment: .production, env: all.merging(["POLKU_AUDIT_KEY": "short"]) { $1 },
                                              database: .postgres(url: "postgres://x")))
    }
}
