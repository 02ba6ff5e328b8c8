import Vapor

/// Turns every error into an answer the caller can read: problem+json under /api and for
/// /health, an HTML page in the user's language elsewhere. Bad input is 400/422, never 500.
struct PolkuErrorMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch {
            return Self.response(for: error, on: req)
        }
    }

    static func response(for error: any Error, on req: Request) -> Response {
        let (status, headers, problems) = classify(error, on: req)
        if status == .internalServerError {
            req.logger.report(error: error)
        }
        let texts = req.texts
        if req.wantsJSON {
            let fieldErrors = problems.map { ProblemDetails.FieldError(field: $0.field, code: $0.key.rawValue, message: texts($0.key, $0.values)) }
            return ProblemDetails(title: status.reasonPhrase, status: Int(status.code), detail: detail(for: error, status: status, texts: texts),
                                  errors: fieldErrors.isEmpty ? nil : fieldErrors).response(headers: headers)
        }
        let response = ErrorPage.response(status: status, problems: problems, on: req)
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        return response
    }

    private static func classify(_ error: any Error, on req: Request) -> (HTTPStatus, HTTPHeaders, [FieldProblem]) {
        switch error {
        case let failure as ValidationFailure:
            return (failure.status, [:], failure.problems)
        case let bad as BadQuery:
            return (bad.status, [:], bad.problems)
        case let decoding as DecodingError:
            // A value the body's type cannot hold (a number too large, text for a number): named, as bad input.
            let json = req.headers.contentType == .json ? req.body.data : nil
            return (.badRequest, [:], decoding.field(json: json).map { [FieldProblem(field: $0, key: .errorMalformedValue)] } ?? [])
        case is VersionConflict:
            return (.conflict, [:], [FieldProblem(field: "version", key: .errorVersionConflict)])
        case let abort as any AbortError where abort.status == .unsupportedMediaType && req.wantsJSON:
            // A body without a JSON content type is a malformed request, as the contract says.
            return (.badRequest, [:], [])
        case let abort as any AbortError:
            var headers = abort.headers
            if abort.status == .unauthorized, req.wantsJSON {
                headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"polku\"")
            }
            return (abort.status, headers, [])
        case _ where DatabaseAvailability.isUnavailable(error):
            req.logger.warning("database unavailable: \(String(reflecting: error))")
            return (.serviceUnavailable, ["Retry-After": String(DatabaseAvailability.retryAfterSeconds)], [])
        default:
            return (.internalServerError, [:], [])
        }
    }

    private static func detail(for error: any Error, status: HTTPStatus, texts: Texts) -> String? {
        if status == .payloadTooLarge { return texts(.errorTooLargeText, ["max": "\(FormBody.maxMegabytes)"]) }
        if let abort = error as? any AbortError, status != .internalServerError, abort.reason != status.reasonPhrase {
            return abort.reason
        }
        if error is ValidationFailure { return texts[.errorFixFields] }
        if error is DecodingError { return texts[.errorMalformedRequest] }
        return nil
    }
}

extension Request {
    /// API and operational endpoints answer JSON; pages answer HTML.
    var wantsJSON: Bool {
        url.path.hasPrefix("/api/") || url.path == "/health"
    }
}
