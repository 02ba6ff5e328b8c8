import Vapor

/// A known path asked with a method it does not serve answers 405 with `Allow`, not Vapor's 404.
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch let abort as any AbortError where abort.status == .notFound && req.route == nil {
            let segments = req.url.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            let allowed = Set(req.application.routes.all
                .filter { Self.matches($0.path, segments) }
                .map(\.method.rawValue))
            guard !allowed.isEmpty else { throw abort }
            let allow = allowed.union(allowed.contains("GET") ? ["HEAD"] : []).sorted().joined(separator: ", ")
            throw Abort(.methodNotAllowed, headers: ["Allow": allow])
        }
    }

    static func matches(_ pattern: [PathComponent], _ segments: [String]) -> Bool {
        var index = 0
        for component in pattern {
            switch component {
            case .catchall: return index < segments.count
            case .constant(let value):
                guard index < segments.count, segments[index] == value else { return false }
            case .parameter, .anything:
                guard index < segments.count else { return false }
            }
            index += 1
        }
        return index == segments.count
    }
}
