import Fluent
import PolkuDomain
import Vapor

/// `polku users add --email … --name … --role … [--organization NAME] [--client-code PIC [--municipality CODE]] [--password …]`
struct UsersCommand: AsyncCommandGroup {
    var help: String { "Manage user accounts" }
    var commands: [String: any AnyAsyncCommand] { ["add": AddUserCommand()] }
}

struct AddUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "Sign-in e-mail address") var email: String?
        @Option(name: "name", help: "Full name") var name: String?
        @Option(name: "role", help: "admin, socialWorker, socialCounsellor, employmentSpecialist, workCoach, manager or client") var role: String?
        @Option(name: "organization", help: "Organization name (professionals)") var organization: String?
        @Option(name: "client-code", help: "The client's personal identity code (role client)") var clientCode: String?
        @Option(name: "municipality", help: "The client record's municipality code, when the person has records in several") var municipality: String?
        @Option(name: "password", help: "Password (at least 12 characters); asked for when left out") var password: String?
    }

    var help: String { "Add a user" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let email = signature.email?.lowercased(), email.isPlausibleEmail else { throw CommandFailure("--email is required and must be an e-mail address") }
        guard let name = signature.name, !name.isEmpty else { throw CommandFailure("--name is required") }
        guard let role = signature.role.flatMap(Role.init(rawValue:)) else { throw CommandFailure("--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))") }
        let password = signature.password ?? context.console.ask("Password:", isSecure: true)
        switch PasswordRules.problem(with: password, email: email) {
        case .tooShort?: throw CommandFailure("the password must have at least \(PasswordRules.minLength) characters")
        case .tooLong?: throw CommandFailure("the password may have at most \(PasswordRules.maxBytes) bytes (bcrypt reads no more)")
        case .common?: throw CommandFailure("the password is too common or too close to the e-mail address; choose another")
        case nil: break
        }
        if try await User.query(on: app.db).filter(\.$email == email).first() != nil { throw CommandFailure("\(email) already has an account") }
        var organizationID: UUID?
        var clientID: UUID?
        if role == .client {
            guard let raw = signature.clientCode, let code = try? PersonalIdentityCode(validating: raw) else {
                throw CommandFailure("--client-code must be a valid personal identity code")
            }
            // One record per municipality (decision 93): the person may have several.
            var municipalities = signature.municipality.map { [$0] } ?? []
            if municipalities.isEmpty { municipalities = try await Municipalities.all(on: app.db).map(\.code) }
            let lookups = app.fieldCrypto.identityLookups(code.value, municipalities: municipalities)
            let records = try await Client.query(on: app.db).filter(\.$picLookup ~~ lookups).all()
            guard let client = records.first else { throw CommandFailure("no client has that identity code") }
            guard records.count == 1 else {
                throw CommandFailure("the person has records in municipalities \(records.map(\.municipalityCode).sorted().joined(separator: ", ")); "
                                     + "choose one with --municipality")
            }
            clientID = client.id
        } else {
            guard let orgName = signature.organization,
                  let org = try await Organization.query(on: app.db).filter(\.$name == orgName).first() else {
                throw CommandFailure("--organization must name an existing organization")
            }
            organizationID = org.id
        }
        let user = User(email: email, name: name, passwordHash: try app.password.hash(password), role: role,
                        organizationID: organizationID, clientID: clientID)
        try await user.save(on: app.db)
        context.console.print("Added \(email) (\(role.rawValue))")
    }
}

struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
