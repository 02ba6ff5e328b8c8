import PolkuDomain
import Vapor

/// Refuses a request before its handler unless the signed-in user's role may do `action` at all (403): for the
/// pages of an action decided by the role alone, such as the administration's.
struct RequiringMiddleware<A: RecordAction>: AsyncMiddleware {
    let action: A

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard action.isGranted(to: try await req.principal()) else { throw Abort(.forbidden) }
        return try await next.respond(to: req)
    }
}

extension RoutesBuilder {
    /// The routes under this builder, each refused (403) to a user whose role may not do `action`.
    func requiring<A: RecordAction>(_ action: A) -> any RoutesBuilder {
        grouped(RequiringMiddleware(action: action))
    }
}
