import Vapor

/// Why a form's save was refused, for the page that shows the form again with what was typed.
enum FormRejection {
    /// Fields broke their rules: each problem next to its field, at the failure's status (422, or 409 for input that
    /// collides with what is stored).
    case invalid(ValidationFailure)
    /// Someone saved in between (`VersionConflict`), or the record moved on meanwhile: the reason, at 409.
    case conflict(reason: String)

    var failure: ValidationFailure? {
        if case .invalid(let failure) = self { failure } else { nil }
    }

    var isConflict: Bool { conflictReason != nil }

    var conflictReason: String? {
        if case .conflict(let reason) = self { reason } else { nil }
    }

    var status: HTTPStatus {
        switch self {
        case .invalid(let failure): failure.status
        case .conflict: .conflict
        }
    }
}

extension Request {
    /// A form page's save, post/redirect/get: `save` validates, stores and answers the redirect; a
    /// `ValidationFailure` or a 409 it throws is answered by `showAgain`, which renders the form again at
    /// `rejection.status`. Anything else it throws goes to the error pages as before.
    func saveForm(_ save: () async throws -> Response,
                  showAgain: (FormRejection) async throws -> Response) async throws -> Response {
        do {
            return try await save()
        } catch let failure as ValidationFailure {
            return try await showAgain(.invalid(failure))
        } catch let abort as any AbortError where abort.status == .conflict {
            return try await showAgain(.conflict(reason: abort.reason))
        }
    }
}
