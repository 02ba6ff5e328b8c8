import Plot

/// Any number of choices, as checkboxes in a fieldset whose legend names them. The boxes share the
/// name `name[]`, so the form sends the ticked values as a list (and nothing when none is ticked).
struct CheckboxGroup: Component {
    let name: String
    let legend: String
    let options: [(value: String, label: String)]
    var checked: Set<String> = []
    var hint: String? = nil
    var error: String? = nil

    var body: Component {
        let errorID = "\(name)-error"
        let hintID = "\(name)-hint"
        let described = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }
        return Tag("fieldset", [("class", error == nil ? "field checkboxes" : "field checkboxes has-error"),
                                ("aria-describedby", described.isEmpty ? nil : described.joined(separator: " "))]) {
            Tag("legend") { Txt(legend) }
            if let hint { Tag("p", [("class", "hint"), ("id", hintID)]) { Txt(hint) } }
            if let error { Tag("p", [("class", "field-error"), ("id", errorID), ("data-qa", "error-\(name)")]) { Txt(error) } }
            for (index, option) in options.enumerated() {
                div([("class", "radio")]) {
                    Tag("input", [("type", "checkbox"), ("id", "\(name)-\(index)"), ("name", "\(name)[]"), ("value", option.value),
                                  ("checked", checked.contains(option.value) ? "" : nil), ("data-qa", "\(name)-\(option.value)")])
                    Tag("label", [("for", "\(name)-\(index)")]) { Txt(option.label) }
                }
            }
        }
    }
}
