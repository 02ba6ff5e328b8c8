import Plot

/// Any HTML element, built with Plot's component DSL. Attribute values and text are escaped here:
/// Plot leaves attribute values as they are and keeps entity-like text, so every value that can
/// come from a user goes through `Tag` and `Txt`.
///
/// These are functions returning Plot nodes rather than `Component` types: Plot reflects on every
/// component that is not a node to find its environment values, and with an element per tag that
/// reflection was a quarter of a page's time (issue 9's profile of `/places`).
///
/// `attributes`: a nil value leaves the attribute out; an empty value renders a boolean attribute.
func Tag(_ name: String, _ attributes: [(String, String?)] = [],
         @ComponentBuilder content: () -> ComponentGroup = { ComponentGroup(members: []) }) -> Node<HTML.BodyContext> {
    var html = "<\(name)"
    for (key, value) in attributes {
        guard let value else { continue }
        html += value.isEmpty && TagNames.booleanAttributes.contains(key) ? " \(key)" : " \(key)=\"\(value.htmlEscaped)\""
    }
    html += ">"
    if TagNames.void.contains(name) { return .raw(html) }
    let members = content().members
    return .group([.raw(html)] + members.map { ($0 as? Node<HTML.BodyContext>) ?? .component($0) } + [.raw("</\(name)>")])
}

/// Escaped text.
func Txt(_ text: String) -> Node<HTML.BodyContext> {
    .raw(text.htmlEscaped)
}

private enum TagNames {
    static let void: Set<String> = ["input", "meta", "link", "br", "hr", "img"]
    static let booleanAttributes: Set<String> = ["required", "selected", "checked", "disabled", "hidden", "novalidate", "readonly", "multiple"]
}

extension String {
    var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(count)
        for ch in self {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// Shorthands for the elements used on every page.
func div(_ attributes: [(String, String?)] = [], @ComponentBuilder _ content: () -> ComponentGroup) -> Node<HTML.BodyContext> {
    Tag("div", attributes, content: content)
}

func p(_ attributes: [(String, String?)] = [], _ text: String) -> Node<HTML.BodyContext> {
    Tag("p", attributes) { Txt(text) }
}

func link(_ text: String, to href: String, _ attributes: [(String, String?)] = []) -> Node<HTML.BodyContext> {
    Tag("a", [("href", href)] + attributes) { Txt(text) }
}

func heading(_ level: Int, _ text: String, _ attributes: [(String, String?)] = []) -> Node<HTML.BodyContext> {
    Tag("h\(level)", attributes) { Txt(text) }
}
