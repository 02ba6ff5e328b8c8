import Plot

/// A labelled text area with its hint and error message, announced like `FormField`'s.
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
        let errorID = "\(name)-error"
        let hintID = "\(name)-hint"
        let described = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }
        return div([("class", error == nil ? "field" : "field has-error")]) {
            Tag("label", [("for", name)]) {
                Txt(label)
                if required { Tag("span", [("class", "required"), ("aria-hidden", "true")]) { Txt(" *") } }
            }
            if let hint { Tag("p", [("class", "hint"), ("id", hintID)]) { Txt(hint) } }
            // A newline right after the start tag would be dropped by the parser; the value keeps its own.
            Tag("textarea", [("id", name), ("name", name), ("rows", "\(rows)"), ("maxlength", maxLength.map(String.init)),
                             ("required", required ? "" : nil), ("aria-invalid", error == nil ? nil : "true"),
                             ("aria-describedby", described.isEmpty ? nil : described.joined(separator: " "))]) {
                Txt(value.hasPrefix("\n") ? "\n" + value : value)
            }
            if let error { Tag("p", [("class", "field-error"), ("id", errorID), ("data-qa", "error-\(name)")]) { Txt(error) } }
        }
    }
}
