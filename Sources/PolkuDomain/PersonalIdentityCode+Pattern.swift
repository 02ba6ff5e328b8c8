import Foundation

extension PersonalIdentityCode {
    /// A regular expression (ECMA-262 and Python compatible) that matches exactly the valid codes in
    /// normalized form: real dates (29 February only in leap years, so 290200 only in the 2000s),
    /// individual numbers 002–999, and the right check character.
    ///
    /// Why so long (about 200 kB): the check character is the remainder of a nine-digit number
    /// divided by 31, and a regular expression can only say that by listing the remainders. The API
    /// contract carries it so that generated clients and fuzzers make only codes the server accepts.
    public static let exactPattern: String = {
        let dayMonths = (1...12).flatMap { month in
            (1...LocalDate.daysInMonth(year: 2000, month: month)).map { day in (day: day, month: month) }
        }
        func residue(_ dayMonth: (day: Int, month: Int)) -> Int { (dayMonth.day * 10_000_000 + dayMonth.month * 100_000) % 31 }
        func yearResidue(_ year: Int) -> Int { year * 1000 % 31 }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func three(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
        func alternatives(_ items: [String]) -> String {
            items.count == 1 ? items[0] : "(?:" + items.joined(separator: "|") + ")"
        }

        var branches: [String] = []
        for dateResidue in 0..<31 {
            var dates: [String] = []
            for k in 0..<31 {
                let days = dayMonths.filter { residue($0) == k && !($0.day == 29 && $0.month == 2) }.map { two($0.day) + two($0.month) }
                let years = (0..<100).filter { yearResidue($0) == (dateResidue - k + 31) % 31 }.map(two)
                if !days.isEmpty && !years.isEmpty { dates.append(alternatives(days) + alternatives(years)) }
            }
            // 29 February: leap years; year 00 is a leap year only in the 2000s (handled below).
            let leapDay = residue((29, 2))
            let leapYears = stride(from: 4, to: 100, by: 4).filter { yearResidue($0) == (dateResidue - leapDay + 31) % 31 }.map(two)
            if !leapYears.isEmpty { dates.append("2902" + alternatives(leapYears)) }

            var tails: [String] = []
            for numberResidue in 0..<31 {
                let numbers = (2...999).filter { $0 % 31 == numberResidue }.map(three)
                tails.append(alternatives(numbers) + String(checkCharacters[(dateResidue + numberResidue) % 31]))
            }
            var head = alternatives(dates) + "[-+A-FU-Y]"
            if (leapDay + yearResidue(0)) % 31 == dateResidue { head = "(?:\(head)|290200[A-F])" }
            branches.append(head + alternatives(tails))
        }
        return "^(?:" + branches.joined(separator: "|") + ")$"
    }()
}
