import NIOConcurrencyHelpers
import Vapor

/// The requests being answered, so that a stop waits for them (decision 91). On SIGTERM Vapor stops the server
/// and then shuts the application down, databases included, while handlers already running go on: one that then
/// reached for the database stopped the whole process with a crash instead of finishing its answer.
final class InFlightRequests: Sendable {
    private let count = NIOLockedValueBox(0)

    var current: Int { count.withLockedValue { $0 } }
    func enter() { count.withLockedValue { $0 += 1 } }
    func leave() { count.withLockedValue { $0 -= 1 } }

    /// Returns when no request is in flight, or after `limit`.
    func drained(within limit: Duration) async {
        let clock = ContinuousClock(), deadline = clock.now + limit
        while current > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// Counts each request in and out; the outermost middleware.
struct InFlightMiddleware: AsyncMiddleware {
    let requests: InFlightRequests

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        requests.enter()
        defer { requests.leave() }
        return try await next.respond(to: req)
    }
}

/// Runs before the databases close (lifecycle handlers shut down before the application's storage): waits up to
/// ten seconds for the requests in flight to finish.
struct DrainOnShutdown: LifecycleHandler {
    let requests: InFlightRequests
    static let limit: Duration = .seconds(10)

    func shutdownAsync(_ application: Application) async {
        await requests.drained(within: Self.limit)
    }
}

extension Application {
    private struct InFlightKey: StorageKey { typealias Value = InFlightRequests }

    /// Set once in `configure`.
    var inFlightRequests: InFlightRequests {
        get { storage[InFlightKey.self]! }
        set { storage[InFlightKey.self] = newValue }
    }
}
