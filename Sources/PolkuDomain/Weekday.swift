/// ISO 8601 numbering: the Finnish week starts on Monday.
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public var isWeekend: Bool { self == .saturday || self == .sunday }
}

extension Weekday {
    /// The ISO numbers of `days` in week order, comma-separated ("1,3,5"), as the database keeps them.
    public static func stored(_ days: some Collection<Weekday>) -> String {
        allCases.filter(days.contains).map { String($0.rawValue) }.joined(separator: ",")
    }

    /// The days in a stored list, in week order; anything else in it is ignored.
    public static func days(stored: String) -> [Weekday] {
        let numbers = Set(stored.split(separator: ",").compactMap { Int($0) })
        return allCases.filter { numbers.contains($0.rawValue) }
    }
}
