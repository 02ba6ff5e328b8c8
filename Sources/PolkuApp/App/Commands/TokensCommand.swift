import Fluent
import Vapor

/// `polku tokens issue --email … [--hours 8]` prints a bearer token for the API.
struct TokensCommand: AsyncCommandGroup {
    var help: String { "Manage API tokens" }
    var commands: [String: any AnyAsyncCommand] { ["issue": IssueTokenCommand()] }
}

struct IssueTokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "Whose token") var email: String?
        @Option(name: "hours", help: "Lifetime in hours (default 8, at most 720)") var hours: Int?
    }

    var help: String { "Issue an API token and print it" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let email = signature.email?.lowercased(),
              let user = try await User.query(on: app.db).filter(\.$email == email).filter(\.$isActive == true).first() else {
            throw CommandFailure("--email must name an active user")
        }
        let hours = signature.hours ?? 8
        guard (1...720).contains(hours) else { throw CommandFailure("--hours must be between 1 and 720") }
        let (_, plain) = try await ApiToken.issue(for: try user.requireID(), lifetime: TimeInterval(hours) * 3600,
                                                  now: app.clock.now(), on: app.db)
        context.console.print(plain)
    }
}
