import Vapor

/// An API error as `application/problem+json` (RFC 9457), with the invalid fields in `errors`.
struct ProblemDetails: Content {
    struct FieldError: Content {
        let field: String
        let code: String
        let message: String
    }

    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String?
    var errors: [FieldError]?

    func response(headers extra: HTTPHeaders = [:]) -> Response {
        var headers = extra
        headers.replaceOrAdd(name: .contentType, value: "application/problem+json; charset=utf-8")
        let encoder = JSONEncoder()
        let body = (try? encoder.encode(self)) ?? Data()
        return Response(status: HTTPStatus(statusCode: status), headers: headers, body: .init(data: body))
    }
}

extension HTTPMediaType {
    static let problemJSON = HTTPMediaType(type: "application", subType: "problem+json")
}
