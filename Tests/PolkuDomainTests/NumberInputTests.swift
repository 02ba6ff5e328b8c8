import PolkuDomain
import Testing

struct NumberInputTests {
    @Test(arguments: [("5", 5), (" 12 ", 12), ("007", 7), ("-2", -2), ("0", 0), ("\u{00A0}3\u{00A0}", 3)])
    func wholeNumbers(text: String, expected: Int) {
        #expect(NumberInput.integer(text, in: -10...100) == .success(expected))
    }

    @Test(arguments: [("7,5", 750), ("7.5", 750), ("7,25", 725), ("8", 800), ("0,01", 1), ("42,50", 4250), ("-1,5", -150)])
    func decimalsInHundredths(text: String, expected: Int) {
        #expect(NumberInput.decimal(text, fractionDigits: 2, in: -1000...10_000) == .success(expected))
    }

    /// What people and programs have sent that `Double(_:)` or `Int(_:)` would read, or trap on when converted.
    @Test(arguments: ["1e309", "NaN", "nan", "inf", "-inf", "infinity", "1e18", "0x10", "1_000", "+5", "-0", "-0,0", "", " ", "-",
                      "7,", ",5", "7,5,5", "7.5.5", "1 000", "５", "٣", "5\u{301}", "1e", "e5", "--5", "5-", "7,5 h"])
    func malformed(text: String) {
        #expect(NumberInput.decimal(text, fractionDigits: 2, in: -1000...10_000) == .failure(.malformed), "\(text)")
    }

    @Test func moreDecimalsThanTheFieldTakesAreMalformed() {
        #expect(NumberInput.decimal("7,333", fractionDigits: 2, in: 0...10_000) == .failure(.malformed))
        #expect(NumberInput.integer("7,5", in: 0...10) == .failure(.malformed))
    }

    @Test(arguments: ["99999999999999999999", "9223372036854775808", "-9223372036854775809",
                      String(repeating: "9", count: 400), "1000000000000000", "11", "-11"])
    func tooLargeOrOutsideTheRange(text: String) {
        #expect(NumberInput.integer(text, in: -10...10) == .failure(.outOfRange), "\(text)")
    }

    @Test func theRangeIsInclusiveAndInTheReturnedUnits() {
        #expect(NumberInput.integer("7", in: 1...7) == .success(7))
        #expect(NumberInput.integer("8", in: 1...7) == .failure(.outOfRange))
        #expect(NumberInput.decimal("24", fractionDigits: 2, in: 1...2400) == .success(2400))
        #expect(NumberInput.decimal("24,01", fractionDigits: 2, in: 1...2400) == .failure(.outOfRange))
        #expect(NumberInput.integer("-1", in: 0...10) == .failure(.outOfRange))
    }

    @Test func leadingZerosDoNotCountAgainstTheDigitLimit() {
        #expect(NumberInput.integer(String(repeating: "0", count: 40) + "42", in: 0...100) == .success(42))
        #expect(NumberInput.integer(String(repeating: "9", count: NumberInput.maxDigits), in: 0...Int.max) == .success(999_999_999_999_999))
        #expect(NumberInput.integer("1" + String(repeating: "0", count: NumberInput.maxDigits), in: 0...Int.max) == .failure(.outOfRange))
    }

    @Test func theWholeIntRangeIsSafe() {
        #expect(NumberInput.integer("5", in: Int.min...Int.max) == .success(5))
        #expect(NumberInput.decimal("99999", fractionDigits: 10, in: Int.min...Int.max) == .success(999_990_000_000_000))
        #expect(NumberInput.decimal("999999", fractionDigits: 10, in: Int.min...Int.max) == .failure(.outOfRange))
    }
}
