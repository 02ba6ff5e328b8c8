import Plot

/// Any HTML element, built with Plot's component DSL. Attribute values and text are escaped here:
/// Plot leaves attribute values as they are and keeps entity-like text, so every value that can
/// come from a user goes through `Tag` and `Txt`.
struct Tag: Component {
    let name: String
    let attributes: [(String, String?)]
    let isVoid: Bool
    let content: ComponentGroup

    /// `attributes`: a nil value leaves the attribute out; an empty value renders a boolean attribute.
    init(_ name: String, _ attributes: [(String, String?)] = [], @ComponentBuilder content: () -> ComponentGroup = { ComponentGroup(members: []) }) {
        self.name = name
        self.attributes = attributes
        self.isVoid = ["input", "meta", "link", "br", "hr", "img"].contains(name)
        self.content = content()
    }

    var body: Component {
        var html = "<\(name)"
        for (key, value) in attributes {
            guard let value else { continue }
            html += value.isEmpty && Self.booleanAttributes.contains(key) ? " \(key)" : " \(key)=\"\(value.htmlEscaped)\""
        }
        html += ">"
        if isVoid { return Node<HTML.BodyContext>.raw(html) }
        return ComponentGroup(members: [Node<HTML.BodyContext>.raw(html), content, Node<HTML.BodyContext>.raw("</\(name)>")])
    }

    private static let booleanAttributes: Set<String> = ["required", "selected", "checked", "disabled", "hidden", "novalidate", "readonly", "multiple"]
}

/// Escaped text.
struct Txt: Component {
    let text: String
    init(_ text: String) { self.text = text }
    var body: Component { Node<HTML.BodyContext>.raw(text.htmlEscaped) }
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
func div(_ attributes: [(String, String?)] = [], @ComponentBuilder _ content: () -> ComponentGroup) -> Tag {
    Tag("div", attributes, content: content)
}

func p(_ attributes: [(String, String?)] = [], _ text: String) -> Tag {
    Tag("p", attributes) { Txt(text) }
}

func link(_ text: String, to href: String, _ attributes: [(String, String?)] = []) -> Tag {
    Tag("a", [("href", href)] + attributes) { Txt(text) }
}

func heading(_ level: Int, _ text: String, _ attributes: [(String, String?)] = []) -> Tag {
    Tag("h\(level)", attributes) { Txt(text) }
}
