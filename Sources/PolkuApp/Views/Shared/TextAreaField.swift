import Plot

/// A labelled text area with its error next to it, like `FormField`.
struct TextAreaField: Component {
    let name: String
    let label: String
    var value: String = ""
    var rows: Int = 4
    var required: Bool = false
    var error: String? = nil
    var hint: String? = nil

    var body: Component {
        let errorID = "\(name)-error", hintID = "\(name)-hint"
        let described = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }
        return div([("class", error == nil ? "field" : "field has-error")]) {
            Tag("label", [("for", name)]) {
                Txt(label)
                if required { Tag("span", [("class", "required"), ("aria-hidden", "true")]) { Txt(" *") } }
            }
            if let hint { Tag("p", [("class", "hint"), ("id", hintID)]) { Txt(hint) } }
            Tag("textarea", [("id", name), ("name", name), ("rows", "\(rows)"), ("required", required ? "" : nil),
                             ("aria-invalid", error == nil ? nil : "true"),
                             ("aria-describedby", described.isEmpty ? nil : described.joined(separator: " "))]) { Txt(value) }
            if let error { Tag("p", [("class", "field-error"), ("id", errorID), ("data-qa", "error-\(name)")]) { Txt(error) } }
        }
    }
}
