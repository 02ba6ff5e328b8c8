import Foundation
import Plot

/// Phone numbers and e-mail addresses as links a phone can call or write to with one tap (issue 13, item 8).
/// What is shown stays as the worker typed it; only the link target is normalized.
enum ContactLinks {
    /// `tel:` with the digits and a leading `+` only ("040 123 4567" → `tel:0401234567`); nil when what was
    /// typed is not a number a phone could dial, so it is shown as text.
    static func telURL(_ number: String) -> String? {
        let kept = number.filter { !" -().\u{00A0}".contains($0) }
        let digits = kept.hasPrefix("+") ? kept.dropFirst() : Substring(kept)
        guard (5...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "tel:" + kept
    }

    /// `mailto:` for an address with one `@` and nothing a link could be bent with; nil otherwise.
    static func mailtoURL(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              trimmed.allSatisfy({ $0.isASCII && !$0.isWhitespace && !"?&#/\\<>\"'%:;,".contains($0) }) else { return nil }
        return "mailto:" + trimmed
    }

    static func phone(_ number: String, _ attributes: [(String, String?)] = []) -> Component {
        guard let url = telURL(number) else { return Txt(number) }
        return Tag("a", [("href", url), ("class", "contact-link")] + attributes) { Txt(number) }
    }

    static func email(_ address: String, _ attributes: [(String, String?)] = []) -> Component {
        guard let url = mailtoURL(address) else { return Txt(address) }
        return Tag("a", [("href", url), ("class", "contact-link")] + attributes) { Txt(address) }
    }

    /// Free text such as "Liisa Virta, 040 123 4567": each comma-separated part that is a phone number or an
    /// e-mail address becomes its link, the rest stays text.
    static func free(_ text: String) -> Component {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var members: [Component] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { members.append(Txt(", ")) }
            members.append(telURL(part) != nil ? phone(part) : mailtoURL(part) != nil ? email(part) : Txt(part))
        }
        return members.isEmpty ? Txt("–") : ComponentGroup(members: members)
    }

    /// A contact person's name, phone and e-mail separated by commas, the phone and e-mail as links; "–" when empty.
    static func contact(name: String?, phone: String?, email: String?) -> Component {
        var parts: [Component] = []
        if let name = name?.nonBlank { parts.append(Txt(name)) }
        if let phone = phone?.nonBlank { parts.append(Self.phone(phone)) }
        if let email = email?.nonBlank { parts.append(Self.email(email)) }
        guard !parts.isEmpty else { return Txt("–") }
        var members: [Component] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { members.append(Txt(", ")) }
            members.append(part)
        }
        return ComponentGroup(members: members)
    }
}

private extension String {
    var nonBlank: String? { trimmingCharacters(in: .whitespaces).isEmpty ? nil : self }
}
