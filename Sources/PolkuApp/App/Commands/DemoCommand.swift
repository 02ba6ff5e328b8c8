import Fluent
import PolkuDomain
import Vapor

/// `polku demo [--size small|county|country] [--clients N]` seeds the demo into an empty database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "size", help: "small (the 200-client demo, default), county (~5,000 active clients, 5 years) or country (~50,000 clients a year)")
        var size: String?
        @Option(name: "clients", help: "How many clients the hand-made demo has (default 200)") var clients: Int?
    }

    var help: String { "Seed the demo data into an empty database" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let size = try signature.size.map(DemoSize.parse) ?? DemoSize.fromEnvironment() ?? .small
        let count = signature.clients ?? app.polkuConfig.demoClientCount
        guard (1...200_000).contains(count) else { throw CommandFailure("--clients must be between 1 and 200000") }
        let progress = DemoProgress { context.console.print($0) }
        let seeded = try await DemoSeeder.seedIfEmpty(on: app.db, crypto: app.fieldCrypto, passwordHash: try app.password.hash("demo"),
                                                      clientCount: count, today: app.today,
                                                      shape: size.shape, progress: progress)
        if seeded { try await DatabaseSetup.refreshStatistics(on: app.db, full: true) }
        context.console.print(seeded ? "Seeded the \(size.rawValue) demo (\(count) hand-made clients) in \(progress.elapsed)"
                                     : "The database is not empty; nothing was seeded")
    }
}
