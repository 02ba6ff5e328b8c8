import Logging
import PolkuApp
import Foundation
import Vapor

@main
enum Entrypoint {
    static func main() async throws {
        limitMallocArenas()
        var env = try Environment.detect()
        let jsonLogs = ProcessInfo.processInfo.environment["LOG_FORMAT"] == "json"
        try LoggingSystem.bootstrap(from: &env) { level in
            { label in
                var handler: any LogHandler = jsonLogs ? JSONLogHandler(label: label) : StreamLogHandler.standardOutput(label: label)
                handler.logLevel = level
                return handler
            }
        }
        let app = try await Application.make(env)
        do {
            try await configure(app, config: try AppConfig.fromEnvironment(env))
            app.enableStartupTasks()
            try await app.execute()
        } catch {
            // A failed command (a broken audit chain, a bad option) has been reported by Vapor; exit 1.
            try? await app.asyncShutdown()
            exit(1)
        }
        try await app.asyncShutdown()
    }
}

#if os(Linux)
/// glibc's `mallopt` (from `<malloc.h>`, which the Glibc module does not export) and its `M_ARENA_MAX`.
@_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
private let M_ARENA_MAX: Int32 = -8

/// glibc gives threads that allocate at once arenas of their own, up to eight per core, and rarely hands their
/// memory back: with the event loops, the thread pool and Swift's executors that was a quarter of the resident
/// memory under load. Two arenas serve a 2-core server with no measurable loss of speed (decision 83). An
/// operator's `MALLOC_ARENA_MAX` wins.
private func limitMallocArenas() {
    if ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] == nil { _ = mallopt(M_ARENA_MAX, 2) }
}
#else
private func limitMallocArenas() {}
#endif
