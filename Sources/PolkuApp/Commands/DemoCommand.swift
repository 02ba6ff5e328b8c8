import Fluent
import PolkuDomain
import Vapor

/// `polku demo [--clients N]` seeds the demo into an empty database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "clients", help: "How many clients (default 200)") var clients: Int?
    }

    var help: String { "Seed the demo data into an empty database" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let count = signature.clients ?? app.polkuConfig.demoClientCount
        guard (1...200_000).contains(count) else { throw CommandFailure("--clients must be between 1 and 200000") }
        let seeded = try await DemoSeeder.seedIfEmpty(on: app.db, crypto: app.fieldCrypto, passwordHash: try app.password.hash("demo"),
                                                      clientCount: count, today: LocalDate(app.clock.now(), in: .helsinki))
        context.console.print(seeded ? "Seeded the demo with \(count) clients" : "The database is not empty; nothing was seeded")
    }
}
