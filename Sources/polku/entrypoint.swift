import Logging
import PolkuApp
import Foundation
import Vapor

@main
enum Entrypoint {
    static func main() async throws {
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
