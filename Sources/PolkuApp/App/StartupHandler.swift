import Fluent
import PolkuDomain
import Vapor

/// What `polku` does before any command: bring the schema up to date. Before `serve`, also seed
/// the demo into an empty database and print where to go and how to sign in.
struct StartupHandler: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // A backup copies the database as it is; a restore wants it untouched (it migrates after restoring).
        if let command = arguments.first, command == "backup" || command == "restore" { return }
        try await app.autoMigrate()
        guard arguments.first.map({ $0 == "serve" || $0.hasPrefix("-") }) ?? true else { return }
        let config = app.polkuConfig
        if config.seedDemoWhenEmpty {
            // POLKU_DEMO_SIZE=county|country seeds the generated history too; an unknown size stops the start.
            let size = try DemoSize.fromEnvironment() ?? .small
            let logger = app.logger
            let seeded = try await DemoSeeder.seedIfEmpty(on: app.db, crypto: app.fieldCrypto,
                                                          passwordHash: try app.password.hash("demo"),
                                                          clientCount: config.demoClientCount,
                                                          today: app.today,
                                                          shape: size.shape, progress: DemoProgress { logger.notice("\($0)") })
            if seeded {
                app.logger.notice("Seeded the \(size.rawValue) demo: \(config.demoClientCount) hand-made clients")
                try await DatabaseSetup.refreshStatistics(on: app.db, full: true)
            }
        }
        try await DatabaseSetup.refreshStatistics(on: app.db, full: false)
        let host = Self.option(["--hostname", "-H"], in: arguments) ?? "127.0.0.1"
        let port = Self.option(["--port", "-p"], in: arguments) ?? "8080"
        var banner = "\nPolku: http://\(host):\(port)\n"
        if config.seedDemoWhenEmpty {
            banner += "Demo logins (password: demo):\n"
            banner += DemoSeeder.logins.map { "  \($0.email)  (\($0.role.rawValue))" }.joined(separator: "\n") + "\n"
        }
        print(banner)
    }

    private static func option(_ names: [String], in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if names.contains(argument), index + 1 < arguments.count { return arguments[index + 1] }
            for name in names where argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
        }
        return nil
    }
}

extension Application {
    /// Called by the executable, not by tests (they migrate in-memory databases themselves).
    public func enableStartupTasks() {
        lifecycle.use(StartupHandler())
    }

    func registerCommands() {
        asyncCommands.use(UsersCommand(), as: "users")
        asyncCommands.use(TokensCommand(), as: "tokens")
        asyncCommands.use(AuditCommand(), as: "audit")
        asyncCommands.use(DemoCommand(), as: "demo")
        asyncCommands.use(BackupCommand(), as: "backup")
        asyncCommands.use(RestoreCommand(), as: "restore")
    }
}
