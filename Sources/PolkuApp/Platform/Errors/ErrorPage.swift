import Plot
import Vapor

/// The page shown for 403, 404, 405, 413, 429, 500 and the rest.
enum ErrorPage {
    /// `problems`: the fields of a request that could not be read (a hand-made form, say), named as they were sent.
    static func response(status: HTTPStatus, problems: [FieldProblem] = [], on req: Request) -> Response {
        let t = req.texts
        let (title, explanation): (TextKey, TextKey) = switch status {
        case .forbidden: (.errorForbiddenTitle, .errorForbiddenText)
        case .notFound: (.errorNotFoundTitle, .errorNotFoundText)
        case .methodNotAllowed: (.errorMethodTitle, .errorMethodText)
        case .tooManyRequests: (.errorTooManyTitle, .errorTooManyText)
        case .badRequest, .unprocessableEntity: (.errorBadRequestTitle, .errorBadRequestText)
        case .unauthorized: (.errorUnauthorizedTitle, .errorUnauthorizedText)
        case .payloadTooLarge: (.errorTooLargeTitle, .errorTooLargeText)
        default: (.errorServerTitle, .errorServerText)
        }
        return req.page(t[title], status: status) {
            div([("class", "error-page"), ("data-qa", "error-page")]) {
                heading(1, t[title])
                p([], t(explanation, ["max": "\(FormBody.maxMegabytes)"]))
                if !problems.isEmpty {
                    Tag("ul", [("data-qa", "error-fields")]) {
                        for problem in problems {
                            Tag("li", [("data-qa", "error-field-\(problem.field)")]) { Txt("\(problem.field): \(t(problem.key, problem.values))") }
                        }
                    }
                }
                p([("class", "muted")], t(.errorCode, ["code": "\(status.code)", "request": req.requestID]))
                link(t[.backToFront], to: SiteRoute.front.path)
            }
        }
    }
}
