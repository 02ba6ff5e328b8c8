import Vapor

/// The three languages of the service. Finnish is the default.
public enum Language: String, Codable, CaseIterable, Sendable {
    case fi, sv, en

    /// The language's own name, shown in the language switcher.
    var nativeName: String {
        switch self {
        case .fi: "Suomi"
        case .sv: "Svenska"
        case .en: "English"
        }
    }
}

extension Request {
    private struct LanguageKey: StorageKey { typealias Value = Language }

    /// The language for this request: the signed-in user's choice, else the `lang` cookie, else Finnish.
    var language: Language {
        get {
            if let chosen = storage[LanguageKey.self] { return chosen }
            if let user = auth.get(User.self), let lang = Language(rawValue: user.language) { return lang }
            if let cookie = cookies["lang"]?.string, let lang = Language(rawValue: cookie) { return lang }
            return .fi
        }
        set { storage[LanguageKey.self] = newValue }
    }

    var texts: Texts { Texts(language: language) }
}

/// Looks up texts for one language. A key without a text renders as `⟦key⟧`, which the tests look for.
struct Texts: Sendable {
    let language: Language

    subscript(_ key: TextKey) -> String {
        Catalog.entries[key]?[language] ?? "⟦\(key.rawValue)⟧"
    }

    /// A text with `{name}` placeholders filled in.
    func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        values.reduce(self[key]) { text, pair in text.replacingOccurrences(of: "{\(pair.key)}", with: pair.value) }
    }

    /// A count in its plural form: Finnish, Swedish and English each have one form for 1 and another for the
    /// rest, so a counted text is two keys (`…One`, `…Other`) with `{count}` in both.
    func count(_ count: Int, one: TextKey, other: TextKey, _ values: [String: String] = [:]) -> String {
        self(count == 1 ? one : other, values.merging(["count": "\(count)"]) { $1 })
    }
}
