import Foundation
import Plot
import PolkuDomain
import Vapor

/// A form's body over `FormBody.maxBytes` (decision 98). It never reaches the form's handler, so nothing of it
/// can be saved, but what a person typed is not thrown away either: the answer is 413 with the field that made it
/// too large named and every text that arrived (up to the limit) to copy back. Only for the session's own form
/// (the CSRF token, which Polku's forms send first, must be right); anything else over the limit is the plain 413.
enum OversizedForm {
    static func answer(_ req: Request, _ received: FormBody.Received) throws -> Response {
        req.logger.notice("body over the limit", metadata: ["path": .string(req.url.path), "bytes": .stringConvertible(received.total)])
        guard req.headers.contentType == .urlEncodedForm else { throw Abort(.payloadTooLarge) }
        let fields = ReceivedFields(received.kept)
        guard let token = fields.first(CSRFMiddleware.field) else { throw Abort(.payloadTooLarge) }
        try CSRFMiddleware.check(token, on: req)
        let kept = fields.fields.filter { keeps($0.name, $0.value) }
        // The field that made the body too large: the one with the most letters.
        let cut = kept.max { TextRules.length($0.value) < TextRules.length($1.value) }?.name ?? ""
        return page(req, kept: kept, cut: cut)
    }

    /// What a person typed: not the token, a password, the version read or an id chosen from a list, and not blank.
    static func keeps(_ name: String, _ value: String) -> Bool {
        name != CSRFMiddleware.field && name != "version" && !name.lowercased().contains("password") && UUID(uuidString: value) == nil
            && !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    private static func page(_ req: Request, kept: [(name: String, value: String)], cut: String) -> Response {
        let t = req.texts
        // Back to the page the form was on, if the browser said (a local path only).
        let referer = req.headers.first(name: .referer).flatMap { URLComponents(string: $0) }
        let back = LocalRedirect.path(referer.map { $0.percentEncodedPath + ($0.percentEncodedQuery.map { "?" + $0 } ?? "") }) ?? SiteRoute.front.path
        return req.page(t[.errorTooLargeTitle], status: .payloadTooLarge) {
            div([("class", "error-page stack"), ("data-qa", "too-large-page")]) {
                heading(1, t[.errorTooLargeTitle])
                p([], t(.errorTooLargeText, ["max": "\(FormBody.maxMegabytes)"]))
                if !cut.isEmpty {
                    Tag("p", [("class", "field-error"), ("data-qa", "error-\(cut)")]) { Txt(t(.errorTooLargeField, ["field": cut])) }
                    p([], t[.errorTooLargeKept])
                }
                for (index, field) in kept.enumerated() {
                    div([("class", "field")]) {
                        Tag("label", [("for", "kept-\(index)")]) { Txt(field.name) }
                        // Read-only and without a name: to copy from, never sent anywhere.
                        Tag("textarea", [("id", "kept-\(index)"), ("rows", field.name == cut ? "12" : "3"), ("readonly", ""),
                                         ("data-qa", "kept-\(field.name)")]) {
                            Txt(field.value.hasPrefix("\n") ? "\n" + field.value : field.value)
                        }
                    }
                }
                link(t[.errorTooLargeBack], to: back, [("class", "button"), ("data-qa", "too-large-back")])
                p([("class", "muted")], t(.errorCode, ["code": "\(HTTPStatus.payloadTooLarge.code)", "request": req.requestID]))
            }
        }
    }
}
