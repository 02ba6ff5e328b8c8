import Plot
import Vapor

/// One question before what cannot be undone (issue 13, item 3): what will happen, then "Confirm" or "Cancel".
/// Without JavaScript: a form that wants the question carries `confirm=ask` (`AskToConfirm`); the handler answers it
/// with this page, which posts the fields that were submitted back to the same address with `confirmed=yes`; the
/// handler checks them again before it saves, so nothing changes in between unseen. The API and other clients that
/// do not ask are not asked: the question is for a person at a page, not a rule of the data.
struct ConfirmationPage {
    static let field = "confirmed"
    static let askField = "confirm"

    let title: String
    /// What will happen, one sentence each.
    let consequences: [String]
    let confirmLabel: String
    let cancelHref: String

    func render(on req: Request) -> Response {
        let t = req.texts
        let fields = req.submittedFormFields().filter { $0.name != "_csrf" && $0.name != Self.field }
        return req.page(title) {
            div([("data-qa", "confirmation")]) {
                heading(1, title)
                Tag("ul", [("class", "consequences"), ("data-qa", "consequences")]) {
                    for consequence in consequences { Tag("li") { Txt(consequence) } }
                }
                Tag("form", [("method", "post"), ("action", req.url.path), ("class", "actions")]) {
                    CSRFField(token: req.csrfToken)
                    for field in fields { Tag("input", [("type", "hidden"), ("name", field.name), ("value", field.value)]) }
                    Tag("input", [("type", "hidden"), ("name", Self.field), ("value", "yes")])
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "confirm-submit")]) { Txt(confirmLabel) }
                    link(t[.cancel], to: cancelHref, [("data-qa", "confirm-cancel")])
                }
            }
        }
    }
}

/// The hidden field by which a page's form asks to be confirmed before it saves.
struct AskToConfirm: Component {
    var body: Component { Tag("input", [("type", "hidden"), ("name", ConfirmationPage.askField), ("value", "ask")]) }
}

extension Request {
    /// The form asked to be confirmed (`AskToConfirm`) and the worker has not yet confirmed.
    var needsConfirmation: Bool {
        !url.path.hasPrefix("/api/") && (try? content.get(String.self, at: ConfirmationPage.askField)) == "ask"
            && (try? content.get(String.self, at: ConfirmationPage.field)) != "yes"
    }

    /// The form's fields in the order they were sent, repeated names (`weekdays[]`) kept.
    func submittedFormFields() -> [(name: String, value: String)] {
        guard let body = body.string else { return [] }
        return body.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? { String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = parts.first.flatMap(decode), !name.isEmpty else { return nil }
            return (name, parts.count > 1 ? decode(parts[1]) ?? "" : "")
        }
    }
}
