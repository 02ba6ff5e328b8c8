import Foundation
import Plot
import Tagged
import Vapor

/// The frame of every page that records or changes one record of a client: a back link, the title, whose
/// record it is, an introduction, the alerts of a form that came back, and the form itself with its CSRF
/// token, version and save/cancel actions. The page supplies only its fields.
struct RecordFormPage {
    let title: String
    let clientName: String
    let intro: String
    /// Where the form posts: the collection for a new record, the record itself for a change.
    let action: String
    /// Where "back" and "cancel" lead.
    let back: String
    /// Names the form (`<qa>-form`) and its submit button (`<qa>-submit`) for the end-to-end tests.
    let qa: String
    let version: Int?
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus, @ComponentBuilder fields: () -> ComponentGroup) -> Response {
        let t = req.texts
        let fields = fields()
        return req.page(title, status: status) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            heading(1, title)
            p([("class", "lead")], clientName)
            p([], intro)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", ""), ("data-qa", "\(qa)-form")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: version)
                fields
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "\(qa)-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: back)
                }
            }
        }
    }
}

/// Whether a record form makes a new record or changes the one with the id (`RecordFormMode<Assessment>`).
enum RecordFormMode<Record> {
    case create, edit(Tagged<Record, UUID>)

    /// A new record's form is titled `new` and posts to its collection; a change's is titled `edit` and posts to the record.
    func target(new: String, edit: String, collection: String, record: (Tagged<Record, UUID>) -> String)
        -> (title: String, action: String) {
        switch self {
        case .create: (new, collection)
        case .edit(let id): (edit, record(id))
        }
    }

    /// As above, and "back" leads to the client from a new record and to the record from a change.
    func target(new: String, edit: String, collection: String, record: (Tagged<Record, UUID>) -> String, client: String)
        -> (title: String, action: String, back: String) {
        let (title, action) = target(new: new, edit: edit, collection: collection, record: record)
        switch self {
        case .create: return (title, action, client)
        case .edit: return (title, action, action)
        }
    }
}
