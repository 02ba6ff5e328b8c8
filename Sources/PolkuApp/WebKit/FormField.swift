import Plot

/// A labelled input with its hint and error message next to it (`FieldFrame`).
struct FormField: Component {
    let name: String
    let label: String
    var value: String = ""
    var type: String = "text"
    var autocomplete: String? = nil
    var required: Bool = false
    var error: String? = nil
    var hint: String? = nil
    var describedBy: String? = nil
    /// Suggestions the browser filters as one types (a `<datalist>`), each a value and what it shows.
    var suggestions: [(value: String, label: String)] = []

    var body: Component {
        let frame = FieldFrame(name: name, label: label, required: required, error: error, hint: hint, describedBy: describedBy)
        let listID = suggestions.isEmpty ? nil : "\(name)-suggestions"
        let input = Tag("input", [("type", type), ("id", name), ("name", name), ("value", value), ("list", listID),
                                  ("autocomplete", autocomplete), ("required", required ? "" : nil)] + frame.aria)
        guard let listID else { return frame.around(input) }
        return frame.around(Tag("span", [("class", "with-suggestions")]) {
            input
            Tag("datalist", [("id", listID)]) {
                for suggestion in suggestions { Tag("option", [("value", suggestion.value), ("label", suggestion.label)]) }
            }
        })
    }
}

/// A labelled select in the same frame as `FormField`.
struct SelectField: Component {
    let name: String
    let label: String
    let options: [(value: String, label: String)]
    var selected: String = ""
    var required: Bool = false
    var error: String? = nil
    var includeEmpty: String? = nil
    var hint: String? = nil

    var body: Component {
        let frame = FieldFrame(name: name, label: label, required: required, error: error, hint: hint)
        // `required` needs an empty first option (HTML); without one the select always has a value anyway.
        return frame.around(Tag("select", [("id", name), ("name", name), ("required", required && includeEmpty != nil ? "" : nil)] + frame.aria) {
            if let includeEmpty { Tag("option", [("value", "")]) { Txt(includeEmpty) } }
            for option in options {
                Tag("option", [("value", option.value), ("selected", option.value == selected ? "" : nil)]) { Txt(option.label) }
            }
        })
    }
}
