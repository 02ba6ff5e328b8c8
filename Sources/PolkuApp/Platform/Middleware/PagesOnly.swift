import Vapor

/// Runs a middleware for pages only, never for /api.
struct PagesOnly: AsyncMiddleware {
    let wrapped: any Middleware
    init(_ wrapped: any Middleware) { self.wrapped = wrapped }

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if req.url.path.hasPrefix("/api/") { return try await next.respond(to: req) }
        return try await wrapped.respond(to: req, chainingTo: next).get()
    }
}
