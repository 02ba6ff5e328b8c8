import Plot

/// One choice among a few, as radio buttons in a fieldset whose legend names the choice. The error
/// message follows the legend, and the group says `aria-describedby` so it is announced.
struct RadioGroup: Component {
    let name: String
    let legend: String
    let options: [(value: String, label: String)]
    var selected: String = ""
    var required: Bool = false
    var error: String? = nil

    var body: Component {
        let errorID = "\(name)-error"
        return Tag("fieldset", [("class", error == nil ? "field radios" : "field radios has-error"),
                                ("aria-describedby", error == nil ? nil : errorID)]) {
            Tag("legend") {
                Txt(legend)
                if required { Tag("span", [("class", "required"), ("aria-hidden", "true")]) { Txt(" *") } }
            }
            if let error { Tag("p", [("class", "field-error"), ("id", errorID), ("data-qa", "error-\(name)")]) { Txt(error) } }
            for (index, option) in options.enumerated() {
                div([("class", "radio")]) {
                    Tag("input", [("type", "radio"), ("id", "\(name)-\(index)"), ("name", name), ("value", option.value),
                                  ("checked", option.value == selected ? "" : nil), ("required", required ? "" : nil),
                                  ("data-qa", "\(name)-\(option.value)")])
                    Tag("label", [("for", "\(name)-\(index)")]) { Txt(option.label) }
                }
            }
        }
    }
}
