import Plot

/// A labelled input with its error message next to it: the input names the message with
/// `aria-describedby` and says `aria-invalid`, so screen readers announce both.
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

    var body: Component {
        let errorID = "\(name)-error"
        let hintID = "\(name)-hint"
        let described = [hint == nil ? nil : hintID, error == nil ? nil : errorID, describedBy].compactMap { $0 }
        return div([("class", error == nil ? "field" : "field has-error")]) {
            Tag("label", [("for", name)]) {
                Txt(label)
                if required { Tag("span", [("class", "required"), ("aria-hidden", "true")]) { Txt(" *") } }
            }
            if let hint { Tag("p", [("class", "hint"), ("id", hintID)]) { Txt(hint) } }
            Tag("input", [("type", type), ("id", name), ("name", name), ("value", value),
                          ("autocomplete", autocomplete), ("required", required ? "" : nil),
                          ("aria-invalid", error == nil ? nil : "true"),
                          ("aria-describedby", described.isEmpty ? nil : described.joined(separator: " "))])
            if let error { Tag("p", [("class", "field-error"), ("id", errorID), ("data-qa", "error-\(name)")]) { Txt(error) } }
        }
    }
}

/// A labelled select with the same error handling as `FormField`.
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
        let errorID = "\(name)-error"
        let hintID = "\(name)-hint"
        let described = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }
        return div([("class", error == nil ? "field" : "field has-error")]) {
            Tag("label", [("for", name)]) {
                Txt(label)
                if required { Tag("span", [("class", "required"), ("aria-hidden", "true")]) { Txt(" *") } }
            }
            if let hint { Tag("p", [("class", "hint"), ("id", hintID)]) { Txt(hint) } }
            // `required` needs an empty first option (HTML); without one the select always has a value anyway.
            Tag("select", [("id", name), ("name", name), ("required", required && includeEmpty != nil ? "" : nil),
                           ("aria-invalid", error == nil ? nil : "true"),
                           ("aria-describedby", described.isEmpty ? nil : described.joined(separator: " "))]) {
                if let includeEmpty { Tag("option", [("value", "")]) { Txt(includeEmpty) } }
                for option in options {
                    Tag("option", [("value", option.value), ("selected", option.value == selected ? "" : nil)]) { Txt(option.label) }
                }
            }
            if let error { Tag("p", [("class", "field-error"), ("id", errorID), ("data-qa", "error-\(name)")]) { Txt(error) } }
        }
    }
}
