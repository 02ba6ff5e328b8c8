import Foundation
import PolkuDomain
import Testing

struct PersonalIdentityCodeTests {
    // Check characters verified against the mod-31 algorithm, one or more per century sign.
    @Test(arguments: [
        ("131052-308T", "1952-10-13"), ("010594Y9032", "1994-05-01"), ("010594Y9021", "1994-05-01"),
        ("020594X903P", "1994-05-02"), ("020594X902N", "1994-05-02"), ("030594W903B", "1994-05-03"),
        ("030694W9024", "1994-06-03"), ("040594V9030", "1994-05-04"), ("040594V902Y", "1994-05-04"),
        ("050594U903M", "1994-05-05"), ("050594U902L", "1994-05-05"), ("010516B903X", "2016-05-01"),
        ("010516B902W", "2016-05-01"), ("020516C903K", "2016-05-02"), ("020516C902J", "2016-05-02"),
        ("030516D9037", "2016-05-03"), ("030516D9026", "2016-05-03"), ("010501E9032", "2001-05-01"),
        ("020502E902X", "2002-05-02"), ("020503F9037", "2003-05-02"), ("020504A902E", "2004-05-02"),
        ("020504B904H", "2004-05-02"), ("010101+002S", "1801-01-01"),
    ])
    func acceptsValidCodes(code: String, birthDate: String) throws {
        let parsed = try PersonalIdentityCode(validating: code)
        #expect(parsed.value == code)
        #expect(parsed.birthDate.isoString == birthDate)
    }

    @Test func normalizesWhitespaceAndCase() throws {
        let parsed = try PersonalIdentityCode(validating: "  010594y9032\n")
        #expect(parsed.value == "010594Y9032")
        #expect(parsed == (try PersonalIdentityCode(validating: "010594Y9032")))
    }

    @Test func masksTheIndividualPart() throws {
        let parsed = try PersonalIdentityCode(validating: "131052-308T")
        #expect(parsed.masked == "131052-****")
        #expect("\(parsed)" == "131052-****")
    }

    @Test(arguments: [("010190-002R", false), ("010190-899N", false), ("010190-900P", true), ("010190-999W", true)])
    func individualNumberRange(code: String, temporary: Bool) throws {
        #expect(try PersonalIdentityCode(validating: code).isTemporary == temporary)
    }

    @Test(arguments: [
        ("", PersonalIdentityCode.ValidationError.empty),
        ("   ", .empty),
        ("010190-002", .wrongLength),
        ("010190-002RR", .wrongLength),
        ("010190G002R", .invalidCenturySign),
        ("010190*002R", .invalidCenturySign),
        ("290200-1239", .invalidDate),  // 1900 was not a leap year; the check character is right
        ("290223A1237", .invalidDate),
        ("310490-123D", .invalidDate),
        ("320190-002R", .invalidDate),
        ("01a190-002R", .invalidDate),
        ("010190-000N", .invalidIndividualNumber),
        ("010190-001P", .invalidIndividualNumber),
        ("010190-0x2R", .invalidIndividualNumber),
        ("010190-002S", .invalidCheckCharacter(expected: "R")),
        ("131052-308G", .invalidCheckCharacter(expected: "T")),
    ])
    func rejects(code: String, error: PersonalIdentityCode.ValidationError) {
        #expect(throws: error) { try PersonalIdentityCode(validating: code) }
    }

    @Test(arguments: [("290200A1239", "2000-02-29"), ("290224A123F", "2024-02-29"), ("290296-1232", "1996-02-29"),
                      ("290204+123A", "1804-02-29")])
    func leapDays(code: String, birthDate: String) throws {
        #expect(try PersonalIdentityCode(validating: code).birthDate.isoString == birthDate)
    }

    @Test func errorCodesAreStable() {
        let errors: [PersonalIdentityCode.ValidationError] = [
            .empty, .wrongLength, .invalidDate, .invalidCenturySign, .invalidIndividualNumber,
            .invalidCheckCharacter(expected: "A"),
        ]
        #expect(errors.map(\.code) == ["empty", "wrongLength", "invalidDate", "invalidCenturySign",
                                       "invalidIndividualNumber", "invalidCheckCharacter"])
    }
}

@Suite struct PersonalIdentityCodePatternTests {
    /// The contract's pattern and the validator agree on valid codes and on near misses of each kind.
    @Test func patternMatchesExactlyTheValidCodes() throws {
        let regex = try NSRegularExpression(pattern: PersonalIdentityCode.exactPattern)
        func matches(_ s: String) -> Bool { regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }
        var generator = SystemRandomNumberGenerator()
        let signs = Array("+-YXWVUABCDEF")
        let checks = Array("0123456789ABCDEFHJKLMNPRSTUVWXY")
        var accepted = 0
        for _ in 0..<3000 {
            let day = Int.random(in: 1...31, using: &generator), month = Int.random(in: 1...12, using: &generator)
            let year = Int.random(in: 0...99, using: &generator), number = Int.random(in: 0...999, using: &generator)
            let digits = String(format: "%02d%02d%02d", day, month, year)
            var code = digits + String(signs.randomElement()!) + String(format: "%03d", number)
            let right = checks[(Int(digits)! * 1000 + number) % 31]
            code.append(Bool.random(using: &generator) ? right : checks.randomElement()!)
            let valid = (try? PersonalIdentityCode(validating: code)) != nil
            if valid { accepted += 1 }
            #expect(matches(code) == valid, "\(code)")
        }
        #expect(accepted > 300, "the sample must contain valid codes too")
        for code in ["290200A1239", "290296-1232", "010190-123M", "131052-308T"] { #expect(matches(code)) }
        for code in ["290200-1232", "290201A123X", "010190-001P", "010190-123N"] { #expect(!matches(code)) }
    }
}
