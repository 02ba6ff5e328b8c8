import Foundation

/// The texts of the user interface, read once from the `*.texts.json` files each capability keeps beside
/// its code (decision 180). A file is a list of `{"key", "fi", "sv", "en"}` in the order the page uses
/// them; Finnish formats (1.3.2026, 9,00 €) are used in every language. The keys are `TextKey`'s cases, so
/// a page cannot ask for a text that does not exist.
enum Catalog {
    static let entries: [TextKey: [Language: String]] = {
        do {
            return try table(from: try bundledFiles())
        } catch {
            // The files ship inside the app's resource bundle and `LocalizationTests` reads them all, so
            // this is a broken build, not bad input: stop at once rather than show pages full of ⟦keys⟧.
            fatalError("The text catalog cannot be read: \(error)")
        }
    }()

    struct File: Sendable {
        let name: String
        let data: Data
    }

    enum Problem: Error, Equatable, CustomStringConvertible {
        case malformed(file: String, reason: String)
        case unknownKey(String, file: String)
        case definedTwice(TextKey, files: [String])

        var description: String {
            switch self {
            case .malformed(let file, let reason): "\(file) is not a list of texts: \(reason)"
            case .unknownKey(let key, let file): "\(file) has a text for \"\(key)\", which is no TextKey"
            case .definedTwice(let key, let files): "\(key.rawValue) is defined in \(files.joined(separator: " and "))"
            }
        }
    }

    private struct Row: Decodable {
        let key: String
        let fi: String?
        let sv: String?
        let en: String?
    }

    /// Every text of every file by key and language. A language left out stays out, so that
    /// `LocalizationTests` can name it; a key no `TextKey` knows, or one defined twice, is refused here.
    static func table(from files: [File]) throws -> [TextKey: [Language: String]] {
        var table: [TextKey: [Language: String]] = [:]
        var definedIn: [TextKey: String] = [:]
        for file in files {
            let rows: [Row]
            do {
                rows = try JSONDecoder().decode([Row].self, from: file.data)
            } catch {
                throw Problem.malformed(file: file.name, reason: "\(error)")
            }
            for row in rows {
                guard let key = TextKey(rawValue: row.key) else { throw Problem.unknownKey(row.key, file: file.name) }
                if let earlier = definedIn[key] { throw Problem.definedTwice(key, files: [earlier, file.name]) }
                definedIn[key] = file.name
                var texts: [Language: String] = [:]
                texts[.fi] = row.fi
                texts[.sv] = row.sv
                texts[.en] = row.en
                table[key] = texts
            }
        }
        return table
    }

    static let fileSuffix = ".texts.json"

    /// The catalog files in the app's resource bundle, by name so that the order is the same on every machine.
    static func bundledFiles() throws -> [File] {
        guard let directory = Bundle.module.resourceURL else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(fileSuffix) }
            .sorted()
        return try names.map { File(name: $0, data: try Data(contentsOf: directory.appendingPathComponent($0))) }
    }
}
