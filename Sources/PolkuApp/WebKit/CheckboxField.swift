import Plot

/// A checkbox with its label after it and an optional hint. An unticked box sends nothing.
struct CheckboxField: Component {
    let name: String
    let label: String
    var checked: Bool = false
    var hint: String? = nil

    var body: Component {
        let hintID = "\(name)-hint"
        return div([("class", "field checkbox")]) {
            Tag("input", [("type", "checkbox"), ("id", name), ("name", name), ("value", "on"), ("checked", checked ? "" : nil),
                          ("aria-describedby", hint == nil ? nil : hintID)])
            div {
                Tag("label", [("for", name)]) { Txt(label) }
                if let hint { Tag("p", [("class", "hint"), ("id", hintID)]) { Txt(hint) } }
            }
        }
    }
}
