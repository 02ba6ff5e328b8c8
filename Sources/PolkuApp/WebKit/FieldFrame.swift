import Plot

/// What every labelled control shares: the wrapper that marks an error, the label with its required mark, the hint
/// and the error message. The control names the hint and the message with `aria-describedby` and says
/// `aria-invalid` (`aria`, last among its attributes), so screen readers announce both.
struct FieldFrame {
    let name: String
    let label: String
    let required: Bool
    let error: String?
    let hint: String?
    /// Another element that describes the control, after the hint and the message.
    var describedBy: String? = nil

    var aria: [(String, String?)] {
        let described = [hint == nil ? nil : "\(name)-hint", error == nil ? nil : "\(name)-error", describedBy].compactMap { $0 }
        return [("aria-invalid", error == nil ? nil : "true"), ("aria-describedby", described.isEmpty ? nil : described.joined(separator: " "))]
    }

    func around(_ control: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        div([("class", error == nil ? "field" : "field has-error")]) {
            Tag("label", [("for", name)]) {
                Txt(label)
                if required { Tag("span", [("class", "required"), ("aria-hidden", "true")]) { Txt(" *") } }
            }
            if let hint { Tag("p", [("class", "hint"), ("id", "\(name)-hint")]) { Txt(hint) } }
            control
            if let error { Tag("p", [("class", "field-error"), ("id", "\(name)-error"), ("data-qa", "error-\(name)")]) { Txt(error) } }
        }
    }
}
