import Plot

/// A labelled text area in the same frame as `FormField`.
struct TextAreaField: Component {
    let name: String
    let label: String
    var value: String = ""
    var rows: Int = 6
    var maxLength: Int? = nil
    var required: Bool = false
    var error: String? = nil
    var hint: String? = nil

    var body: Component {
        let frame = FieldFrame(name: name, label: label, required: required, error: error, hint: hint)
        // A newline right after the start tag would be dropped by the parser; the value keeps its own.
        return frame.around(Tag("textarea", [("id", name), ("name", name), ("rows", "\(rows)"), ("maxlength", maxLength.map(String.init)),
                                             ("required", required ? "" : nil)] + frame.aria) {
            Txt(value.hasPrefix("\n") ? "\n" + value : value)
        })
    }
}
