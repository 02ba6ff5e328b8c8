import Plot

/// A definition list of a record's facts; long texts keep their line breaks.
struct Facts: Component {
    struct Fact {
        var label: String
        var value: Component
        var qa: String? = nil
    }

    let facts: [Fact]

    var body: Component {
        Tag("dl", [("class", "facts")]) {
            for fact in facts {
                Tag("dt") { Txt(fact.label) }
                Tag("dd", [("data-qa", fact.qa)]) { fact.value }
            }
        }
    }

    /// Text that may run over several lines.
    static func long(_ text: String?) -> Component {
        Tag("span", [("class", "pre-line")]) { Txt(text ?? "–") }
    }
}
