import Fluent
import Foundation

/// Prints what the generator builds and inserts, with counts, a percentage and the time since the start, e.g.
/// "inserting periods 40,000/120,000 (33 %) 0:41". A line at most every two seconds within a table, and one
/// when it is done, so a log stays readable and a terminal still shows that it moves.
final class DemoProgress: @unchecked Sendable {
    private let started = Date()
    private let output: (String) -> Void
    private var lastLine = Date.distantPast
    /// Put before each line, e.g. "[3/22] Pirkanmaan hyvinvointialue: ".
    var prefix = ""

    init(output: @escaping (String) -> Void) {
        self.output = output
    }

    /// Prints nothing: for tests and for the small demo seeded on `serve`.
    static let silent = DemoProgress { _ in }

    var elapsed: String {
        let seconds = Int(Date().timeIntervalSince(started))
        return "\(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
    }

    func say(_ text: String) {
        output("\(prefix)\(text) \(elapsed)")
        lastLine = Date()
    }

    func inserted(_ name: String, done: Int, of total: Int) {
        guard done == total || Date().timeIntervalSince(lastLine) >= 2 else { return }
        say("inserting \(name) \(Self.grouped(done))/\(Self.grouped(total)) (\(total == 0 ? 100 : done * 100 / total) %)")
    }

    /// 40000 → "40,000".
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}

enum DemoInsert {
    /// Rows per INSERT: keeps a statement under SQLite's limit of 32,766 bound values and PostgreSQL's
    /// 65,535 (the widest demo row, an evaluation, binds about 20).
    static let batchSize = 500

    static func batches<M: Model>(_ models: [M], named name: String, on db: any Database, progress: DemoProgress) async throws {
        guard !models.isEmpty else { return }
        let now = Date()
        for start in stride(from: 0, to: models.count, by: batchSize) {
            let end = min(start + batchSize, models.count)
            try await BulkInsert.insert(Array(models[start..<end]), now: now, on: db)
            progress.inserted(name, done: end, of: models.count)
        }
    }
}
