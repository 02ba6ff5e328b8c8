import Plot
import Vapor

/// The page shown for 403, 404, 405, 429, 500 and the rest.
enum ErrorPage {
    static func response(status: HTTPStatus, on req: Request) -> Response {
        let t = req.texts
        let (title, explanation): (TextKey, TextKey) = switch status {
        case .forbidden: (.errorForbiddenTitle, .errorForbiddenText)
        case .notFound: (.errorNotFoundTitle, .errorNotFoundText)
        case .methodNotAllowed: (.errorMethodTitle, .errorMethodText)
        case .tooManyRequests: (.errorTooManyTitle, .errorTooManyText)
        case .badRequest, .unprocessableEntity: (.errorBadRequestTitle, .errorBadRequestText)
        case .unauthorized: (.errorUnauthorizedTitle, .errorUnauthorizedText)
        default: (.errorServerTitle, .errorServerText)
        }
        return req.page(t[title], status: status) {
            div([("class", "error-page"), ("data-qa", "error-page")]) {
                heading(1, t[title])
                p([], t[explanation])
                p([("class", "muted")], t(.errorCode, ["code": "\(status.code)", "request": req.requestID]))
                link(t[.backToFront], to: SiteRoute.front.path)
            }
        }
    }
}
