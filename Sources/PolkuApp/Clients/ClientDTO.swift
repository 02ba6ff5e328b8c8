import PolkuDomain
import Vapor

/// A client as a page or the API shows it to one user. Models never leave a handler; this does.
struct ClientDTO: Content {
    var id: ClientID
    var firstName: String
    var lastName: String
    /// Full for those who work with the client's identity, masked for work coaches.
    var personalIdentityCode: String
    var birthDate: String
    var municipalityCode: String
    var municipalityName: String?
    var language: String
    var phone: String?
    var email: String?
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?

    init(_ client: Client, showsIdentityCode: Bool, municipalityNames: [String: String], crypto: FieldCrypto) throws {
        let code = try ClientStore.identityCode(of: client, crypto: crypto)
        id = try client.typedID
        firstName = client.firstName
        lastName = client.lastName
        personalIdentityCode = showsIdentityCode ? code : Self.masked(code)
        birthDate = client.birthDate
        municipalityCode = client.municipalityCode
        municipalityName = municipalityNames[client.municipalityCode]
        language = client.language
        phone = client.phone
        email = client.email
        version = client.version
        createdAt = client.createdAt
        updatedAt = client.updatedAt
    }

    var fullName: String { ClientName.display(firstName: firstName, lastName: lastName) }

    static func masked(_ code: String) -> String {
        (try? PersonalIdentityCode(validating: code).masked) ?? "******-****"
    }
}

extension Request {
    /// Maps clients for display, with one look-up of municipality names for all of them.
    func clientViews(_ clients: [Client]) async throws -> [ClientDTO] {
        let names = try await municipalityNames()
        let actor = try await principal()
        return try clients.map {
            try ClientDTO($0, showsIdentityCode: Action.Client.readIdentityCode.decide(by: actor, on: $0.facts) == .allow,
                           municipalityNames: names, crypto: application.fieldCrypto)
        }
    }
}
